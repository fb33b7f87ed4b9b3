import csv
import io
import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from feedback.models import Comment, YouSaidWeDid
from feedback.presenters import csv_safe
from tests.feedback.factories import (
    CommentContactFactory,
    CommentFactory,
    ReportingPeriodFactory,
    YouSaidWeDidFactory,
)

pytestmark = pytest.mark.django_db

IDENTIFYING = [
    "Priya Quennell",
    "priya.quennell@example.org",
    "07700 900461",
    "Mrs Quennell",
    "14 Heron Close",
    "BM3 7QT",
]
ORIGINAL = (
    "Mrs Quennell at 14 Heron Close, BM3 7QT (07700 900461, priya.quennell@example.org) "
    "says the short breaks page is confusing."
)
ANONYMISED = (
    "[name removed] at [address removed], [postcode removed] ([phone number removed], "
    "[email removed]) says the short breaks page is confusing."
)


@pytest.fixture
def period():
    return ReportingPeriodFactory(
        title="April 2025 to March 2026", slug="2025-to-2026", published=True
    )


@pytest.fixture
def identifying_comment(period):
    """A published example comment whose original names someone; with contact details."""
    entry = YouSaidWeDidFactory(period=period, topic="Short breaks information")
    comment = CommentFactory(
        text=ORIGINAL,
        anonymised_text=ANONYMISED,
        publishable=True,
        is_example=True,
        topic=entry,
    )
    CommentContactFactory(comment=comment)
    return comment


