"""Django admin for LA officers: the register of consultees, review rounds and the gaps report.

Only the LA officer role has permissions here; moderators and providers see
none of it. Contact details of consultees appear only on these pages.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import ActionLocation
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from consultation import presenters, selectors, services
from consultation.models import (
    Change,
    ConsultationRound,
    Consultee,
    ConsulteeCategory,
    Correction,
    Invitation,
    InvolvementEvidence,
    Method,
    SuggestedOrganisation,
)
from core import links


def _without_bulk_delete(actions):
    actions.pop("delete_selected", None)
    return actions


# ---- categories -------------------------------------------------------------------------


@admin.register(ConsulteeCategory)
class ConsulteeCategoryAdmin(SimpleHistoryAdmin):
    list_display = ["legal_reference", "name", "must_consult", "consultee_count"]
    list_display_links = ["name"]
    search_fields = ["name", "legal_reference", "description"]
    fields = ["name", "legal_reference", "description", "must_consult", "order", "slug"]
    readonly_fields = ["slug"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_consultees=Count("consultees"))

    @admin.display(description="consultees", ordering="n_consultees")
    def consultee_count(self, obj):
        return obj.n_consultees

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        # Categories are the law's list: deleted one at a time, and only when unused.
        return _without_bulk_delete(super().get_actions(request, action_location=action_location))

    def delete_view(self, request, object_id, extra_context=None):
        category = self.get_object(request, object_id)
        if category is not None and self.has_delete_permission(request, category):
            refusal = services.category_delete_refusal(category=category)
            if refusal:
                self.message_user(request, refusal.message, messages.ERROR)
                return redirect("admin:consultation_consulteecategory_change", category.pk)
        return super().delete_view(request, object_id, extra_context)


# ---- consultees -------------------------------------------------------------------------


@admin.register(Consultee)
class ConsulteeAdmin(SimpleHistoryAdmin):
    list_display = ["name", "category", "where", "voice", "organisation", "has_contact"]
    list_filter = ["category", "where", "voice"]
    list_select_related = ["category", "organisation"]
    search_fields = ["name"]
    search_help_text = "Search by name."
    radio_fields = {
        "where": admin.VERTICAL,
        "out_of_area_reason": admin.VERTICAL,
        "voice": admin.VERTICAL,
    }
    actions = ["remove_contact_details"]
    fieldsets = [
        (None, {"fields": ["name", "category", "voice", "organisation"]}),
        (
            "In or outside our area",
            {
                "fields": ["where", "out_of_area_reason"],
                "description": (
                    "Bodies outside our area must be consulted when children or young people "
                    "from our area attend them, or when they have functions for them "
                    "(regulation 54(2))."
                ),
            },
        ),
        (
            "Contact (personal data)",
            {
                "fields": ["contact_name", "contact_email"],
                "description": (
                    "Only officers see these. They are never shown in public, exported or kept "
                    "in the history. Use 'Remove contact details' when they are no longer needed."
                ),
            },
        ),
    ]

    @admin.display(boolean=True, description="contact details")
    def has_contact(self, obj):
        return obj.has_contact_details

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        return _without_bulk_delete(super().get_actions(request, action_location=action_location))

    def delete_view(self, request, object_id, extra_context=None):
        consultee = self.get_object(request, object_id)
        if consultee is not None and consultee.invitations.exists():
            self.message_user(
                request,
                f"'{consultee}' cannot be deleted: it is part of a review round's record. "
                "Remove its contact details instead if they are no longer needed.",
                messages.ERROR,
            )
            return redirect("admin:consultation_consultee_change", consultee.pk)
        return super().delete_view(request, object_id, extra_context)

    @admin.action(description="Remove contact details", permissions=["change"])
    def remove_contact_details(self, request, queryset):
        removed = sum(services.consultee_contact_remove(consultee=c) for c in queryset)
        self.message_user(request, f"Contact details removed from {removed} consultee(s).")


@admin.register(SuggestedOrganisation)
class SuggestedOrganisationAdmin(admin.ModelAdmin):
    """Directory organisations that could be consultees. Nothing is added until an officer asks."""

    list_display = ["name", "kind", "suggested_category", "suggested_where"]
    list_filter = ["kind"]
    search_fields = ["name"]
    actions = ["add_as_consultees"]
    list_per_page = 100

    def get_queryset(self, request):
        return selectors.organisations_to_suggest()

    def changelist_view(self, request, extra_context=None):
        self._category_names = selectors.category_names()
        extra_context = {
            "title": "Suggested consultees from the directory",
            "subtitle": None,
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_consultees_permission(self, request):
        return request.user.has_perm("consultation.add_consultee")

    @admin.display(description="would be added to")
    def suggested_category(self, obj):
        slug = selectors.suggestion_for(obj).category_slug
        return getattr(self, "_category_names", {}).get(slug, slug)

    @admin.display(description="in or outside our area")
    def suggested_where(self, obj):
        suggestion = selectors.suggestion_for(obj)
        return Consultee.Where(suggestion.where).label

    @admin.action(
        description="Add the selected organisations as consultees", permissions=["add_consultees"]
    )
    def add_as_consultees(self, request, queryset):
        suggestions = [selectors.suggestion_for(org) for org in queryset]
        created = services.consultees_create_from_suggestions(suggestions=suggestions)
        self.message_user(
            request,
            f"{len(created)} consultee(s) added. Check each one's category and whether it is "
            "in or outside our area.",
            messages.SUCCESS,
        )


# ---- review rounds ----------------------------------------------------------------------


class LabelledRowsFormSet(BaseInlineFormSet):
    """A table of rows whose inputs each have an accessible name ("Took part: Westcombe College").

    A tabular inline labels its columns only with table headers, which axe (WCAG 4.1.2)
    does not accept as a field's name; stacked inlines would make a long round unreadable.
    """

    def add_fields(self, form, index):
        super().add_fields(form, index)
        consultee = getattr(form.instance, "consultee", None) if form.instance.pk else None
        row = str(consultee) if consultee else "new row"
        for field in form.fields.values():
            widget = getattr(field.widget, "widget", field.widget)
            label = field.label or ""
            widget.attrs["aria-label"] = f"{label}: {row}"
            field.widget.attrs["aria-label"] = f"{label}: {row}"


class InvitationInline(admin.TabularInline):
    model = Invitation
    formset = LabelledRowsFormSet
    extra = 0
    fields = ["consultee", "invited_on", "responded", "responded_on", "how"]
    verbose_name = "consultee invited"
    verbose_name_plural = "who was invited and who took part"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("consultee")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "consultee":
            kwargs["queryset"] = Consultee.objects.only("id", "name")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class InvolvementEvidenceInline(admin.StackedInline):
    model = InvolvementEvidence
    extra = 0
    fields = [
        "matter",
        "description",
        ("starts", "ends"),
        ("children_young_people", "parents_carers"),
    ]
    radio_fields = {"matter": admin.VERTICAL}


class ChangeForm(forms.ModelForm):
    you_said_we_did_id = forms.TypedChoiceField(
        label="'You said, we did' entry",
        coerce=int,
        empty_value=None,
        required=False,
        help_text="Optional: the entry in the annual comments report about the same thing.",
    )

    class Meta:
        model = Change
        fields = ["description", "you_said_we_did_id", "order"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3, "cols": 80})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        entries = links.choices(links.YOU_SAID_WE_DID)
        current = self.instance.you_said_we_did_id
        if current and current not in {pk for pk, _ in entries}:
            entries.append((current, f"Entry {current} (no longer exists)"))
        self.fields["you_said_we_did_id"].choices = [("", "None")] + entries


class ChangeInline(admin.StackedInline):
    model = Change
    form = ChangeForm
    extra = 0
    verbose_name = "what changed as a result"
    verbose_name_plural = "what changed as a result"


class CorrectionInline(admin.TabularInline):
    model = Correction
    extra = 0
    fields = ["made_at", "note", "made_by"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "corrections shown in public"

    def has_add_permission(self, request, obj=None):
        return False


class ConsultationRoundForm(forms.ModelForm):
    methods = forms.MultipleChoiceField(
        label="How we asked",
        choices=Method.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    correction_note = forms.CharField(
        label="What did you correct?",
        max_length=300,
        required=False,
        help_text=(
            "This round is published: say in a sentence what you changed. It is shown on the "
            "public page with today's date."
        ),
        widget=forms.TextInput(attrs={"size": 80}),
    )

    class Meta:
        model = ConsultationRound
        fields = [
            "title",
            "slug",
            "purpose",
            "starts",
            "ends",
            "methods",
            "other_methods",
            "what_we_heard",
        ]

    def clean(self):
        data = super().clean()
        changed = [name for name in self.changed_data if name != "correction_note"]
        note = " ".join((data.get("correction_note") or "").split())
        if self.instance.pk and self.instance.is_published and changed and not note:
            self.add_error(
                "correction_note",
                "Say what you corrected: this round is published, so the correction is shown "
                "on the public page.",
            )
        data["correction_note"] = note
        return data


@admin.register(ConsultationRound)
class ConsultationRoundAdmin(SimpleHistoryAdmin):
    form = ConsultationRoundForm
    list_display = ["title", "starts", "ends", "published_at", "gaps_link"]
    list_filter = [("published_at", admin.EmptyFieldListFilter)]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["publication", "gaps"]
    inlines = [InvitationInline, InvolvementEvidenceInline, ChangeInline, CorrectionInline]
    actions = ["publish"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (None, {"fields": ["title", "slug", "purpose", ("starts", "ends")]}),
            ("How we asked", {"fields": ["methods", "other_methods"]}),
            ("What we heard", {"fields": ["what_we_heard"]}),
            ("Publication", {"fields": ["publication", "gaps"]}),
        ]
        if obj is not None and obj.is_published:
            fieldsets.append(("Correction", {"fields": ["correction_note"]}))
        return fieldsets

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        return _without_bulk_delete(super().get_actions(request, action_location=action_location))

    def get_urls(self):
        gaps = self.admin_site.admin_view(self.gaps_view)
        gaps_csv = self.admin_site.admin_view(self.gaps_csv_view)
        return [
            path("<int:object_id>/gaps/", gaps, name="consultation_consultationround_gaps"),
            path(
                "<int:object_id>/gaps.csv",
                gaps_csv,
                name="consultation_consultationround_gaps_csv",
            ),
            *super().get_urls(),
        ]

    # ---- what is shown --------------------------------------------------------------

    @admin.display(description="published")
    def publication(self, obj):
        if not obj or not obj.published_at:
            return (
                "Not published. Once published it appears on the public 'How we develop our "
                "Local Offer' page, and edits are kept in the history and shown as corrections."
            )
        who = obj.published_by.get_username() if obj.published_by else "-"
        return f"Published by {who} on {obj.published_at:%-d %B %Y at %H:%M}."

    @admin.display(description="gaps report")
    def gaps(self, obj):
        if not obj or not obj.pk:
            return "Save the round to see its gaps report."
        return self.gaps_link(obj)

    @admin.display(description="gaps")
    def gaps_link(self, obj):
        url = reverse("admin:consultation_consultationround_gaps", args=[obj.pk])
        return format_html(
            '<a href="{}">Gaps report<span class="visually-hidden"> for {}</span></a>',
            url,
            obj.title,
        )

    # ---- the gaps report --------------------------------------------------------------

    def _round_for_report(self, request, object_id):
        round = get_object_or_404(ConsultationRound, pk=object_id)
        if not self.has_view_or_change_permission(request, round):
            raise PermissionDenied
        return round

    def gaps_view(self, request, object_id):
        """Every category with who was invited and took part, and what is missing."""
        round = self._round_for_report(request, object_id)
        report = selectors.gaps_report(round)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Gaps report: {round.title}",
            "subtitle": None,
            "round": round,
            "report": report,
            "has_view_permission": True,
        }
        return TemplateResponse(request, "admin/consultation/gaps_report.html", context)

    def gaps_csv_view(self, request, object_id):
        """The gaps report as a CSV file. No contact details."""
        round = self._round_for_report(request, object_id)
        report = selectors.gaps_report(round)
        response = HttpResponse(presenters.gaps_csv(report), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="gaps-{round.slug}.csv"'
        return response

    # ---- saving and publishing --------------------------------------------------------

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        round = form.instance
        if not (change and round.is_published):
            return
        note = form.cleaned_data.get("correction_note", "")
        if not note and any(formset.has_changed() for formset in formsets):
            note = (
                "Details of who took part, how families were involved or what changed "
                "were corrected."
            )
        if note:
            services.round_correction_record(round=round, note=note, by=request.user)

    def response_change(self, request, obj):
        if "_publish" in request.POST:
            self._publish_one(request, obj)
            return self.response_post_save_change(request, obj)
        return super().response_change(request, obj)

    def _publish_one(self, request, round) -> bool:
        try:
            services.round_publish(round=round, by=request.user)
        except ValidationError as error:
            self.message_user(
                request, f"'{round}' was not published: {' '.join(error.messages)}", messages.ERROR
            )
            return False
        report = selectors.gaps_report(round)
        if report.flags:
            url = reverse("admin:consultation_consultationround_gaps", args=[round.pk])
            self.message_user(
                request,
                format_html(
                    "'{}' is published. Its <a href=\"{}\">gaps report</a> lists {} gap(s).",
                    round,
                    url,
                    len(report.flags),
                ),
                messages.WARNING,
            )
        else:
            self.message_user(request, f"'{round}' is published.", messages.SUCCESS)
        return True

    @admin.action(description="Publish the selected review rounds", permissions=["change"])
    def publish(self, request, queryset):
        for round in queryset:
            self._publish_one(request, round)
