"""Django admin for local authority officers who keep the directory up to date."""

import contextlib
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Replace, Upper
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from core import hooks
from core.formatting import govuk_date_time
from directory.models import (
    AGE_VALIDATORS,
    AreaOfProvision,
    Location,
    Need,
    NeedSynonym,
    OpeningTime,
    Organisation,
    SearchSynonym,
    Service,
    default_review_due,
)
from directory.services import (
    RecordChanged,
    directory_writes_wrap,
    record_delete,
    record_save,
    service_save,
    services_mark_reviewed,
    services_set_status,
)
from postcodes import parsing


class VersionedForm(forms.ModelForm):
    """A form for a record two officers may edit at once (optimistic locking).

    It carries the version of the record the officer opened. If someone else saved
    the record since, the form is refused with a plain message and keeps what the
    officer typed; its version moves on to the current one, so saving again is a
    deliberate choice to replace the other person's changes, never an accident.
    """

    seen_version = forms.IntegerField(
        label="Version",
        widget=forms.HiddenInput,
        required=False,
        error_messages={
            "required": "This page is out of date. Open it again, then make your changes.",
            "invalid": "This page is out of date. Open it again, then make your changes.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["seen_version"].initial = self.instance.version
            self.fields["seen_version"].required = True

    def clean(self):
        cleaned_data = super().clean()
        seen = cleaned_data.get("seen_version")
        if self.instance.pk is not None and seen is not None and seen != self.instance.version:
            self.add_error(None, stale_message(self.instance))
            self.data = self.data.copy()
            self.data[self.add_prefix("seen_version")] = str(self.instance.version)
        return cleaned_data


def stale_message(record) -> str:
    """What an officer is told when someone else saved the record they were editing."""
    noun = record._meta.verbose_name
    latest = record.history.order_by("-history_date").select_related("history_user").first()
    when = ""
    if latest is not None:
        who = latest.history_user
        name = (who.get_full_name() or who.get_username()) if who else "someone"
        when = f" ({name}, {govuk_date_time(latest.history_date)})"
    return (
        f"Someone else changed this {noun} while you were editing it{when}. "
        f"Your changes have not been saved, but they are still in the form below. "
        f"Check the {noun}'s history to see what they changed. If you save again, "
        "your version will replace theirs."
    )


class DirectoryAdmin(SimpleHistoryAdmin):
    """Admin for directory models: every write goes through `directory.services`.

    The views that write run inside `directory_writes()`, so a save with its
    inlines, a delete, a bulk action or a history revert refreshes the search
    index and cached pages once, before the change commits.
    """

    _changeform_in_writes = directory_writes_wrap(SimpleHistoryAdmin.changeform_view)
    delete_view = directory_writes_wrap(SimpleHistoryAdmin.delete_view)
    changelist_view = directory_writes_wrap(SimpleHistoryAdmin.changelist_view)
    _history_form_in_writes = directory_writes_wrap(SimpleHistoryAdmin.history_form_view)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return self._changeform_in_writes(request, object_id, form_url, extra_context)
        except RecordChanged:
            # Someone else saved between this form's version check and its save. All
            # of this save was undone; shown again, the form now says what happened.
            return self._changeform_in_writes(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # Reverting to an earlier version is a save like any other (see changeform_view).
        try:
            return self._history_form_in_writes(request, object_id, version_id, extra_context)
        except RecordChanged:
            return self._history_form_in_writes(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        record_save(record=obj, user=request.user, expected_version=_seen_version(form))

    def delete_model(self, request, obj):
        record_delete(record=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            record_delete(record=obj, user=request.user)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_delete(record=obj, user=request.user)
        forms_by_instance = {id(form.instance): form for form in formset.forms}
        for obj in instances:
            form = forms_by_instance.get(id(obj))
            record_save(
                record=obj,
                user=request.user,
                expected_version=_seen_version(form) if form is not None else None,
            )
        formset.save_m2m()


def _seen_version(form) -> int | None:
    """The version of the record the officer opened, if the form carries one."""
    cleaned_data = getattr(form, "cleaned_data", None) or {}
    return cleaned_data.get("seen_version")


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


class PostcodeSearchMixin:
    """Admin search that also finds postcodes typed without the space or in lower case.

    Admin search matches each word in the stored postcode ("BM3 2NW"), so "bm3 2nw"
    already works but "bm32nw" would not.
    """

    postcode_field = "postcode"  # the path from this admin's model to Location.postcode

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # A postcode typed without its space ("bm32nw"), or the start of one ("bm3").
        if not parsing.is_postcode_start(search_term or ""):
            return results, may_have_duplicates
        compact = parsing.compact(search_term)
        postcode_matches = (
            self.model.objects.annotate(
                _compact_postcode=Replace(
                    Upper(self.postcode_field), models.Value(" "), models.Value("")
                )
            )
            .filter(_compact_postcode__startswith=compact)
            .values("pk")
        )
        combined = queryset.filter(
            models.Q(pk__in=results.values("pk")) | models.Q(pk__in=postcode_matches)
        )
        return combined, False


class CoordinateField(forms.DecimalField):
    """A latitude or longitude, rounded to the places we store before it is validated.

    Map sites give seven or more decimal places; six is about 10cm, more than enough.
    """

    def to_python(self, value):
        value = super().to_python(value)
        if value is None or not value.is_finite() or self.decimal_places is None:
            return value
        try:
            return value.quantize(Decimal(1).scaleb(-self.decimal_places), ROUND_HALF_UP)
        except InvalidOperation:
            return value  # far too big: the digits validator explains

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if "step" in attrs:
            attrs["step"] = "any"  # any number of places may be typed or pasted
        return attrs


class LocationForm(VersionedForm):
    """The location admin's form (the admin gives it the model and fields)."""

    class Meta:
        field_classes = {"latitude": CoordinateField, "longitude": CoordinateField}
        help_texts = {
            "latitude": "Leave both empty to use the postcode's. Fill them in only to place "
            "the venue more exactly than its postcode does.",
            "longitude": "Leave both empty to use the postcode's.",
        }


class LocationInline(admin.StackedInline):
    model = Location
    form = LocationForm
    extra = 0
    show_change_link = True
    fields = [
        "name",
        "address",
        "postcode",
        "accessibility",
        "opening_exceptions",
        "seen_version",
    ]


class OpeningTimeInline(admin.StackedInline):
    # Stacked, not tabular: a table's column headings are not labels for its fields,
    # so screen readers (and axe) found the day, opening and closing times unlabelled.
    model = OpeningTime
    extra = 1


AGE_MESSAGES = {validator.code: validator.message for validator in AGE_VALIDATORS}


class ServiceAdminForm(VersionedForm):
    """The service admin's form (the admin gives it the model and fields)."""

    class Meta:
        help_texts = {
            "review_due": (
                "Leave empty for twelve months after the last review. If you change the "
                "last review date and not this, it moves to twelve months after the new date."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form checks ages before the model does: use the model's plain messages,
        # not "Ensure this value is greater than or equal to 0."
        for name in ("min_age", "max_age"):
            if name in self.fields:
                field = self.fields[name]
                field.error_messages = {**field.error_messages, **AGE_MESSAGES}

    def clean(self):
        cleaned_data = super().clean()
        last_reviewed = cleaned_data.get("last_reviewed")
        if (
            last_reviewed
            and "last_reviewed" in self.changed_data
            and "review_due" not in self.changed_data
            and not self.has_error("review_due")
        ):
            # A new review moves the next one on, as "Mark as reviewed" does.
            # (An impossible date overflows: Service.clean explains it.)
            with contextlib.suppress(OverflowError):
                cleaned_data["review_due"] = default_review_due(last_reviewed)
        return cleaned_data


@admin.register(Service)
class ServiceAdmin(PostcodeSearchMixin, DirectoryAdmin):
    form = ServiceAdminForm
    postcode_field = "locations__postcode"
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
    # A plain select, not autocomplete: there are a few hundred organisations at most,
    # and the autocomplete widget has no accessible name for screen readers.
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    readonly_fields = [
        "created",
        "updated",
        "summary_reading_ease",
        "description_reading_ease",
        "plain_english_hints",
    ]
    inlines = [LocationInline]
    actions = ["mark_reviewed", "publish", "archive"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["name", "slug", "organisation", "status", "seen_version"]}),
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
        (
            "Plain English",
            {
                "fields": [
                    "summary_reading_ease",
                    "description_reading_ease",
                    "plain_english_hints",
                ],
                "description": "Flesch reading ease of the saved text: higher is easier to "
                "read, and 60 or more is plain English.",
            },
        ),
    ]

    # The words families read first, checked for reading ease (by whichever app checks
    # writing: the directory does not know it).
    WRITING_FIELDS = [("summary", "Summary"), ("description", "Description")]

    def _writing_checks(self, obj) -> dict:
        """The check of each of the service's texts, made once per page."""
        if getattr(obj, "_plain_english", None) is None:
            names = [name for name, _ in self.WRITING_FIELDS]
            checks = hooks.writing_checks([getattr(obj, name) for name in names])
            obj._plain_english = dict(zip(names, checks, strict=True))
        return obj._plain_english

    def _reading_ease(self, obj, name: str) -> str:
        if obj is None or obj.pk is None:
            return "Save the service to see its reading ease."
        check = self._writing_checks(obj)[name]
        return check.verdict if check else "No words to measure."

    @admin.display(description="Reading ease of the summary")
    def summary_reading_ease(self, obj):
        return self._reading_ease(obj, "summary")

    @admin.display(description="Reading ease of the description")
    def description_reading_ease(self, obj):
        return self._reading_ease(obj, "description")

    @admin.display(description="Hints")
    def plain_english_hints(self, obj):
        if obj is None or obj.pk is None:
            return "Save the service to see hints."
        checks = self._writing_checks(obj)
        found = [
            (label, hint)
            for name, label in self.WRITING_FIELDS
            if checks[name]
            for hint in checks[name].hints
        ]
        if not found:
            return "No hints: short sentences and plain words."
        return format_html(
            '<ul class="plain-english-hints">{}</ul>',
            format_html_join("", "<li>{}: {}</li>", found),
        )

    @admin.display(boolean=True, description="Review overdue")
    def is_review_overdue(self, obj):
        return obj.review_overdue

    def save_model(self, request, obj, form, change):
        service_save(
            service=obj,
            user=request.user,
            needs=form.cleaned_data.get("needs"),
            areas=form.cleaned_data.get("areas"),
            expected_version=_seen_version(form),
        )

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
class LocationAdmin(PostcodeSearchMixin, DirectoryAdmin):
    form = LocationForm
    list_display = ["name", "postcode", "service"]
    list_select_related = ["service"]
    search_fields = ["name", "postcode", "service__name"]
    inlines = [OpeningTimeInline]


class OrganisationForm(VersionedForm):
    """The organisation admin's form (the admin gives it the model and fields)."""


@admin.register(Organisation)
class OrganisationAdmin(DirectoryAdmin):
    form = OrganisationForm
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


class NeedSynonymForm(forms.ModelForm):
    def validate_constraints(self):
        # NeedSynonymFormSet checks "a word belongs to one need" across all the rows at
        # once, allowing for rows deleted or changed in the same save; checked here, row
        # by row against the database, deleting "ASD" and adding "asd" would be refused.
        exclude = self._get_validation_exclusions() | {"term"}
        try:
            self.instance.validate_constraints(exclude=exclude)
        except ValidationError as error:
            self._update_errors(error)


class NeedSynonymFormSet(forms.BaseInlineFormSet):
    """Refuses a word twice, in any mix of cases, with a plain message, not a database error.

    The database keeps each word (ignoring case) as a synonym of one need only.
    """

    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if hasattr(form, "cleaned_data")
            and not self._should_delete_form(form)
            and (form.cleaned_data.get("term") or "").strip()
        ]
        # Rows are saved one by one: a word typed into one row while a later row still
        # has it (and is being changed) would clash in the database for a moment.
        words_until_saved = {
            index: (form.initial.get("term") or "").lower()
            for index, form in enumerate(self.initial_forms)
            if form in kept and "term" in form.changed_data
        }
        seen = set()
        for form in kept:
            term = form.cleaned_data["term"].strip()
            key = term.lower()
            if key in seen:
                form.add_error("term", f"'{term}' is already in the list: enter each word once.")
                continue
            seen.add(key)
            if form in self.initial_forms and "term" in form.changed_data:
                position = self.initial_forms.index(form)
                if any(
                    index > position and word == key for index, word in words_until_saved.items()
                ):
                    form.add_error(
                        "term",
                        f"Another row has '{term}' until you save. Change that row first, "
                        "save, then change this one.",
                    )
                    continue
            other = (
                NeedSynonym.objects.filter(term__iexact=term)
                .exclude(need_id=self.instance.pk)
                .select_related("need")
                .first()
            )
            if other is not None:
                form.add_error(
                    "term",
                    f"'{term}' is already a synonym of {other.need}: a word can belong to "
                    "one need only.",
                )

    def save_existing_objects(self, commit=True):
        # Delete first, so a word deleted from one row can be typed into another (in any
        # case) in the same save.
        deleted = []
        if commit:
            for form in self.deleted_forms:
                if form.instance.pk is not None and not form.instance._state.adding:
                    deleted.append(form.instance)
                    self.delete_existing(form.instance, commit=True)
        saved = super().save_existing_objects(commit)
        self.deleted_objects = deleted + self.deleted_objects
        return saved


class NeedSynonymInline(admin.StackedInline):
    # Stacked, not tabular, so each word has a label (a table's headings are not labels).
    model = NeedSynonym
    form = NeedSynonymForm
    formset = NeedSynonymFormSet
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


@admin.register(SearchSynonym)
class SearchSynonymAdmin(DirectoryAdmin):
    """The words parents type ("SALT", "respite") and what they mean in the directory."""

    list_display = ["term", "means"]
    search_fields = ["term", "means"]
