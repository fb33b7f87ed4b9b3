"""Django admin for local authority officers who keep the directory up to date."""

from django import forms
from django.contrib import admin, messages
from django.db import models, transaction
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from directory.models import (
    AreaOfProvision,
    Location,
    Need,
    NeedSynonym,
    OpeningTime,
    Organisation,
    Service,
)
from directory.services import (
    service_refresh_index,
    services_mark_reviewed,
    services_set_status,
)


class DirectoryAdmin(SimpleHistoryAdmin):
    """Admin for directory models.

    Any change, delete or history revert rebuilds the search index and bumps
    the directory version (so cached public pages are rebuilt), once the
    transaction has committed. A full rebuild is one SQL statement (about half
    a second with 10,000 services); ServiceAdmin refreshes only the saved
    service on a plain save.
    """

    def refresh_after_change(self, obj=None) -> None:
        transaction.on_commit(service_refresh_index)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self.refresh_after_change(form.instance)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        self.refresh_after_change()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        self.refresh_after_change()

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        response = super().history_form_view(request, object_id, version_id, extra_context)
        if request.method == "POST":
            self.refresh_after_change()
        return response


class ReviewOverdueFilter(admin.SimpleListFilter):
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


class LocationInline(admin.StackedInline):
    model = Location
    extra = 0
    show_change_link = True
    fields = ["name", "address", "postcode", "accessibility", "opening_exceptions"]


class OpeningTimeInline(admin.TabularInline):
    model = OpeningTime
    extra = 1


@admin.register(Service)
class ServiceAdmin(DirectoryAdmin):
    list_display = [
        "name",
        "organisation",
        "level",
        "where_offered",
        "status",
        "review_due",
        "is_review_overdue",
    ]
    list_filter = [
        "status",
        "areas",
        "needs",
        "level",
        "where_offered",
        ReviewOverdueFilter,
        "is_free",
        "self_referral",
    ]
    list_select_related = ["organisation"]
    search_fields = ["name", "organisation__name", "locations__postcode"]
    search_help_text = "Search by service name, organisation or postcode."
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    readonly_fields = ["created", "updated"]
    inlines = [LocationInline]
    actions = ["mark_reviewed", "publish", "archive"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["name", "slug", "organisation", "status"]}),
        ("What it is", {"fields": ["summary", "description", "areas", "level"]}),
        (
            "Who it is for",
            {
                "fields": [
                    ("min_age", "max_age"),
                    "needs",
                    "eligibility",
                    ("ehc_plan_required", "diagnosis_required"),
                ]
            },
        ),
        (
            "How to get it",
            {
                "fields": [
                    "where_offered",
                    "how_to_access",
                    ("self_referral", "professional_referral", "ehc_plan_referral"),
                    ("is_free", "personal_budget"),
                    "cost_details",
                ]
            },
        ),
        (
            "Accountability and complaints",
            {"fields": ["decisions_and_accountability", "how_to_complain"]},
        ),
        ("Contact", {"fields": ["contact_phone", "contact_email", "website"]}),
        ("Review", {"fields": ["last_reviewed", "review_due", "created", "updated"]}),
    ]

    @admin.display(boolean=True, description="Review overdue")
    def is_review_overdue(self, obj):
        return obj.review_overdue

    def refresh_after_change(self, obj=None) -> None:
        if obj is None:
            super().refresh_after_change()
        else:
            transaction.on_commit(lambda: service_refresh_index(service_ids=[obj.pk]))

    @admin.action(description="Mark selected services as reviewed today")
    def mark_reviewed(self, request, queryset):
        count = services_mark_reviewed(services=queryset, user=request.user)
        self.message_user(
            request, f"{count} service(s) marked as reviewed today.", messages.SUCCESS
        )

    @admin.action(description="Publish selected services")
    def publish(self, request, queryset):
        count = services_set_status(
            services=queryset, status=Service.Status.PUBLISHED, user=request.user
        )
        self.message_user(request, f"{count} service(s) published.", messages.SUCCESS)

    @admin.action(description="Archive selected services")
    def archive(self, request, queryset):
        count = services_set_status(
            services=queryset, status=Service.Status.ARCHIVED, user=request.user
        )
        self.message_user(request, f"{count} service(s) archived.", messages.SUCCESS)


@admin.register(Location)
class LocationAdmin(DirectoryAdmin):
    list_display = ["name", "postcode", "service"]
    list_select_related = ["service"]
    search_fields = ["name", "postcode", "service__name"]
    autocomplete_fields = ["service"]
    inlines = [OpeningTimeInline]


@admin.register(Organisation)
class OrganisationAdmin(DirectoryAdmin):
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(AreaOfProvision)
class AreaOfProvisionAdmin(DirectoryAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class NeedSynonymInline(admin.TabularInline):
    model = NeedSynonym
    extra = 1


@admin.register(Need)
class NeedAdmin(DirectoryAdmin):
    list_display = ["name", "broad_area", "order"]
    list_filter = [("broad_area", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["broad_area"]
    search_fields = ["name", "synonyms__term"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [NeedSynonymInline]


@admin.register(NeedSynonym)
class NeedSynonymAdmin(DirectoryAdmin):
    list_display = ["term", "need"]
    list_select_related = ["need"]
    search_fields = ["term", "need__name"]
