"""The public "how we develop our Local Offer" page."""

import pytest
from django.urls import reverse
from django.utils import timezone

from consultation.models import Consultee, Matter
from tests.consultation.factories import (
    ChangeFactory,
    ConsultationRoundFactory,
    ConsulteeFactory,
    InvitationFactory,
    InvolvementEvidenceFactory,
    category,
)
from tests.feedback.factories import ReportingPeriodFactory, YouSaidWeDidFactory

pytestmark = pytest.mark.django_db

URL = "/how-we-develop-our-local-offer/"


def published_round(n_consultees=2, **kwargs):
    round = ConsultationRoundFactory(published=True, **kwargs)
    for i in range(n_consultees):
        InvitationFactory(
            round=round,
            consultee=ConsulteeFactory(
                contact_name=f"Ottoline Pemberly {i}",
                contact_email=f"ottoline{i}@example.org",
                outside=i % 3 == 2,
            ),
        )
    InvolvementEvidenceFactory(round=round, matter=Matter.HOW_SET_OUT)
    ChangeFactory(round=round)
    return round


def test_the_address_is_the_one_the_issue_names():
    assert reverse("consultation:how_we_develop") == URL


def test_a_published_round_shows_dates_methods_counts_and_changes(client):
    round = published_round(what_we_heard="Families wanted shorter pages.")
    response = client.get(URL)
    assert response.status_code == 200
    text = response.text
    assert round.title in text
    assert "5 January to 27 March 2026" in text
    assert "Survey" in text and "Events and drop-in sessions" in text
    assert "Children and young people with special educational needs, and their parents" in text
    assert "Families wanted shorter pages." in text
    assert "Service pages now say who each service is for." in text
    assert "How the information is set out" in text
    assert "8 children or young people; 12 parents or carers" in text


def test_draft_rounds_are_not_shown(client):
    ConsultationRoundFactory(title="Secret draft review")
    response = client.get(URL)
    assert "Secret draft review" not in response.text
    assert "We have not published a review yet." in response.text


def test_a_round_published_in_the_future_is_not_shown(client):
    ConsultationRoundFactory(
        title="Tomorrow's review", published_at=timezone.now() + timezone.timedelta(days=1)
    )
    assert "Tomorrow's review" not in client.get(URL).text


def test_no_contact_details_or_consultee_names_on_the_page(client):
    published_round(n_consultees=3)
    text = client.get(URL).text
    assert "Ottoline" not in text
    assert "example.org" not in text
    assert "Larkmoor Parent Forum" not in text  # counts by category only


def test_html_in_every_field_is_escaped(client):
    script = "<script>alert('x')</script>"
    round = published_round(
        title=script, purpose=script, what_we_heard=script, other_methods=script
    )
    InvolvementEvidenceFactory(round=round, description=script)
    ChangeFactory(round=round, description=script)
    round.corrections.create(note=script)
    category("academies").__class__.objects.filter(slug="academies").update(name=script)
    InvitationFactory(round=round, consultee=ConsulteeFactory(category=category("academies")))
    text = client.get(URL).text
    assert script not in text
    assert "&lt;script&gt;" in text


def test_query_count_is_the_same_for_one_round_or_many(client, django_assert_num_queries):
    published_round(n_consultees=1)
    with django_assert_num_queries(6) as first:
        client.get(URL)
    for _ in range(4):
        published_round(n_consultees=6)
    with django_assert_num_queries(len(first.captured_queries)):
        client.get(URL)


def test_a_linked_you_said_we_did_entry_is_linked_once_its_report_is_published(client):
    round = published_round()
    entry = YouSaidWeDidFactory(topic="Easy read pages", period=ReportingPeriodFactory())
    ChangeFactory(round=round, description="Easy read summaries.", you_said_we_did_id=entry.pk)
    assert "Easy read pages" not in client.get(URL).text
    entry.period.published_at = timezone.now()
    entry.period.save()
    text = client.get(URL).text
    assert f"{entry.period.get_absolute_url()}#entry-{entry.pk}" in text
    assert "Easy read pages" in text


def test_a_link_to_a_deleted_entry_is_left_out(client):
    round = published_round()
    ChangeFactory(round=round, description="Something we changed.", you_said_we_did_id=987654)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Something we changed." in response.text


def test_the_footer_links_to_the_page(client):
    assert f'href="{URL}"' in client.get(reverse("accessibility")).text


def test_the_feedback_reports_link_to_the_page(client):
    period = ReportingPeriodFactory(published=True)
    assert f'href="{URL}"' in client.get(reverse("feedback:report_list")).text
    assert f'href="{URL}"' in client.get(period.get_absolute_url()).text


def test_the_page_links_to_the_annual_comments_reports(client):
    assert f'href="{reverse("feedback:report_list")}"' in client.get(URL).text


def test_the_page_refuses_posts_without_a_server_error(client):
    assert client.post(URL).status_code == 405


def test_an_out_of_area_count_is_shown(client):
    round = ConsultationRoundFactory(published=True)
    InvitationFactory(round=round, consultee=ConsulteeFactory(outside=True))
    assert Consultee.objects.filter(where="out_of_area").count() == 1
    assert "Of them, outside our area" in client.get(URL).text
