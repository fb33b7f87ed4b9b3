"""The demo data says nothing false on the pages families read, and its tags make filters work."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from directory.search import search_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())


def page(client, slug):
    return client.get(reverse("directory:service_detail", args=[slug])).content.decode()


def test_a_17_year_old_wheelchair_user_finds_training_and_work(demo):
    results = search_services(
        {
            "age_group": "16-25",
            "need": "physical-disability",
            "area": "training-and-apprenticeships",
        }
    )
    slugs = {s.slug for s in results.page.object_list}
    assert "brindlemoor-job-club-for-young-people-with-send" in slugs
    assert "supported-apprenticeships" in slugs


def test_college_learning_support_is_tagged_for_physical_disability(demo):
    results = search_services({"age": "17", "need": "physical-disability", "area": "education"})
    slugs = [s.slug for s in results.page.object_list]
    assert "learning-support-at-brindlemoor-college" in slugs


def test_direct_payments_are_a_way_to_pay_not_a_free_service(demo, client):
    html = page(client, "direct-payments-for-families-of-disabled-children")
    assert '<dd class="govuk-summary-list__value">Free' not in html
    assert "are not a service with a price" in html
    assert "You can use a personal budget to pay for it" not in html


def test_services_that_need_a_social_care_assessment_say_so(demo, client):
    for slug in [
        "willow-house-overnight-short-breaks",
        "shared-care-short-breaks-with-foster-carers",
    ]:
        html = page(client, slug)
        assert "social care assessment" in html
        assert "such as a GP" not in html


def test_sendiass_has_its_own_contact_details_and_the_council_line_is_not_called_impartial(
    demo, client, settings
):
    html = page(client, "brindlemoor-send-information-advice-and-support-service-sendiass")
    assert "01632 960190" in html
    assert settings.COUNCIL_CONTACT_PHONE not in html.split("<main")[1].split("</main>")[0]
    home = client.get(reverse("home")).content.decode()
    for paragraph in home.split("<p"):
        if settings.COUNCIL_CONTACT_PHONE in paragraph:
            assert "impartial" not in paragraph
