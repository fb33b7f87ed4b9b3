"""Display text: status tags, the report's CSV download, and the moderators' admin."""

import csv
import io
from collections.abc import Iterable

from django.urls import reverse
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe

from core.formatting import govuk_date, govuk_date_time
from feedback.anonymise import highlight_html
from feedback.models import Comment, CommentContact, ReportingPeriod, YouSaidWeDid
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
    yield CSV_HEADER
    yield _row("Reporting period", "Title", details=contents.title)
    yield _row("Reporting period", "First day", details=contents.starts.isoformat())
    yield _row("Reporting period", "Last day", details=contents.ends.isoformat())
    if period.published_at:
        yield _row("Reporting period", "Published", details=period.published_at.date().isoformat())
    yield _row("How we asked for comments", details=contents.how_we_sought_comments)
    for entry in contents.entries:
        yield _row(
            "You said, we did",
            entry.topic,
            details=entry.what_people_said,
            we_did=entry.response_and_action,
            status=entry.status_label,
            reason_not_possible=entry.reason_not_possible,
            team=entry.team_responsible,
            date=entry.action_date.isoformat(),
            count=entry.comment_count,
        )
    examples = [(e.topic, c) for e in contents.entries for c in e.examples]
    examples += [("", c) for c in contents.other_examples]
    for topic, example in examples:
        yield _row("Example comment", topic or example.theme_label, details=example.anonymised_text)
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


# ---- the moderators' admin pages ---------------------------------------------------------


def _who(user) -> str:
    return user.get_username() if user else "-"


def comment_about(comment: Comment) -> str:
    """What a comment is about, naming the service or page: "Service: Riverside Group"."""
    if comment.about == Comment.About.SERVICE and comment.service_id:
        return f"Service: {comment.service.name}"
    if comment.about == Comment.About.PAGE and comment.page_url:
        return f"Page: {comment.page_url}"
    return comment.get_about_display()


def original_text_html(comment: Comment) -> str:
    """The original words as paragraphs (escaped), or when retention deleted them."""
    if comment.original_deleted_at:
        return (
            f"Deleted on {govuk_date(comment.original_deleted_at)} "
            "at the end of the retention period."
        )
    # linebreaks() escapes the text before adding paragraphs.
    return mark_safe(linebreaks(comment.text, autoescape=True))  # noqa: S308


def redaction_preview_html(comment: Comment, terms: list[str]) -> str:
    """The original with what the automatic anonymisation found highlighted."""
    if comment.original_deleted_at or not comment.text:
        return "-"
    # highlight_html escapes every character of the text and adds only <mark> tags,
    # each followed by visually hidden words ("removed: phone number") for screen
    # readers, which do not announce a highlight.
    highlighted = highlight_html(comment.text, terms, label_class="visually-hidden").replace(
        "\n", "<br>"
    )
    return mark_safe(f'<div class="app-redaction-preview">{highlighted}</div>')  # noqa: S308


def contact_details_html(contact: CommentContact | None, *, deleted: bool) -> str:
    """Name, email and phone, one a line (escaped), or why there are none."""
    if contact is None:
        return "Deleted" if deleted else "None given"
    parts = [("Name", contact.name), ("Email", contact.email), ("Phone", contact.phone)]
    return format_html_join(mark_safe("<br>"), "{}: {}", ((k, v) for k, v in parts if v))


def approval_text(comment: Comment) -> str:
    if comment.anonymised_approved_at is None:
        return "Not approved: this comment cannot appear in public."
    return (
        f"Approved by {_who(comment.anonymised_approved_by)} on "
        f"{govuk_date_time(comment.anonymised_approved_at)}."
    )


def decision_text(comment: Comment) -> str:
    if comment.moderated_at is None:
        return "No decision yet."
    return f"By {_who(comment.moderated_by)} on {govuk_date_time(comment.moderated_at)}."


def queue_need(comment: Comment) -> str:
    """What a comment in the moderation queue is waiting for."""
    if comment.status == Comment.Status.NEW:
        return "A decision"
    return "Approval of the anonymised text"


def publication_text(period: ReportingPeriod | None) -> str:
    if not period or not period.published_at:
        return "Not published. Edits after publishing are kept in the history."
    return f"Published by {_who(period.published_by)} on {govuk_date_time(period.published_at)}."


def report_link_html(period: ReportingPeriod | None) -> str:
    if not period or not period.pk:
        return "-"
    label = "View the published report" if period.is_published else "Preview the report"
    return format_html('<a href="{}">{}</a>', period.get_absolute_url(), label)


def comments_received_html(received: int, waiting: int) -> str:
    """How many comments a period received, linking to the queue when some still wait."""
    text = f"{received} received in this period (not counting spam)"
    if waiting:
        url = reverse("admin:feedback_commenttomoderate_changelist")
        return format_html(
            '{}; <a href="{}">{} still waiting for moderation</a>.', text, url, waiting
        )
    return f"{text}; none waiting for moderation."


def grouped_comments_html(comments: list[Comment]) -> str:
    """Links to the comments grouped under an entry, each with its status."""
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


CORRECTION_HELP = (
    "The published report shows what it held when it was published. Changes to its text, "
    "entries and grouped comments appear on it only when you publish a correction, which "
    "the report lists with its date."
)


def corrections_text(corrections) -> str:
    if not corrections:
        return "None."
    return format_html_join(
        mark_safe("<br>"),
        "{}: {}",
        ((f"{c.corrected_at:%-d %B %Y}", c.note) for c in corrections),
    )
