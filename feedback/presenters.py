"""Display helpers for the public pages: times, status tags and the report's CSV download."""

import csv
import io
from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone

from feedback.models import Comment, YouSaidWeDid
from feedback.selectors import ReportContents

STATUS_TAG_CLASSES = {
    YouSaidWeDid.Status.DONE: "govuk-tag--green",
    YouSaidWeDid.Status.IN_PROGRESS: "govuk-tag--blue",
    YouSaidWeDid.Status.PLANNED: "govuk-tag--grey",
    YouSaidWeDid.Status.NOT_POSSIBLE: "govuk-tag--orange",
}

ACTION_DATE_LABELS = {
    YouSaidWeDid.Status.DONE: "Done on",
    YouSaidWeDid.Status.NOT_POSSIBLE: "Decided on",
}

#: Every row of the CSV has these columns, in this order; `section` says what a row is.
CSV_COLUMNS = {
    "section": "section",
    "item": "topic or item",
    "details": "you said, or details",
    "we_did": "we did",
    "status": "status",
    "reason_not_possible": "why it is not possible",
    "team": "team responsible",
    "date": "done on, expected by or decided on",
    "count": "number of comments",
}
CSV_HEADER = list(CSV_COLUMNS.values())


def _row(section: str, item: str = "", **cells) -> list:
    """A full row: every column present, empty where this kind of row has nothing."""
    unknown = set(cells) - set(CSV_COLUMNS)
    if unknown:
        raise ValueError(f"Not CSV columns: {sorted(unknown)}")
    values = {"section": section, "item": item, **cells}
    return [values.get(key, "") for key in CSV_COLUMNS]


# A spreadsheet treats a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A cell value a spreadsheet will not run as a formula (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def govuk_time(moment: datetime) -> str:
    """A time in the GOV.UK style, in local time: "1:50am", "10am", "midday", "midnight"."""
    local = timezone.localtime(moment)
    if local.minute == 0 and local.hour in (0, 12):
        return "midnight" if local.hour == 0 else "midday"
    hour = local.hour % 12 or 12
    minutes = f":{local.minute:02d}" if local.minute else ""
    return f"{hour}{minutes}{'am' if local.hour < 12 else 'pm'}"


def action_date_label(status: str) -> str:
    """What an entry's date means: when it was done or decided, or when it is expected."""
    return ACTION_DATE_LABELS.get(status, "Expected by")


def status_tag_class(status: str) -> str:
    return STATUS_TAG_CLASSES.get(status, "govuk-tag--grey")


def report_csv_rows(contents: ReportContents) -> Iterable[list]:
    """The report as rows of equal length, each saying in `section` what it is.

    First the period's dates and how comments were sought, then each entry, each
    example comment, and the counts.
    """
    period = contents.period
    theme_labels = dict(Comment.Theme.choices)
    yield CSV_HEADER
    yield _row("Reporting period", "Title", details=period.title)
    yield _row("Reporting period", "First day", details=period.starts.isoformat())
    yield _row("Reporting period", "Last day", details=period.ends.isoformat())
    if period.published_at:
        yield _row("Reporting period", "Published", details=period.published_at.date().isoformat())
    yield _row("How we asked for comments", details=period.how_we_sought_comments)
    for entry in contents.entries:
        yield _row(
            "You said, we did",
            entry.topic,
            details=entry.what_people_said,
            we_did=entry.response_and_action,
            status=entry.get_status_display(),
            reason_not_possible=entry.reason_not_possible,
            team=entry.team_responsible,
            date=entry.action_date.isoformat(),
            count=entry.comment_count,
        )
    examples = [(e.topic, c) for e in contents.entries for c in e.examples]
    examples += [("", c) for c in contents.other_examples]
    for topic, comment in examples:
        yield _row(
            "Example comment", topic or theme_labels[comment.theme], details=comment.anonymised_text
        )
    for row in contents.by_theme:
        yield _row("Comments by theme", row.label, count=row.count)
    for row in contents.by_role:
        yield _row("Comments by who sent them", row.label, count=row.count)
    yield _row("Comments received", "Total", count=contents.total)


def report_csv(contents: ReportContents) -> str:
    """The CSV text, with a byte order mark so spreadsheet programs read it as UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    for row in report_csv_rows(contents):
        writer.writerow([csv_safe(cell) for cell in row])
    return buffer.getvalue()
