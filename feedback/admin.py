"""Django admin for moderators: the moderation queue, anonymisation, and the annual report.

The original words of a comment and the commenter's contact details are shown
only to users with the `feedback.view_original_comment` permission (the
Moderator group). Every change goes through `feedback.services`, so the rules
(an approval is withdrawn when the anonymised text changes, a complaint about
someone's own case records that they were pointed to the complaints route)
hold whichever page or action is used. Forms are in `feedback.admin_forms`,
the bulk actions in `feedback.admin_actions`, display text in `feedback.presenters`.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import ActionLocation
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from simple_history.admin import SimpleHistoryAdmin

from feedback import presenters, selectors, services
from feedback.admin_actions import DECISION_ACTIONS, group_into_topic, reanonymise
from feedback.admin_forms import (
    CommentActionForm,
    CommentModerationForm,
    ReportingPeriodForm,
    entry_choices,
)
from feedback.models import Comment, CommentToModerate, RedactionTerm, ReportingPeriod, YouSaidWeDid
from security.models import AuditEvent
from security.services import audit_record

ORIGINAL_PERMISSION = "feedback.view_original_comment"


def obj_has_contact(comment) -> bool:
    return getattr(comment, "contact", None) is not None


def can_see_original(request) -> bool:
    return request.user.has_perm(ORIGINAL_PERMISSION)


class ApprovedFilter(admin.SimpleListFilter):
    title = "anonymised text"
    parameter_name = "anonymised"

    def lookups(self, request, model_admin):
        return [("approved", "Approved"), ("not_approved", "Not approved")]

    def queryset(self, request, queryset):
        if self.value() == "approved":
            return queryset.filter(anonymised_approved_at__isnull=False)
        if self.value() == "not_approved":
            return queryset.filter(anonymised_approved_at__isnull=True)
        return queryset


class SpamTrapFilter(admin.SimpleListFilter):
    """Comments the hidden spam-trap field caught, so a moderator can rescue a real one.

    They never reach the moderation queue, and spam is deleted
    FEEDBACK_SPAM_RETENTION_DAYS after it was sent unless a moderator moves it
    out of spam first.
    """

    title = "spam trap"
    parameter_name = "spam_trap"

    def lookups(self, request, model_admin):
        return [
            ("caught", "Caught by the spam trap"),
            ("rescued", "Rescued from the spam trap"),
        ]

    def queryset(self, request, queryset):
        trapped = queryset.filter(caught_by_spam_trap=True)
        if self.value() == "caught":
            return trapped.filter(not_published_reason=Comment.NotPublishedReason.SPAM)
        if self.value() == "rescued":
            return trapped.exclude(not_published_reason=Comment.NotPublishedReason.SPAM)
        return queryset


# ---- comments ----------------------------------------------------------------------------

COMMENT_FIELDSET = (
    "Comment",
    {
        "fields": [
            "reference",
            "submitted_at",
            "about_summary",
            "theme",
            "commenter_role",
            "child_age_group",
        ]
    },
)
ORIGINAL_FIELDSET = (
    "Original (only moderators can see this)",
    {
        "fields": ["original_text", "redaction_preview", "contact_details"],
        "description": (
            "The highlighted parts are what the automatic anonymisation found. It cannot find "
            "everything, for example a first name on its own: read the whole comment."
        ),
    },
)
REVIEW_FIELDSETS = [
    ("Anonymised text", {"fields": ["anonymised_text", "approval", "approve_anonymised"]}),
    (
        "Decision",
        {"fields": ["status", "not_published_reason", "pointed_to_complaints", "moderation"]},
    ),
    ("Report", {"fields": ["topic", "is_example"]}),
]


@admin.register(Comment)
class CommentAdmin(SimpleHistoryAdmin):
    form = CommentModerationForm
    action_form = CommentActionForm
    list_display = [
        "reference",
        "submitted_at",
        "theme",
        "about_summary",
        "commenter_role",
        "status",
        "not_published_reason",
        "is_approved",
        "topic",
        "is_example",
    ]
    list_filter = [
        "status",
        "not_published_reason",
        ApprovedFilter,
        "theme",
        "commenter_role",
        "about",
        "is_example",
        SpamTrapFilter,
        "topic__period",
    ]
    list_select_related = ["service", "topic"]
    # Never the original text: that would let anyone who can search probe it.
    search_fields = ["reference", "anonymised_text"]
    search_help_text = "Search by reference or by the anonymised text."
    date_hierarchy = "submitted_at"
    radio_fields = {"status": admin.VERTICAL, "not_published_reason": admin.VERTICAL}
    # The entry is a plain select, not autocomplete: there are tens of entries a year, and
    # the autocomplete widget (select2) has no accessible name for screen readers (axe:
    # aria-input-field-name).
    list_per_page = 50
    actions = [*DECISION_ACTIONS.values(), group_into_topic, reanonymise]
    readonly_fields = [
        "reference",
        "submitted_at",
        "about_summary",
        "commenter_role",
        "child_age_group",
        "original_text",
        "redaction_preview",
        "contact_details",
        "approval",
        "moderation",
    ]

    def get_fieldsets(self, request, obj=None):
        original = [ORIGINAL_FIELDSET] if can_see_original(request) else []
        return [COMMENT_FIELDSET, *original, *REVIEW_FIELDSETS]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and can_see_original(request) and not obj.original_deleted_at:
            # Every time the original words and contact details are shown, on record.
            audit_record(
                action=AuditEvent.Action.VIEW_ORIGINAL,
                request=request,
                target=f"Comment {obj}",
                detail="original text" + (" and contact details" if obj_has_contact(obj) else ""),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("service", "topic__period", "anonymised_approved_by", "moderated_by")
        )

    def has_add_permission(self, request):
        # Comments come from the public form only.
        return False

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        # Comments are not deleted by hand: a decision ("not for publication") keeps the
        # count honest, and retention deletes what is personal. Moderators have no delete
        # permission; the bulk delete is not offered to anyone.
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)
        return actions

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "topic":
            kwargs["queryset"] = entry_choices()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description="about")
    def about_summary(self, obj):
        return presenters.comment_about(obj)

    @admin.display(boolean=True, description="approved")
    def is_approved(self, obj):
        return obj.anonymised_approved_at is not None

    @admin.display(description="original comment")
    def original_text(self, obj):
        return presenters.original_text_html(obj)

    @admin.display(description="what the anonymisation found")
    def redaction_preview(self, obj):
        return presenters.redaction_preview_html(obj, selectors.redaction_terms())

    @admin.display(description="contact details for a reply")
    def contact_details(self, obj):
        contact = getattr(obj, "contact", None) if obj.pk else None
        return presenters.contact_details_html(contact, deleted=bool(obj.original_deleted_at))

    @admin.display(description="approval")
    def approval(self, obj):
        return presenters.approval_text(obj)

    @admin.display(description="decision recorded")
    def moderation(self, obj):
        return presenters.decision_text(obj)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        # The form has already copied its values onto `obj`; the services need the stored
        # state to tell what changed (a changed anonymised text loses its approval).
        stored = Comment.objects.select_for_update().get(pk=obj.pk)
        try:
            services.comment_review(
                comment=stored,
                theme=data["theme"],
                status=data["status"],
                not_published_reason=data.get("not_published_reason", ""),
                pointed_to_complaints=data.get("pointed_to_complaints", False),
                anonymised_text=data.get("anonymised_text", ""),
                approve_anonymised=data.get("approve_anonymised", False),
                topic=data.get("topic"),
                is_example=data.get("is_example", False),
                by=request.user,
            )
        except ValidationError as error:  # pragma: no cover - the form validates the same rules
            messages.error(request, " ".join(error.messages))
        obj.refresh_from_db()


@admin.register(CommentToModerate)
class CommentToModerateAdmin(CommentAdmin):
    """The moderation queue: new comments, and comments for publication not yet approved."""

    list_display = [
        "reference",
        "submitted_at",
        "theme",
        "about_summary",
        "commenter_role",
        "needs",
    ]
    list_filter = ["status", "theme", "commenter_role", "about"]
    date_hierarchy = None
    ordering = ["submitted_at"]
    action_form = ActionForm
    actions = [
        *(action for name, action in DECISION_ACTIONS.items() if name != "mark_not_spam"),
        reanonymise,
    ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "title": "Moderation queue: comments waiting for a decision or an approval",
            "spam_trap_count": selectors.spam_trap_waiting(),
            "spam_retention_days": settings.FEEDBACK_SPAM_RETENTION_DAYS,
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = request.resolver_match
        if match is not None and match.url_name and match.url_name.endswith("_changelist"):
            # Only the list is the queue: a comment stays reachable after its decision.
            return queryset.awaiting_moderation()
        return queryset

    def history_view(self, request, object_id, extra_context=None):
        # History is kept for Comment; a proxy has none of its own.
        return redirect("admin:feedback_comment_history", object_id)

    @admin.display(description="needs")
    def needs(self, obj):
        return presenters.queue_need(obj)


# ---- the report ----------------------------------------------------------------------

ENTRY_FIELDS = [
    "topic",
    "what_people_said",
    "response_and_action",
    ("status", "action_date"),
    "reason_not_possible",
    "team_responsible",
    "order",
]


class YouSaidWeDidInline(admin.StackedInline):
    model = YouSaidWeDid
    extra = 0
    fields = ENTRY_FIELDS

    def has_delete_permission(self, request, obj=None):
        # `obj` is the report: a published report keeps its entries (correct them instead).
        published = obj is not None and obj.is_published
        return not published and super().has_delete_permission(request, obj)


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(SimpleHistoryAdmin):
    form = ReportingPeriodForm
    list_display = ["title", "starts", "ends", "published_at"]
    list_filter = [("published_at", admin.EmptyFieldListFilter)]
    prepopulated_fields = {"slug": ["title"]}
    search_fields = ["title"]
    readonly_fields = ["publication", "preview", "comments_received"]
    inlines = [YouSaidWeDidInline]
    actions = ["publish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", ("starts", "ends")]}),
        ("How we sought comments", {"fields": ["how_we_sought_comments"]}),
        ("Publication", {"fields": ["comments_received", "publication", "preview"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        if obj is None or not obj.is_published:
            return self.fieldsets
        return [
            *self.fieldsets,
            (
                "Corrections",
                {
                    "fields": ["corrections", "correction_note"],
                    "description": presenters.CORRECTION_HELP,
                },
            ),
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = [*self.readonly_fields, "corrections"]
        if obj is not None and obj.is_published:
            # Which comments a published report covers, and where it lives, are fixed.
            fields += ["slug", "starts", "ends"]
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None and obj.is_published else self.prepopulated_fields

    def has_delete_permission(self, request, obj=None):
        # Reports are a public record: only a superuser may delete one (and it is audited).
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    @admin.display(description="corrections published")
    def corrections(self, obj):
        return presenters.corrections_text(selectors.report_corrections(obj))

    @admin.display(description="published")
    def publication(self, obj):
        return presenters.publication_text(obj)

    @admin.display(description="report page")
    def preview(self, obj):
        return presenters.report_link_html(obj)

    @admin.display(description="comments")
    def comments_received(self, obj):
        if not obj or not obj.pk:
            return "-"
        return presenters.comments_received_html(*selectors.period_comment_counts(obj))

    def response_change(self, request, obj):
        if "_publish" in request.POST:
            self._publish_one(request, obj)
            return self.response_post_save_change(request, obj)
        if "_correct" in request.POST:
            note = request.POST.get("correction_note", "")
            services.report_correct(period=obj, note=note, by=request.user)
            self.message_user(request, f"The correction to '{obj}' is published.", messages.SUCCESS)
            return self.response_post_save_change(request, obj)
        return super().response_change(request, obj)

    def _publish_one(self, request, period) -> bool:
        try:
            services.report_publish(period=period, by=request.user)
        except ValidationError as error:
            self.message_user(
                request, f"'{period}' was not published: {' '.join(error.messages)}", messages.ERROR
            )
            return False
        self.message_user(request, f"'{period}' is published.", messages.SUCCESS)
        return True

    @admin.action(description="Publish the selected reports", permissions=["change"])
    def publish(self, request, queryset):
        for period in queryset:
            self._publish_one(request, period)


@admin.register(YouSaidWeDid)
class YouSaidWeDidAdmin(SimpleHistoryAdmin):
    list_display = ["topic", "period", "status", "team_responsible", "action_date"]
    list_filter = ["period", "status"]
    list_select_related = ["period"]
    search_fields = ["topic", "what_people_said", "period__title"]
    readonly_fields = ["grouped_comments"]
    fields = ["period", *ENTRY_FIELDS, "grouped_comments"]

    def has_delete_permission(self, request, obj=None):
        published = obj is not None and obj.period.is_published
        return not published and super().has_delete_permission(request, obj)

    @admin.display(description="comments grouped here")
    def grouped_comments(self, obj):
        if not obj or not obj.pk:
            return "-"
        return presenters.grouped_comments_html(selectors.entry_comments(obj))


@admin.register(RedactionTerm)
class RedactionTermAdmin(admin.ModelAdmin):
    list_display = ["term", "note", "created_at"]
    search_fields = ["term"]
    fields = ["term", "note"]
