"""Reads for feedback: the published reports and what each one shows.

Nothing here returns a comment's original text or contact details: public
pages are built only from approved anonymised text, counts and responses.
"""

import json
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils import timezone

from directory.models import Location, Organisation
from feedback.models import Comment, RedactionTerm, ReportingPeriod, YouSaidWeDid

#: The statutory minimum: comments are published at least once a year.
REPORT_INTERVAL = timedelta(days=365)


def redaction_terms() -> list[str]:
    """Names to remove from every comment: the moderators' list (schools, staff), and the
    organisations and venues in the directory, which can identify a child or family.

    The council's own name is left in: it identifies no one.
    """
    council = settings.COUNCIL_NAME.casefold()
    known = [
        *Organisation.objects.values_list("name", flat=True),
        *Location.objects.values_list("name", flat=True).distinct(),
    ]
    return [
        *RedactionTerm.objects.values_list("term", flat=True),
        *(name for name in known if name and name.casefold() != council),
    ]


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


@dataclass(frozen=True)
class ExampleRow:
    """An example comment as a report shows it: approved anonymised text only."""

    anonymised_text: str
    theme: str
    theme_label: str
    commenter_role_label: str


@dataclass(frozen=True)
class EntryRow:
    topic: str
    what_people_said: str
    response_and_action: str
    status: str
    status_label: str
    reason_not_possible: str
    team_responsible: str
    action_date: date
    comment_count: int
    examples: list[ExampleRow] = field(default_factory=list)


@dataclass
class ReportContents:
    """What a report page and its CSV show: frozen at publication, live in a preview."""

    period: ReportingPeriod
    title: str
    starts: date
    ends: date
    how_we_sought_comments: str
    total: int
    by_theme: list[CountRow]
    by_role: list[CountRow]
    entries: list[EntryRow]
    #: Example comments not grouped under one of this report's entries.
    other_examples: list[ExampleRow] = field(default_factory=list)


def _counts(queryset, field_name: str, choices) -> list[CountRow]:
    found = dict(queryset.values_list(field_name).annotate(n=Count("id")).order_by())
    return [CountRow(label=label, count=found.get(value, 0)) for value, label in choices]


def _examples(period: ReportingPeriod):
    return (
        Comment.objects.publishable()
        .received_in(period)
        .filter(is_example=True)
        .only("id", "topic_id", "theme", "commenter_role", "anonymised_text")
        .order_by("submitted_at")
    )


def _example_row(comment: Comment) -> ExampleRow:
    return ExampleRow(
        anonymised_text=comment.anonymised_text,
        theme=comment.theme,
        theme_label=comment.get_theme_display(),
        commenter_role_label=comment.get_commenter_role_display(),
    )


def _entry_row(entry: YouSaidWeDid) -> EntryRow:
    return EntryRow(
        topic=entry.topic,
        what_people_said=entry.what_people_said,
        response_and_action=entry.response_and_action,
        status=entry.status,
        status_label=entry.get_status_display(),
        reason_not_possible=entry.reason_not_possible,
        team_responsible=entry.team_responsible,
        action_date=entry.action_date,
        comment_count=entry.comment_count,
        examples=[_example_row(c) for c in entry.examples],
    )


def report_contents(period: ReportingPeriod) -> ReportContents:
    """What the report holds now, read from the database in a fixed number of queries.

    Counts cover every comment received in the period except spam, whatever
    the moderation decision; an entry counts only comments received in the
    period, so its count can never exceed the report's; examples are only
    approved anonymised text.
    """
    received = Comment.objects.received_in(period).counted()
    by_theme = _counts(received, "theme", Comment.Theme.choices)
    by_role = _counts(received, "commenter_role", Comment.Role.choices)
    in_period = Q(
        comments__submitted_at__date__gte=period.starts,
        comments__submitted_at__date__lte=period.ends,
    )
    entries = (
        period.entries.annotate(
            comment_count=Count(
                "comments",
                filter=in_period
                & ~Q(comments__not_published_reason=Comment.NotPublishedReason.SPAM),
            )
        )
        .prefetch_related(Prefetch("comments", queryset=_examples(period), to_attr="examples"))
        .order_by("order", "topic")
    )
    other_examples = _examples(period).exclude(topic__period=period)
    return ReportContents(
        period=period,
        title=period.title,
        starts=period.starts,
        ends=period.ends,
        how_we_sought_comments=period.how_we_sought_comments,
        total=sum(row.count for row in by_theme),
        by_theme=by_theme,
        by_role=by_role,
        entries=[_entry_row(entry) for entry in entries],
        other_examples=[_example_row(c) for c in other_examples],
    )


def report_snapshot(contents: ReportContents) -> dict:
    """The report as JSON-ready data: what publication freezes."""
    data = asdict(contents)
    del data["period"]
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def report_from_snapshot(period: ReportingPeriod, data: dict) -> ReportContents:
    def entry(row: dict) -> EntryRow:
        return EntryRow(
            **{
                **row,
                "action_date": date.fromisoformat(row["action_date"]),
                "examples": [ExampleRow(**e) for e in row["examples"]],
            }
        )

    return ReportContents(
        period=period,
        title=data["title"],
        starts=date.fromisoformat(data["starts"]),
        ends=date.fromisoformat(data["ends"]),
        how_we_sought_comments=data["how_we_sought_comments"],
        total=data["total"],
        by_theme=[CountRow(**row) for row in data["by_theme"]],
        by_role=[CountRow(**row) for row in data["by_role"]],
        entries=[entry(row) for row in data["entries"]],
        other_examples=[ExampleRow(**e) for e in data["other_examples"]],
    )


def report_for_display(period: ReportingPeriod) -> ReportContents:
    """A published report as it was published (or last corrected); a preview as it is now."""
    if period.published_contents:
        return report_from_snapshot(period, period.published_contents)
    return report_contents(period)


def report_corrections(period: ReportingPeriod) -> list:
    return list(period.corrections.order_by("corrected_at").only("corrected_at", "note"))


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
