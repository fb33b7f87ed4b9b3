from datetime import UTC, datetime

import pytest

from feedback.presenters import action_date_label, govuk_time
from tests.feedback.factories import ReportingPeriodFactory, YouSaidWeDidFactory


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2026, 1, 5, 1, 50, tzinfo=UTC), "1:50am"),
        (datetime(2026, 1, 5, 10, 0, tzinfo=UTC), "10am"),
        (datetime(2026, 1, 5, 17, 30, tzinfo=UTC), "5:30pm"),
        (datetime(2026, 1, 5, 12, 0, tzinfo=UTC), "midday"),
        (datetime(2026, 1, 5, 0, 0, tzinfo=UTC), "midnight"),
        (datetime(2026, 1, 5, 12, 5, tzinfo=UTC), "12:05pm"),
        (datetime(2026, 1, 5, 0, 5, tzinfo=UTC), "12:05am"),
    ],
)
def test_times_are_shown_in_the_govuk_style(moment, shown):
    assert govuk_time(moment) == shown


def test_times_are_shown_in_uk_time():
    # 23:00 UTC in June is midnight in London (British Summer Time).
    assert govuk_time(datetime(2026, 6, 1, 23, 0, tzinfo=UTC)) == "midnight"


@pytest.mark.parametrize(
    ("status", "label"),
    [
        ("done", "Done on"),
        ("in_progress", "Expected by"),
        ("planned", "Expected by"),
        ("not_possible", "Decided on"),
    ],
)
def test_an_entrys_date_says_what_it_means(status, label):
    assert action_date_label(status) == label


@pytest.mark.django_db
def test_the_report_page_shows_each_entrys_status_and_date_label(client):
    period = ReportingPeriodFactory(published=True)
    YouSaidWeDidFactory(period=period, status="not_possible", reason_not_possible="No money.")
    html = client.get(period.get_absolute_url()).content.decode()
    assert "govuk-tag govuk-tag--orange" in html
    assert "Decided on" in html
