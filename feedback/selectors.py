"""Reads for feedback: the published reports and what each one shows.

Nothing here returns a comment's original text or contact details: public
pages are built only from approved anonymised text, counts and responses.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils import timezone

from feedback.models import Comment, RedactionTerm, ReportingPeriod, YouSaidWeDid

#: The statutory minimum: comments are published at least once a year.
REPORT_INTERVAL = timedelta(days=365)


def redaction_terms() -> list[str]:
    """The moderators' list of names (schools, staff) to remove from every comment."""
    return list(RedactionTerm.objects.values_list("term", flat=True))


def can_preview_reports(user) -> bool:
    """Moderators may read a report before it is published."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and user.has_perm("feedback.view_reportingperiod")
    )


def published_reports() -> list[ReportingPeriod]:
    return list(ReportingPeriod.objects.published().only("title", "slug", "starts", "ends"))


def report_for_page(slug: str, *, user) -> ReportingPeriod:
    """A published report, or an unpublished one for a moderator's preview; otherwise 404."""
    period = ReportingPeriod.objects.filter(slug=slug).first()
    if period is None:
        raise Http404("No such report")
    published = period.published_at is not None and period.published_at <= timezone.now()
    if not published and not can_preview_reports(user):
        raise Http404("No such report")
    return period


def report_overdue(now=None) -> bool:
    """True when no report has been published in the last 12 months."""
    now = now or timezone.now()
    return (
        not ReportingPeriod.objects.published()
        .filter(published_at__gte=now - REPORT_INTERVAL)
        .exists()
    )


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


@dataclass
class ReportContents:
    period: ReportingPeriod
    total: int
    by_theme: list[CountRow]
    by_role: list[CountRow]
    entries: list[YouSaidWeDid]
    #: Example comments not grouped under one of this report's entries.
    other_examples: list[Comment] = field(default_factory=list)


def _counts(queryset, field_name: str, choices) -> list[CountRow]:
    found = dict(queryset.values_list(field_name).annotate(n=Count("id")).order_by())
    return [CountRow(label=label, count=found.get(value, 0)) for value, label in choices]


def _examples():
    return (
        Comment.objects.publishable()
        .filter(is_example=True)
        .only("id", "topic_id", "theme", "commenter_role", "anonymised_text")
        .order_by("submitted_at")
    )


def report_contents(period: ReportingPeriod) -> ReportContents:
    """Everything a report page and its CSV show, in a fixed number of queries.

    Counts cover every comment received in the period except spam, whatever
    the moderation decision; examples are only approved anonymised text.
    """
    received = Comment.objects.received_in(period).counted()
    by_theme = _counts(received, "theme", Comment.Theme.choices)
    by_role = _counts(received, "commenter_role", Comment.Role.choices)
    entries = list(
        period.entries.annotate(
            comment_count=Count(
                "comments",
                filter=~Q(comments__not_published_reason=Comment.NotPublishedReason.SPAM),
            )
        )
        .prefetch_related(Prefetch("comments", queryset=_examples(), to_attr="examples"))
        .order_by("order", "topic")
    )
    other_examples = list(_examples().received_in(period).exclude(topic__period=period))
    return ReportContents(
        period=period,
        total=sum(row.count for row in by_theme),
        by_theme=by_theme,
        by_role=by_role,
        entries=entries,
        other_examples=other_examples,
    )


def period_comment_counts(period: ReportingPeriod) -> tuple[int, int]:
    """(comments received in the period except spam, how many of them still wait)."""
    received = Comment.objects.received_in(period).counted()
    return received.count(), received.awaiting_moderation().count()


def spam_trap_waiting() -> int:
    """Comments the spam trap caught that are still spam (not in the moderation queue)."""
    return Comment.objects.filter(
        caught_by_spam_trap=True, not_published_reason=Comment.NotPublishedReason.SPAM
    ).count()


def entry_comments(entry: YouSaidWeDid) -> list[Comment]:
    """The comments grouped under an entry, oldest first (reference and status only)."""
    return list(entry.comments.only("id", "reference", "status").order_by("submitted_at"))
