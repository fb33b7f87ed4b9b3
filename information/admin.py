"""Admin for officers: information pages (with preview and history), statutory items, schools."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from core.services import content_changed
from directory.models import Organisation
from information import markup
from information.models import (
    EDUCATION_KINDS,
    SETTING_QUESTIONS,
    Booklet,
    BookletVolume,
    FormatRequest,
    GlossaryTerm,
    InformationPage,
    Schedule2Item,
    Section,
    SettingOffer,
)
from information.services import (
    format_requests_mark_sent,
    page_prepare,
    pages_mark_reviewed,
    pages_set_status,
)


class ContentAdmin(SimpleHistoryAdmin):
    """Any change, delete or history revert lets cached public pages rebuild (after commit)."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        transaction.on_commit(content_changed)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        transaction.on_commit(content_changed)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        transaction.on_commit(content_changed)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        response = super().history_form_view(request, object_id, version_id, extra_context)
        if request.method == "POST":
            transaction.on_commit(content_changed)
        return response


@admin.register(Section)
class SectionAdmin(ContentAdmin):
    list_display = ["title", "order", "summary"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["title"]}
    search_fields = ["title"]


class ReviewFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", "Review overdue"), ("current", "Up to date")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "overdue":
            return queryset.filter(review_due__lt=today)
        if self.value() == "current":
            return queryset.filter(review_due__gte=today)
        return queryset


class InformationPageForm(forms.ModelForm):
    class Meta:
        model = InformationPage
        fields = [
            "section",
            "title",
            "slug",
            "summary",
            "body",
            "keywords",
            "order",
            "status",
            "last_reviewed",
            "review_due",
            "covers",
        ]
        widgets = {
            "covers": forms.CheckboxSelectMultiple,
            "body": forms.Textarea(attrs={"rows": 25, "cols": 90}),
        }

    def clean_body(self):
        body = self.cleaned_data.get("body", "")
        problems = markup.problems(body)
        if problems:
            raise forms.ValidationError(problems)
        return body