def report_html(client, period) -> str:
    response = client.get(period.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def csv_rows(client, period) -> list[list[str]]:
    response = client.get(f"/feedback/reports/{period.slug}/download.csv")
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


# --- the list -----------------------------------------------------------------


def test_the_report_list_shows_published_reports(client, period):
    html = client.get("/feedback/reports/").content.decode()
    assert "April 2025 to March 2026" in html
    assert period.get_absolute_url() in html


def test_the_report_list_leaves_out_unpublished_reports(client):
    ReportingPeriodFactory(title="Draft year")
    assert "Draft year" not in client.get("/feedback/reports/").content.decode()


# --- who can see a report ------------------------------------------------------------


def test_an_unpublished_report_is_not_found_for_the_public(client):
    draft = ReportingPeriodFactory()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_an_unpublished_report_csv_is_not_found_for_the_public(client):
    draft = ReportingPeriodFactory()
    assert client.get(f"/feedback/reports/{draft.slug}/download.csv").status_code == 404


def test_a_moderator_can_preview_an_unpublished_report(moderator_client):
    draft = ReportingPeriodFactory()
    html = report_html(moderator_client, draft)
    assert "This report is not published" in html


def test_an_officer_cannot_preview_an_unpublished_report(officer_client):
    draft = ReportingPeriodFactory()
    assert officer_client.get(draft.get_absolute_url()).status_code == 404


def test_an_unknown_report_is_not_found(client):
    assert client.get("/feedback/reports/no-such-report/").status_code == 404


# --- what a report shows ------------------------------------------------------------------


def test_the_report_shows_its_period_and_how_comments_were_sought(client, period):
    html = report_html(client, period)
    assert f"{period.starts:%-d %B %Y}" in html
    assert f"{period.ends:%-d %B %Y}" in html
    assert "parent carer forum" in html
    assert "information, advice and support service" in html


def test_the_report_counts_comments_by_theme_and_by_who_sent_them(client, period):
    CommentFactory.create_batch(3, theme="missing", commenter_role="young_person")
    CommentFactory(theme="accessibility", commenter_role="professional")
    html = report_html(client, period)
    assert "We received 4 comments in this period." in html
    assert "Services or support that are missing</th><td" in html
    assert '<td class="govuk-table__cell govuk-table__cell--numeric">3</td>' in html
    assert "A young person</th>" in html


def test_the_counts_leave_out_spam(client, period):
    CommentFactory()
    CommentFactory(status="not_for_publication", not_published_reason="spam")
    assert "We received 1 comment in this period." in report_html(client, period)


def test_the_counts_leave_out_comments_from_other_periods(client, period):
    CommentFactory(submitted_at=timezone.now() - timedelta(days=800))
    assert "We received 0 comments in this period." in report_html(client, period)


def test_the_report_shows_each_you_said_we_did_entry_with_its_status(client, period):
    YouSaidWeDidFactory(
        period=period,
        topic="Finding short breaks",
        what_people_said="Short breaks were hard to find.",
        response_and_action="We made one page for them.",
        status=YouSaidWeDid.Status.IN_PROGRESS,
        team_responsible="Short Breaks Team",
    )
    html = report_html(client, period)
    assert "Finding short breaks" in html
    assert "Short breaks were hard to find." in html
    assert "We made one page for them." in html
    assert "In progress</strong>" in html
    assert "Short Breaks Team" in html


def summary_row(html: str, key: str) -> str:
    match = re.search(
        rf'<dt class="govuk-summary-list__key">{key}</dt><dd class="govuk-summary-list__value">'
        r"([^<]*)</dd>",
        html,
    )
    assert match, f"no '{key}' row"
    return match.group(1)


def test_a_done_entry_says_when_it_was_done(client, period):
    YouSaidWeDidFactory(period=period, status="done", action_date=date(2026, 3, 1))
    assert summary_row(report_html(client, period), "Done on") == "March 2026"


def test_a_planned_entry_says_when_it_is_expected(client, period):
    YouSaidWeDidFactory(period=period, status="planned", action_date=date(2026, 9, 1))
    assert summary_row(report_html(client, period), "Expected by") == "September 2026"


def test_an_entry_says_how_many_comments_it_answers(client, period):
    entry = YouSaidWeDidFactory(period=period)
    CommentFactory.create_batch(2, topic=entry)
    assert summary_row(report_html(client, period), "Number of comments") == "2"


def test_a_not_possible_entry_says_why(client, period):
    YouSaidWeDidFactory(
        period=period,
        status=YouSaidWeDid.Status.NOT_POSSIBLE,
        reason_not_possible="The building is owned by another council.",
    )
    html = report_html(client, period)
    assert "Not possible</strong>" in html
    assert "The building is owned by another council." in html


def test_approved_example_comments_are_shown_anonymised(client, period, identifying_comment):
    html = report_html(client, period)
    assert "[name removed] at [address removed]" in html


def test_an_unapproved_comment_is_never_shown_even_if_marked_as_an_example(client, period):
    CommentFactory(
        status="for_publication",
        anonymised_text="Not yet approved words",
        anonymised_approved_at=None,
        is_example=True,
    )
    assert "Not yet approved words" not in report_html(client, period)


def test_a_comment_not_marked_as_an_example_is_not_quoted(client, period):
    CommentFactory(publishable=True, anonymised_text="Approved but not an example")
    assert "Approved but not an example" not in report_html(client, period)


def test_an_example_without_an_entry_is_shown_under_more_comments(client, period):
    CommentFactory(publishable=True, is_example=True, anonymised_text="A loose example")
    html = report_html(client, period)
    assert "More of what people told us" in html
    assert "A loose example" in html


def test_nothing_identifying_appears_on_the_report_page(client, period, identifying_comment):
    html = report_html(client, period)
    for detail in IDENTIFYING:
        assert detail not in html


def test_nothing_identifying_appears_on_any_public_feedback_page(
    client, period, identifying_comment
):
    pages = ["/feedback/", "/feedback/reports/", period.get_absolute_url()]
    for url in pages:
        html = client.get(url).content.decode()
        for detail in IDENTIFYING:
            assert detail not in html, f"{detail} on {url}"


def test_html_in_an_entry_or_example_is_escaped(client, period):
    YouSaidWeDidFactory(period=period, topic="<script>alert(1)</script>")
    CommentFactory(publishable=True, is_example=True, anonymised_text="<img src=x onerror=1>")
    html = report_html(client, period)
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_report_page_uses_a_fixed_number_of_queries(
    client, period, django_assert_max_num_queries
):
    for _ in range(5):
        entry = YouSaidWeDidFactory(period=period)
        CommentFactory.create_batch(3, topic=entry, publishable=True, is_example=True)
    CommentFactory.create_batch(4, publishable=True, is_example=True)
    with django_assert_max_num_queries(7):
        client.get(period.get_absolute_url())


def test_the_report_page_links_to_its_csv(client, period):
    assert f"/feedback/reports/{period.slug}/download.csv" in report_html(client, period)


# --- the CSV -------------------------------------------------------------------------------


def test_the_csv_is_a_download(client, period):
    response = client.get(f"/feedback/reports/{period.slug}/download.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="you-said-we-did-2025-to-2026.csv"'
    )


def test_the_csv_has_one_row_per_entry(client, period):
    YouSaidWeDidFactory(period=period, topic="Transport")
    YouSaidWeDidFactory(period=period, topic="Short breaks")
    rows = csv_rows(client, period)
    entries = [row for row in rows if row[0] == "You said, we did"]
    assert [row[1] for row in entries] == ["Short breaks", "Transport"]
    assert rows[0][:4] == ["section", "topic or item", "you said, or details", "we did"]


def test_the_csv_has_the_counts(client, period):
    CommentFactory.create_batch(2, theme="accessibility", commenter_role="young_person")
    rows = csv_rows(client, period)
    theme_rows = [row for row in rows if row[0] == "Comments by theme"]
    assert ["How easy the information is to find, read and use", "2"] in [
        [row[1], row[8]] for row in theme_rows
    ]
    assert ["Comments received", "Total", "", "", "", "", "", "", "2"] in rows


def test_the_csv_has_the_periods_dates(client, period):
    rows = csv_rows(client, period)
    assert ["Reporting period", "First day", period.starts.isoformat()] in [r[:3] for r in rows]
    assert ["Reporting period", "Last day", period.ends.isoformat()] in [r[:3] for r in rows]


def test_the_csv_says_how_comments_were_sought(client, period):
    rows = csv_rows(client, period)
    (statement,) = [row for row in rows if row[0] == "How we asked for comments"]
    assert statement[2] == period.how_we_sought_comments


def test_every_csv_row_has_the_same_columns(client, period, identifying_comment):
    CommentFactory(publishable=True, is_example=True, anonymised_text="A loose example.")
    rows = csv_rows(client, period)
    assert {row[0] for row in rows} >= {"Example comment", "You said, we did", "Reporting period"}
    assert {len(row) for row in rows} == {len(rows[0])}


def test_the_csv_contains_nothing_identifying(client, period, identifying_comment):
    text = client.get(f"/feedback/reports/{period.slug}/download.csv").content.decode()
    for detail in IDENTIFYING:
        assert detail not in text
    assert "[name removed]" in text


def test_the_csv_cannot_run_formulas_in_a_spreadsheet(client, period):
    YouSaidWeDidFactory(period=period, topic='=HYPERLINK("http://x")')
    rows = csv_rows(client, period)
    assert '\'=HYPERLINK("http://x")' in [row[1] for row in rows]


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"])
def test_csv_safe_quotes_formula_starts(cell):
    assert csv_safe(cell) == "'" + cell


def test_csv_safe_leaves_numbers_and_plain_text_alone():
    assert csv_safe(3) == 3
    assert csv_safe("Short breaks") == "Short breaks"


def test_the_comment_model_keeps_the_reference_out_of_its_text(identifying_comment):
    # The admin log and history show str(comment): never the words.
    assert str(identifying_comment) == identifying_comment.reference
    assert Comment.objects.publishable().count() == 1
