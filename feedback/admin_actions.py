"""The moderators' bulk actions on comments: one implementation, one row per decision.

Each action hands the selected comments to a `feedback.services` function,
which changes them in one transaction with history, and reports what it did.
"""

from dataclasses import dataclass

from django.contrib import admin, messages

from feedback import services
from feedback.admin_forms import CommentActionForm
from feedback.models import Comment


@dataclass(frozen=True)
class Decision:
    """A bulk moderation action: the decision it records and what it tells the moderator."""

    name: str
    description: str
    status: str
    done: str
    reason: str = ""
    #: Only comments that are spam now (rescuing from spam leaves the others alone).
    spam_only: bool = False


Status, Reason = Comment.Status, Comment.NotPublishedReason
NOT_PUBLISHED = "{n} comment(s) marked not for publication: "
DECISIONS = [
    Decision(
        "mark_for_publication",
        "Publish in the report (for publication)",
        Status.FOR_PUBLICATION,
        "{n} comment(s) marked for publication. Open each one to check and approve its "
        "anonymised text.",
    ),
    Decision(
        "mark_duplicate",
        "Not for publication: duplicate",
        Status.NOT_FOR_PUBLICATION,
        NOT_PUBLISHED + "duplicate.",
        reason=Reason.DUPLICATE,
    ),
    Decision(
        "mark_spam",
        "Not for publication: spam",
        Status.NOT_FOR_PUBLICATION,
        NOT_PUBLISHED + "spam.",
        reason=Reason.SPAM,
    ),
    Decision(
        "mark_abusive",
        "Not for publication: abusive or vexatious",
        Status.NOT_FOR_PUBLICATION,
        NOT_PUBLISHED + "abusive or vexatious.",
        reason=Reason.ABUSIVE,
    ),
    Decision(
        "mark_not_spam",
        "Not spam: back to the moderation queue",
        Status.NEW,
        "{n} comment(s) moved out of spam and back to the moderation queue. They will "
        "not be deleted as spam.",
        spam_only=True,
    ),
]
# There is no bulk "approve the anonymised text" action on purpose: approving says
# someone has read the text and it identifies no one, which only the change page shows.


def report_bulk(modeladmin, request, result: services.BulkResult, done_message: str) -> None:
    if result.done:
        modeladmin.message_user(request, done_message.format(n=result.done), messages.SUCCESS)
    for failure in result.failed:
        modeladmin.message_user(request, failure, messages.ERROR)


def decision_action(decision: Decision):
    """The admin action that records `decision` for the selected comments."""

    @admin.action(description=decision.description, permissions=["change"])
    def action(modeladmin, request, queryset):
        if decision.spam_only:
            queryset = queryset.filter(not_published_reason=Reason.SPAM)
        result = services.comments_moderate(
            comments=queryset,
            status=decision.status,
            not_published_reason=decision.reason,
            by=request.user,
        )
        report_bulk(modeladmin, request, result, decision.done)

    action.__name__ = decision.name
    return action


DECISION_ACTIONS = {decision.name: decision_action(decision) for decision in DECISIONS}


@admin.action(description="Group into the chosen entry", permissions=["change"])
def group_into_topic(modeladmin, request, queryset):
    topic = CommentActionForm.chosen_entry(request.POST)
    if topic is None:
        modeladmin.message_user(request, "Choose an entry first.", messages.ERROR)
        return
    result = services.comments_group(comments=queryset, topic=topic)
    report_bulk(modeladmin, request, result, f"{{n}} comment(s) grouped into '{topic.topic}'.")


@admin.action(
    description="Run the automatic anonymisation again (unapproved only)", permissions=["change"]
)
def reanonymise(modeladmin, request, queryset):
    comments = Comment.objects.filter(pk__in=queryset.values("pk"))
    changed = services.comments_reanonymise(comments=comments)
    modeladmin.message_user(request, f"Anonymised text updated for {changed} comment(s).")
