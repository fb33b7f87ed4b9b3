"""Officers' side: invitations, providers' access, the approvals queue and due reviews."""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from providers import presenters, selectors
from providers.models import (
    ChangeRequest,
    Invitation,
    ProviderMembership,
    ReviewReminder,
    ServiceForReview,
)
from providers.services import (
    ChangeConflict,
    ChangeNotAllowed,
    change_request_approve,
    change_request_reject,
    invitation_create,
    invitation_resend,
    invitation_revoke,
    membership_remove,
)


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "organisation"]
        help_texts = {
            "email": "The person gets an email with a link to choose a password. It works once "
            "and expires in 7 days.",
        }

    def clean(self):
        cleaned = super().clean()
        email, organisation = cleaned.get("email"), cleaned.get("organisation")
        if (
            email
            and organisation
            and ProviderMembership.objects.filter(
                organisation=organisation, user__email__iexact=email
            ).exists()
        ):
            self.add_error("email", f"{email} can already update {organisation}.")
        return cleaned


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    form = InvitationForm
    list_display = ["email", "organisation", "status_label", "sent", "expires", "invited_by"]
    list_filter = [("organisation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["organisation", "invited_by"]
    search_fields = ["email", "organisation__name"]
    actions = ["resend", "revoke"]
    readonly_fields = ["status_label", "created", "sent", "expires", "accepted", "revoked"]

    @admin.display(description="Status")
    def status_label(self, obj):
        return obj.get_status_display()

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["email", "organisation"]
        return ["email", "organisation", *self.readonly_fields]

    def has_change_permission(self, request, obj=None):
        return False if obj is not None else super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        created = invitation_create(
            email=obj.email, organisation=obj.organisation, invited_by=request.user
        )
        obj.__dict__.update({k: v for k, v in created.__dict__.items() if k != "_state"})
        obj._state.adding = False

    @admin.action(description="Send the selected invitations again (new links)")
    def resend(self, request, queryset):
        sent = 0
        for invitation in queryset:
            try:
                invitation_resend(invitation=invitation)
                sent += 1
            except ChangeNotAllowed:
                continue
        self.message_user(
            request,
            f"{sent} invitation(s) sent again. Accepted or revoked ones were skipped.",
            messages.SUCCESS,
        )

    @admin.action(description="Revoke the selected invitations")
    def revoke(self, request, queryset):
        revoked = sum(invitation_revoke(invitation=invitation) for invitation in queryset)
        self.message_user(request, f"{revoked} invitation(s) revoked.", messages.SUCCESS)


@admin.register(ProviderMembership)
class ProviderMembershipAdmin(admin.ModelAdmin):
    list_display = ["user_email", "user_name", "organisation", "created"]
    list_filter = [("organisation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "organisation__name"]
    fields = ["user", "organisation", "created", "invited_by"]
    readonly_fields = fields
    actions = ["remove_access"]

    @admin.display(description="Email address", ordering="user__email")
    def user_email(self, obj):
        return obj.user.email

    @admin.display(description="Name")
    def user_name(self, obj):
        return obj.user.get_full_name()

    def has_add_permission(self, request):
        return False  # access is given by invitation

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        membership_remove(membership=obj)

    def delete_queryset(self, request, queryset):
        for membership in queryset.select_related("user"):
            membership_remove(membership=membership)

    @admin.action(description="Remove the selected people's access", permissions=["delete"])
    def remove_access(self, request, queryset):
        count = 0
        for membership in queryset.select_related("user"):
            membership_remove(membership=membership)
            count += 1
        self.message_user(request, f"{count} provider access(es) removed.", messages.SUCCESS)


class WaitingFilter(admin.SimpleListFilter):
    """The queue opens on what is waiting; "All" is a choice of its own."""

    title = "status"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("waiting", "Waiting for approval"),
            ("decided", "Decided or withdrawn"),
            ("all", "All"),
        ]

    def queryset(self, request, queryset):
        value = self.value() or "waiting"
        if value == "waiting":
            return queryset.filter(status=ChangeRequest.Status.PENDING)
        if value == "decided":
            return queryset.exclude(status=ChangeRequest.Status.PENDING)
        return queryset

    def choices(self, changelist):
        current = self.value() or "waiting"
        for lookup, title in self.lookup_choices:
            yield {
                "selected": current == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class RejectForm(forms.Form):
    rejection_reason = forms.CharField(
        label="Why is it not approved?",
        help_text="The provider sees this and is emailed it.",
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        max_length=2000,
        error_messages={"required": "Enter why the change is not approved"},
    )


@admin.register(ChangeRequest)
class ChangeRequestAdmin(admin.ModelAdmin):
    """The approvals queue. Proposed values beside current ones; approve or reject."""

    change_form_template = "admin/providers/changerequest/change_form.html"
    list_display = ["__str__", "organisation", "kind", "status", "proposed_by", "created"]
    list_filter = [WaitingFilter, "kind", ("organisation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["organisation", "service", "proposed_by"]
    search_fields = ["service__name", "organisation__name", "proposed_by__email"]
    fields = [
        "organisation",
        "service_link",
        "kind",
        "status",
        "proposed_by",
        "created",
        "updated",
        "note",
        "decided_by",
        "decided",
        "rejection_reason",
    ]
    readonly_fields = fields

    @admin.display(description="Service")
    def service_link(self, obj):
        if obj.service_id is None:
            return "A new service (created when approved)"
        url = reverse("admin:directory_service_change", args=[obj.service_id])
        return format_html('<a href="{}">{}</a>', url, obj.service.name)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        urls = [
            path(
                "<int:object_id>/approve/",
                self.admin_site.admin_view(require_POST(self.approve_view)),
                name="providers_changerequest_approve",
            ),
            path(
                "<int:object_id>/reject/",
                self.admin_site.admin_view(require_POST(self.reject_view)),
                name="providers_changerequest_reject",
            ),
        ]
        return urls + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        change = self.get_object(request, object_id)
        if change is not None:
            extra_context.update(self._review_context(request, change))
        return super().change_view(request, object_id, form_url, extra_context)

    def _review_context(self, request, change, reject_form=None):
        conflicts = selectors.change_conflicts(change) if change.is_pending else []
        current = None
        if change.service_id is not None and change.kind != ChangeRequest.Kind.ARCHIVE:
            current = selectors.service_snapshot_fresh(change.service_id)
        rows = []
        if change.kind == ChangeRequest.Kind.UPDATE:
            proposed_keys = selectors.changed_keys(change.base, change.proposed)
            rows = [
                row
                for row in presenters.diff_rows(
                    current=current, proposed=change.proposed, conflicts=conflicts
                )
                if row.key in proposed_keys
            ]
            names = presenters.snapshot_names(change.base)
            for row in rows:
                if row.conflict:
                    row.base = presenters.display_value(row.key, change.base.get(row.key), names)
        elif change.kind == ChangeRequest.Kind.NEW:
            rows = presenters.diff_rows(current=None, proposed=change.proposed)
        writing = []
        if change.kind != ChangeRequest.Kind.ARCHIVE:
            # How easy the summary and description would be to read once approved.
            writing = presenters.writing_rows(change.proposed)
        return {
            "rows": rows,
            "writing": writing,
            "conflicts": [presenters.field_label(key) for key in conflicts],
            "can_decide": change.is_pending and self.has_change_permission(request, change),
            "reject_form": reject_form or RejectForm(),
            "change_request": change,
        }

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def _decide_guard(self, request, object_id):
        change = get_object_or_404(ChangeRequest, pk=object_id)
        if not self.has_change_permission(request, change):
            raise PermissionDenied
        return change

    def approve_view(self, request, object_id):
        change = self._decide_guard(request, object_id)
        url = reverse("admin:providers_changerequest_change", args=[change.pk])
        try:
            change_request_approve(
                change=change,
                user=request.user,
                overwrite_newer=request.POST.get("overwrite_newer") == "yes",
            )
        except ChangeConflict as conflict:
            labels = ", ".join(presenters.field_label(key) for key in conflict.fields)
            self.message_user(
                request,
                "Not approved yet: the service has changed since the provider proposed this, "
                f"in: {labels}. Compare them below. To use the provider's version anyway, "
                "tick the box and approve again; otherwise reject it and explain why.",
                messages.ERROR,
            )
            return HttpResponseRedirect(url)
        except ChangeNotAllowed as error:
            self.message_user(request, error.message, messages.ERROR)
            return HttpResponseRedirect(url)
        except ValidationError as error:
            problems = "; ".join(error.messages)
            self.message_user(
                request,
                f"Not approved: the change would leave the service invalid ({problems}). "
                "Reject it with the reason, or fix the service first.",
                messages.ERROR,
            )
            return HttpResponseRedirect(url)
        self.message_user(
            request, f"Approved: {change}. Families can see it now.", messages.SUCCESS
        )
        return HttpResponseRedirect(reverse("admin:providers_changerequest_changelist"))

    def reject_view(self, request, object_id):
        change = self._decide_guard(request, object_id)
        url = reverse("admin:providers_changerequest_change", args=[change.pk])
        form = RejectForm(request.POST)
        if not form.is_valid():
            self.message_user(
                request,
                "Not rejected: enter why the change is not approved (2,000 characters at most).",
                messages.ERROR,
            )
            return HttpResponseRedirect(url)
        try:
            change_request_reject(
                change=change, user=request.user, reason=form.cleaned_data["rejection_reason"]
            )
        except (ChangeNotAllowed, ValidationError) as error:
            message = getattr(error, "message", None) or "; ".join(error.messages)
            self.message_user(request, message, messages.ERROR)
            return HttpResponseRedirect(url)
        self.message_user(
            request, f"Rejected: {change}. The provider has been told why.", messages.SUCCESS
        )
        return HttpResponseRedirect(reverse("admin:providers_changerequest_changelist"))


class HasProviderFilter(admin.SimpleListFilter):
    title = "provider account"
    parameter_name = "provider"

    def lookups(self, request, model_admin):
        return [("no", "No provider account (officers check it)"), ("yes", "Provider reminded")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(has_provider=False)
        if self.value() == "yes":
            return queryset.filter(has_provider=True)
        return queryset


class ReviewStateFilter(admin.SimpleListFilter):
    title = "check"
    parameter_name = "check"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue"), ("due", "Due within 30 days")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "overdue":
            return queryset.filter(review_due__lt=today)
        if self.value() == "due":
            return queryset.filter(review_due__gte=today)
        return queryset


@admin.register(ServiceForReview)
class ServiceForReviewAdmin(admin.ModelAdmin):
    """Published services due for a check within 30 days or overdue, by organisation.

    Those whose organisation has no provider account get no reminder email: officers
    check them.
    """

    list_display = ["name_link", "organisation", "review_due", "has_provider_label"]
    list_filter = [
        ReviewStateFilter,
        HasProviderFilter,
        ("organisation", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "organisation__name"]
    list_per_page = 50

    def get_queryset(self, request):
        members = ProviderMembership.objects.filter(
            organisation=OuterRef("organisation"), user__is_active=True
        )
        soon = timezone.localdate() + timedelta(days=selectors.REVIEW_SOON_DAYS)
        return (
            ServiceForReview.objects.published()
            .filter(review_due__lte=soon)
            .select_related("organisation")
            .annotate(has_provider=Exists(members))
            .order_by("review_due", "name")
        )

    @admin.display(description="Service", ordering="name")
    def name_link(self, obj):
        url = reverse("admin:directory_service_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.name)

    @admin.display(description="Provider reminded", boolean=True)
    def has_provider_label(self, obj):
        return obj.has_provider

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReviewReminder)
class ReviewReminderAdmin(admin.ModelAdmin):
    list_display = ["service", "email", "period", "review_due", "sent", "attempts", "last_error"]
    list_filter = ["period"]
    list_select_related = ["service"]
    search_fields = ["service__name", "email"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
