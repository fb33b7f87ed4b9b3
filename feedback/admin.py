"""Django admin for moderators: the moderation queue, anonymisation, and the annual report.

The original words of a comment and the commenter's contact details are shown
only to users with the `feedback.view_original_comment` permission (the
Moderator group). Every change goes through `feedback.services`, so the rules
(an approval is withdrawn when the anonymised text changes, a complaint about
someone's own case records that they were pointed to the complaints route)
hold whichever page or action is used.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import ActionLocation
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from feedback import services
from feedback.anonymise import highlight_html
from feedback.models import (
    COMMENT_MAX_LENGTH,
    Comment,
    CommentToModerate,
    RedactionTerm,
    ReportingPeriod,
    YouSaidWeDid,
)
from feedback.selectors import redaction_terms

ORIGINAL_PERMISSION = "feedback.view_original_comment"


def can_see_original(request) -> bool:
    return request.user.has_perm(ORIGINAL_PERMISSION)


class CommentModerationForm(forms.ModelForm):
    approve_anonymised = forms.BooleanField(
        label="I have checked the anonymised text: it identifies no one",
        required=False,
        help_text=(
            "Tick to approve the anonymised text above. Only approved text can appear in a "
            "published report. Changing the text later withdraws the approval."
        ),
    )

    class Meta:
        model = Comment
        fields = [
            "theme",
            "anonymised_text",
            "status",
            "not_published_reason",
            "pointed_to_complaints",
            "topic",
            "is_example",
        ]
        widgets = {"anonymised_text": forms.Textarea(attrs={"rows": 10, "cols": 80})}

    def clean_anonymised_text(self):
        text = services.normalise_text(self.cleaned_data.get("anonymised_text"))
        # The automatic text can be longer than the comment (placeholders are longer than
        # what they replace); only text a moderator has changed is held to the limit.
        changed = text != services.normalise_text(self.instance.anonymised_text)
        if changed and len(text) > COMMENT_MAX_LENGTH:
            raise forms.ValidationError(
                f"The anonymised text must be {COMMENT_MAX_LENGTH:,} characters or fewer. "
                f"It has {len(text):,} characters now: shorten it."
            )
        return text

    def clean(self):
        data = super().clean()
        if data.get("status") != Comment.Status.NOT_FOR_PUBLICATION:
            # A reason only means something for a comment that is not published.
            data["not_published_reason"] = ""
            data["pointed_to_complaints"] = False
        if data.get("approve_anonymised") and not (data.get("anonymised_text") or "").strip():
            self.add_error("anonymised_text", "Enter the anonymised text to approve.")
        return data


class CommentActionForm(ActionForm):
    topic = forms.ModelChoiceField(
        queryset=YouSaidWeDid.objects.select_related("period"),
        required=False,
        label="Entry:",
        help_text="Used by 'Group into the chosen entry'.",
    )


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
    actions = [
        "mark_for_publication",
        "mark_duplicate",
        "mark_spam",
        "mark_abusive",
        "mark_not_spam",
        "group_into_topic",
        "reanonymise",
    ]

    # ---- what is shown -------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (
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
        ]
        if can_see_original(request):
            fieldsets.append(
                (
                    "Original (only moderators can see this)",
                    {
                        "fields": ["original_text", "redaction_preview", "contact_details"],
                        "description": (
                            "The highlighted parts are what the automatic anonymisation "
                            "found. It cannot find everything, for example a first name on "
                            "its own: read the whole comment."
                        ),
                    },
                )
            )
        fieldsets += [
            (
                "Anonymised text",
                {"fields": ["anonymised_text", "approval", "approve_anonymised"]},
            ),
            (
                "Decision",
                {
                    "fields": [
                        "status",
                        "not_published_reason",
                        "pointed_to_complaints",
                        "moderation",
                    ]
                },
            ),
            ("Report", {"fields": ["topic", "is_example"]}),
        ]
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [
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

    @admin.display(description="about")
    def about_summary(self, obj):
        if obj.about == Comment.About.SERVICE and obj.service_id:
            return f"Service: {obj.service.name}"
        if obj.about == Comment.About.PAGE and obj.page_url:
            return f"Page: {obj.page_url}"
        return obj.get_about_display()

    @admin.display(boolean=True, description="approved")
    def is_approved(self, obj):
        return obj.anonymised_approved_at is not None

    @admin.display(description="original comment")
    def original_text(self, obj):
        if obj.original_deleted_at:
            return (
                f"Deleted on {obj.original_deleted_at:%d %B %Y} at the end of the retention period."
            )
        # linebreaks() escapes the text before adding paragraphs.
        return mark_safe(linebreaks(obj.text, autoescape=True))  # noqa: S308

    @admin.display(description="what the anonymisation found")
    def redaction_preview(self, obj):
        if obj.original_deleted_at or not obj.text:
            return "-"
        # highlight_html escapes every character of the text and adds only <mark> tags,
        # each followed by visually hidden words ("removed: phone number") for screen
        # readers, which do not announce a highlight.
        highlighted = highlight_html(
            obj.text, redaction_terms(), label_class="visually-hidden"
        ).replace("\n", "<br>")
        return mark_safe(f'<div class="app-redaction-preview">{highlighted}</div>')  # noqa: S308

    @admin.display(description="contact details for a reply")
    def contact_details(self, obj):
        contact = getattr(obj, "contact", None) if obj.pk else None
        if contact is None:
            return "None given" if not obj.original_deleted_at else "Deleted"
        parts = [("Name", contact.name), ("Email", contact.email), ("Phone", contact.phone)]
        return format_html_join(mark_safe("<br>"), "{}: {}", ((k, v) for k, v in parts if v))

    @admin.display(description="approval")
    def approval(self, obj):
        if obj.anonymised_approved_at is None:
            return "Not approved: this comment cannot appear in public."
        who = obj.anonymised_approved_by.get_username() if obj.anonymised_approved_by else "-"
        return f"Approved by {who} on {obj.anonymised_approved_at:%d %B %Y at %H:%M}."

    @admin.display(description="decision recorded")
    def moderation(self, obj):
        if obj.moderated_at is None:
            return "No decision yet."
        who = obj.moderated_by.get_username() if obj.moderated_by else "-"
        return f"By {who} on {obj.moderated_at:%d %B %Y at %H:%M}."

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "topic":
            # Each option names its report: one query, not one per option.
            kwargs["queryset"] = YouSaidWeDid.objects.select_related("period")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # ---- saving ----------------------------------------------------------

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

    # ---- actions -----------------------------------------------------------

    def _each(self, request, queryset, change, done_message):
        done, failed = 0, []
        for comment in Comment.objects.filter(pk__in=queryset.values("pk")).order_by("pk"):
            try:
                with transaction.atomic():
                    change(comment)
                done += 1
            except ValidationError as error:
                failed.append(f"{comment}: {' '.join(error.messages)}")
        if done:
            self.message_user(request, done_message.format(n=done), messages.SUCCESS)
        for failure in failed:
            self.message_user(request, failure, messages.ERROR)

    @admin.action(description="Publish in the report (for publication)", permissions=["change"])
    def mark_for_publication(self, request, queryset):
        self._each(
            request,
            queryset,
            lambda c: services.comment_moderate(
                comment=c, status=Comment.Status.FOR_PUBLICATION, by=request.user
            ),
            "{n} comment(s) marked for publication. Open each one to check and approve its "
            "anonymised text.",
        )

    # There is no bulk "approve the anonymised text" action on purpose: approving says
    # someone has read the text and it identifies no one, which only the change page shows.

    def _not_for_publication(self, request, queryset, reason, label):
        self._each(
            request,
            queryset,
            lambda c: services.comment_moderate(
                comment=c,
                status=Comment.Status.NOT_FOR_PUBLICATION,
                not_published_reason=reason,
                by=request.user,
            ),
            "{n} comment(s) marked not for publication: " + label + ".",
        )

    @admin.action(description="Not for publication: duplicate", permissions=["change"])
    def mark_duplicate(self, request, queryset):
        self._not_for_publication(
            request, queryset, Comment.NotPublishedReason.DUPLICATE, "duplicate"
        )

    @admin.action(description="Not for publication: spam", permissions=["change"])
    def mark_spam(self, request, queryset):
        self._not_for_publication(request, queryset, Comment.NotPublishedReason.SPAM, "spam")

    @admin.action(description="Not spam: back to the moderation queue", permissions=["change"])
    def mark_not_spam(self, request, queryset):
        spam = queryset.filter(not_published_reason=Comment.NotPublishedReason.SPAM)
        self._each(
            request,
            spam,
            lambda c: services.comment_moderate(
                comment=c, status=Comment.Status.NEW, by=request.user
            ),
            "{n} comment(s) moved out of spam and back to the moderation queue. They will "
            "not be deleted as spam.",
        )

    @admin.action(description="Not for publication: abusive or vexatious", permissions=["change"])
    def mark_abusive(self, request, queryset):
        self._not_for_publication(
            request, queryset, Comment.NotPublishedReason.ABUSIVE, "abusive or vexatious"
        )

    @admin.action(description="Group into the chosen entry", permissions=["change"])
    def group_into_topic(self, request, queryset):
        try:
            topic = CommentActionForm.base_fields["topic"].clean(request.POST.get("topic") or None)
        except ValidationError:
            topic = None
        if topic is None:
            self.message_user(request, "Choose an entry first.", messages.ERROR)
            return
        count = 0
        for comment in Comment.objects.filter(pk__in=queryset.values("pk")):
            comment.topic = topic
            comment.full_clean()
            comment.save(update_fields=["topic"])
            count += 1
        self.message_user(request, f"{count} comment(s) grouped into '{topic.topic}'.")

    @admin.action(
        description="Run the automatic anonymisation again (unapproved only)",
        permissions=["change"],
    )
    def reanonymise(self, request, queryset):
        comments = Comment.objects.filter(pk__in=queryset.values("pk"))
        changed = services.comments_reanonymise(comments=comments)
        self.message_user(request, f"Anonymised text updated for {changed} comment(s).")


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
        "mark_for_publication",
        "mark_duplicate",
        "mark_spam",
        "mark_abusive",
        "reanonymise",
    ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "title": "Moderation queue: comments waiting for a decision or an approval",
            "spam_trap_count": Comment.objects.filter(
                caught_by_spam_trap=True, not_published_reason=Comment.NotPublishedReason.SPAM
            ).count(),
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
        if obj.status == Comment.Status.NEW:
            return "A decision"
        return "Approval of the anonymised text"


class YouSaidWeDidInline(admin.StackedInline):
    model = YouSaidWeDid
    extra = 0
    fields = [
        "topic",
        "what_people_said",
        "response_and_action",
        ("status", "action_date"),
        "reason_not_possible",
        "team_responsible",
        "order",
    ]


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(SimpleHistoryAdmin):
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

    @admin.display(description="published")
    def publication(self, obj):
        if not obj or not obj.published_at:
            return "Not published. Edits after publishing are kept in the history."
        who = obj.published_by.get_username() if obj.published_by else "-"
        return f"Published by {who} on {obj.published_at:%d %B %Y at %H:%M}."

    @admin.display(description="report page")
    def preview(self, obj):
        if not obj or not obj.pk:
            return "-"
        label = "View the published report" if obj.is_published else "Preview the report"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), label)

    @admin.display(description="comments")
    def comments_received(self, obj):
        if not obj or not obj.pk:
            return "-"
        received = Comment.objects.received_in(obj).counted()
        waiting = received.awaiting_moderation().count()
        text = f"{received.count()} received in this period (not counting spam)"
        if waiting:
            url = reverse("admin:feedback_commenttomoderate_changelist")
            return format_html(
                '{}; <a href="{}">{} still waiting for moderation</a>.', text, url, waiting
            )
        return f"{text}; none waiting for moderation."

    def response_change(self, request, obj):
        if "_publish" in request.POST:
            self._publish_one(request, obj)
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
    fields = [
        "period",
        "topic",
        "what_people_said",
        "response_and_action",
        "status",
        "reason_not_possible",
        "team_responsible",
        "action_date",
        "order",
        "grouped_comments",
    ]

    @admin.display(description="comments grouped here")
    def grouped_comments(self, obj):
        if not obj or not obj.pk:
            return "-"
        comments = obj.comments.only("id", "reference", "status").order_by("submitted_at")
        if not comments:
            return "None yet. Group comments from the comment list or a comment's page."
        return format_html_join(
            mark_safe("<br>"),
            '<a href="{}">{}</a> ({})',
            (
                (reverse("admin:feedback_comment_change", args=[c.pk]), c, c.get_status_display())
                for c in comments
            ),
        )


@admin.register(RedactionTerm)
class RedactionTermAdmin(admin.ModelAdmin):
    list_display = ["term", "note", "created_at"]
    search_fields = ["term"]
    fields = ["term", "note"]
