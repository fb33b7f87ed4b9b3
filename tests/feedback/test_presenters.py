import pytest

from feedback.presenters import action_date_label
from tests.feedback.factories import ReportingPeriodFactory, YouSaidWeDidFactory


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
