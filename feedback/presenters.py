"""Display helpers for the public report: status tags and the CSV download."""

import csv
import io
from collections.abc import Iterable

from feedback.models import Comment, YouSaidWeDid
from feedback.selectors import ReportContents

STATUS_TAG_CLASSES = {
    YouSaidWeDid.Status.DONE: "govuk-tag--green",
    YouSaidWeDid.Status.IN_PROGRESS: "govuk-tag--blue",
    YouSaidWeDid.Status.PLANNED: "govuk-tag--grey",
    YouSaidWeDid.Status.NOT_POSSIBLE: "govuk-tag--orange",
}

CSV_HEADER = [
    "section",
    "topic or category",
    "you said",
    "we did",
    "status",
    "why it is not possible",
    "team responsible",
    "date",
    "number of comments",
]

# A spreadsheet treats a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A cell value a spreadsheet will not run as a formula (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def status_tag_class(status: str) -> str:
    return STATUS_TAG_CLASSES.get(status, "govuk-tag--grey")


def report_csv_rows(contents: ReportContents) -> Iterable[list]:
    """The report as rows: each entry, each example comment, then the counts."""
    theme_labels = dict(Comment.Theme.choices)
    yield CSV_HEADER
    for entry in contents.entries:
        yield [
            "You said, we did",
            entry.topic,
            entry.what_people_said,
            entry.response_and_action,
            entry.get_status_display(),
            entry.reason_not_possible,
            entry.team_responsible,
            entry.action_date.isoformat(),
            entry.comment_count,
        ]
    examples = [(e.topic, c) for e in contents.entries for c in e.examples]
    examples += [("", c) for c in contents.other_examples]
    for topic, comment in examples:
        yield ["Example comment", topic or theme_labels[comment.theme], comment.anonymised_text]
    for row in contents.by_theme:
        yield ["Comments by theme", row.label, "", "", "", "", "", "", row.count]
    for row in contents.by_role:
        yield ["Comments by who sent them", row.label, "", "", "", "", "", "", row.count]
    yield ["Comments received", "Total", "", "", "", "", "", "", contents.total]


def report_csv(contents: ReportContents) -> str:
    """The CSV text, with a byte order mark so spreadsheet programs read it as UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    for row in report_csv_rows(contents):
        writer.writerow([csv_safe(cell) for cell in row])
    return buffer.getvalue()
