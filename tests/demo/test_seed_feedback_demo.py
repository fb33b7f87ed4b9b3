from io import StringIO

import pytest
from django.core.management import call_command

from feedback.models import Comment, ReportingPeriod, YouSaidWeDid

pytestmark = pytest.mark.django_db


def seed():
    out = StringIO()
    call_command("seed_feedback_demo", stdout=out)
    return out.getvalue()


def test_the_demo_creates_a_published_report_with_entries_and_comments():
    seed()
    period = ReportingPeriod.objects.published().get()
    assert YouSaidWeDid.objects.filter(period=period).count() == 5
    assert Comment.objects.received_in(period).count() == 30
    assert Comment.objects.publishable().filter(is_example=True).count() >= 3


def test_the_demo_can_be_run_twice():
    seed()
    assert "nothing to do" in seed()
    assert Comment.objects.count() == 30


def test_the_demo_report_page_shows_no_identifier(client):
    seed()
    period = ReportingPeriod.objects.get()
    html = client.get(period.get_absolute_url()).content.decode()
    assert "Larkspur" not in html
    assert "07700 900461" not in html
    assert "We received 30 comments" in html


def test_the_demo_anonymised_the_identifiers():
    seed()
    texts = " ".join(Comment.objects.values_list("anonymised_text", flat=True))
    for identifier in [
        "07700 900461",
        "Mrs Okafor",
        "BM3 7QT",
        "d.ashworth@example.org",
        "Hollin Bank Academy",
        "943 476 5919",
    ]:
        assert identifier not in texts