@admin.register(InformationPage)
class InformationPageAdmin(ContentAdmin):
    form = InformationPageForm
    list_display = [
        "title",
        "section",
        "status",
        "last_reviewed",
        "review_due",
        "reading_ease_display",
    ]
    list_filter = ["status", "section", ReviewFilter, "covers"]
    search_fields = ["title", "summary", "keywords"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["preview_link", "reading_ease_display", "plain_english_hints"]
    actions = ["publish", "return_to_draft", "mark_reviewed"]
    fieldsets = [
        (None, {"fields": ["section", "title", "slug", "summary", "body", "keywords", "order"]}),
        ("Publishing", {"fields": ["status", "preview_link", "last_reviewed", "review_due"]}),
        ("Statutory items this page covers", {"fields": ["covers"]}),
        ("Plain English", {"fields": ["reading_ease_display", "plain_english_hints"]}),
    ]

    @admin.display(description="Reading ease", ordering="reading_ease")
    def reading_ease_display(self, obj):
        if obj is None or obj.reading_ease is None:
            return "Not measured yet"
        verdict = "plain English" if obj.reading_ease >= 60 else "harder than the target of 60"
        return f"{obj.reading_ease:.0f} ({verdict})"

    @admin.display(description="Hints")
    def plain_english_hints(self, obj):
        if obj is None or not obj.body:
            return "Save the page to see hints."
        found = markup.hints(obj.body, glossary=GlossaryTerm.objects.all())
        if not found:
            return "No hints: short sentences and plain words."
        return format_html_join("", "<p>{}</p>", ((hint,) for hint in found))

    @admin.display(description="Preview")
    def preview_link(self, obj):
        if obj is None or obj.pk is None:
            return "Save the page to preview it."
        url = reverse("admin:information_informationpage_preview", args=[obj.pk])
        return format_html('<a href="{}">Preview this page as families will see it</a>', url)

    def save_model(self, request, obj, form, change):
        page_prepare(page=obj)
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path(
                "<int:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="information_informationpage_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id):
        """The page as families would see it, draft or not, sanitised exactly the same way."""
        page = get_object_or_404(InformationPage.objects.select_related("section"), pk=object_id)
        if not self.has_view_or_change_permission(request, page):
            raise PermissionDenied
        return render(
            request,
            "information/preview.html",
            {
                "page": page,
                "body_html": mark_safe(markup.render(page.body)),  # noqa: S308 (sanitised)
                "section": page.section,
                "preview": True,
            },
        )

    @admin.action(description="Publish the selected pages", permissions=["change"])
    def publish(self, request, queryset):
        count = pages_set_status(
            pages=queryset, status=InformationPage.Status.PUBLISHED, user=request.user
        )
        self.message_user(request, f"{count} page(s) published.", messages.SUCCESS)

    @admin.action(description="Return the selected pages to draft", permissions=["change"])
    def return_to_draft(self, request, queryset):
        count = pages_set_status(
            pages=queryset, status=InformationPage.Status.DRAFT, user=request.user
        )
        self.message_user(
            request,
            f"{count} page(s) returned to draft. Families can no longer see them, and the "
            "statutory items they covered may now show as gaps.",
            messages.WARNING,
        )

    @admin.action(description="Mark the selected pages as reviewed today", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = pages_mark_reviewed(pages=queryset, user=request.user)
        self.message_user(request, f"{count} page(s) marked as reviewed.", messages.SUCCESS)


@admin.register(Schedule2Item)
class Schedule2ItemAdmin(ContentAdmin):
    list_display = ["title", "legal_reference", "auto_rule", "order"]
    search_fields = ["title", "legal_reference", "description"]
    raw_id_fields = ["services"]
    fields = ["code", "title", "legal_reference", "description", "order", "auto_rule", "services"]


class SettingOfferForm(forms.ModelForm):
    class Meta:
        model = SettingOffer
        fields = [
            "organisation",
            "last_reviewed",
            *(name for name, _ in SETTING_QUESTIONS),
            "sen_report_url",
            "senco_contact",
            "accessibility_plan_url",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(kind__in=EDUCATION_KINDS)
        self.fields[
            "organisation"
        ].help_text = "Schools, colleges, early years settings and other education providers."

    def clean_senco_contact(self):
        return (self.cleaned_data.get("senco_contact") or "").strip()


@admin.register(SettingOffer)
class SettingOfferAdmin(ContentAdmin):
    form = SettingOfferForm
    list_display = ["organisation", "answered_display", "has_report", "last_reviewed"]
    list_select_related = ["organisation"]
    search_fields = ["organisation__name"]
    fieldsets = [
        (None, {"fields": ["organisation", "last_reviewed"]}),
        (
            "Answers for families (Schedule 2, paragraph 5)",
            {
                "fields": [
                    "teaching",
                    "adaptations",
                    "extra_support",
                    "progress",
                    "evaluation",
                    "facilities",
                    "activities",
                    "wellbeing",
                    "staff_expertise",
                ]
            },
        ),
        (
            "Links and contact",
            {"fields": ["sen_report_url", "senco_contact", "accessibility_plan_url"]},
        ),
    ]

    @admin.display(description="Questions answered")
    def answered_display(self, obj):
        return f"{obj.answered} of 9"

    @admin.display(description="SEN information report linked", boolean=True)
    def has_report(self, obj):
        return bool(obj.sen_report_url)


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(ContentAdmin):
    list_display = ["term", "also_called", "definition"]
    search_fields = ["term", "also_called", "definition"]
    prepopulated_fields = {"slug": ["term"]}
    readonly_fields = ["reading_ease_display"]

    @admin.display(description="Reading ease")
    def reading_ease_display(self, obj):
        score = markup.reading_ease(obj.definition) if obj and obj.definition else None
        return "Not measured yet" if score is None else f"{score:.0f}"


@admin.register(FormatRequest)
class FormatRequestAdmin(SimpleHistoryAdmin):
    """Officers' queue of requests for print, large print, easy read, audio or translations."""

    list_display = ["reference", "format", "language", "delivery", "status", "requested", "sent"]
    list_filter = ["status", "format", "delivery"]
    search_fields = ["reference", "name", "postcode", "email"]
    readonly_fields = ["reference", "requested", "contact_deleted"]
    fields = [
        "reference",
        "requested",
        "format",
        "language",
        "delivery",
        "name",
        "address",
        "postcode",
        "email",
        "phone",
        "notes",
        "status",
        "sent",
        "contact_deleted",
    ]
    actions = ["mark_sent"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(caught_by_spam_trap=False)

    def has_add_permission(self, request):
        return False  # requests come from the public form (or an officer taking a call)

    @admin.action(description="Mark the selected requests as sent today", permissions=["change"])
    def mark_sent(self, request, queryset):
        count = format_requests_mark_sent(requests=queryset, user=request.user)
        self.message_user(request, f"{count} request(s) marked as sent.", messages.SUCCESS)


class BookletVolumeInline(admin.TabularInline):
    """A booklet's volumes (one PDF each): what each holds, its pages, size, time and memory."""

    model = BookletVolume
    fields = ["number", "label", "services", "pages", "size", "build_seconds", "peak_memory_kb"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("pdf")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Booklet)
class BookletAdmin(admin.ModelAdmin):
    """Built booklets: volumes, size, pages, build time and peak memory, and any error
    (read only). Size, pages and time are totals over the volumes; memory the largest."""

    list_display = [
        "variant",
        "grouping",
        "selection_display",
        "content_version",
        "status",
        "volume_count",
        "pages",
        "size",
        "services",
        "build_seconds",
        "peak_memory_kb",
        "built",
    ]
    list_filter = ["status", "variant"]
    inlines = [BookletVolumeInline]

    @admin.display(description="Selection")
    def selection_display(self, obj):
        return "Whole Local Offer" if not obj.selection else obj.query[:80]

    @admin.display(description="Volumes", ordering="volume_count")
    def volume_count(self, obj):
        return obj.volume_count

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(volume_count=Count("volumes"))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
