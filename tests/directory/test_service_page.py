import pytest
from django.urls import reverse

from directory.models import Service
from tests.factories import LocationFactory, OpeningTimeFactory, ServiceFactory, need

pytestmark = pytest.mark.django_db


def test_service_page_shows_what_a_family_needs(client):
    service = ServiceFactory(
        name="Chatterbox speech and language therapy",
        level="specialist",
        eligibility="Children aged 5 to 11 who find talking hard.",
        min_age=5,
        max_age=11,
        professional_referral=True,
        how_to_access="Ask your GP or school to refer you.",
        how_to_complain="Talk to the team leader first.",
        contact_phone="01632 960 111",
        needs=[need("speech-language-and-communication")],
    )
    OpeningTimeFactory(location=LocationFactory(service=service, accessibility="Step-free."))
    html = client.get(service.get_absolute_url()).content.decode()
    for text in [
        "5 to 11 years",
        "Children aged 5 to 11 who find talking hard.",
        "A professional (such as a GP, health visitor or teacher) can refer you",
        "Ask your GP or school to refer you.",
        "Talk to the team leader first.",
        "01632 960 111",
        "Step-free.",
        "Monday",
        "9am to 5pm",
        "Speech, language and communication needs",
        f"/feedback/?service={service.slug}",
        "<title>Chatterbox speech and language therapy - Local Offer - ",
    ]:
        assert text in html


def test_overdue_review_shows_a_warning(client):
    service = ServiceFactory(last_reviewed="2020-01-01", review_due="2021-01-01")
    html = client.get(service.get_absolute_url()).content.decode()
    assert "may be out of date" in html


@pytest.mark.parametrize("status", [Service.Status.DRAFT, Service.Status.ARCHIVED])
def test_draft_and_archived_services_are_not_public(client, status):
    service = ServiceFactory(status=status)
    response = client.get(service.get_absolute_url())
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_user_content_is_escaped(client):
    service = ServiceFactory(description="<script>alert(1)</script>")
    html = client.get(service.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_service_page_query_count_is_constant(client, django_assert_max_num_queries):
    service = ServiceFactory()
    for _ in range(5):
        OpeningTimeFactory(location=LocationFactory(service=service))
    # 7 = 6 before issue 10 + 1 for the glossary words the page explains (one query however
    # many; see tests/information/test_glossary.py).
    with django_assert_max_num_queries(7):
        client.get(service.get_absolute_url())


def test_home_page_links_to_browse_by_age_need_and_area(client):
    html = client.get(reverse("home")).content.decode()
    assert "?age_group=5-11" in html
    assert "?need=communication-and-interaction" in html
    assert "?area=health" in html


def test_unknown_url_gets_the_designed_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_service_page_shows_how_to_reach_the_provider(client):
    service = ServiceFactory()
    organisation = service.organisation
    organisation.phone = "01632 960 222"
    organisation.website = "https://example.org/hollowbrook"
    organisation.save()
    html = client.get(service.get_absolute_url()).content.decode()
    assert "01632 960 222" in html
    assert "https://example.org/hollowbrook" in html


def test_needs_and_areas_from_the_page_query_equal_the_prefetched_ones():
    # The service page names its needs and areas from the per-process lists (one query
    # fewer each); they must be what prefetching them gives, in the same order, and a
    # renamed need must show its new name on the next page.
    from django.db.models import Prefetch

    from directory.models import AreaOfProvision, Need
    from directory.presenters import ServiceDetail
    from directory.selectors import service_for_page
    from directory.services import record_save

    needs = list(Need.objects.order_by("-name")[:5])
    areas = list(AreaOfProvision.objects.order_by("-name")[:3])
    service = ServiceFactory(needs=needs, areas=areas)
    bare = ServiceFactory(needs=[], areas=[areas[0]])
    for each in (service, bare):
        prefetched = Service.objects.prefetch_related(
            Prefetch("needs", queryset=Need.objects.order_by("name")), "areas"
        ).get(pk=each.pk)
        expected, actual = ServiceDetail(prefetched), ServiceDetail(service_for_page(each.slug))
        assert actual.needs == expected.needs
        assert actual.areas == expected.areas
        assert actual.areas_slugs == expected.areas_slugs
    assert len(ServiceDetail(service_for_page(service.slug)).needs) == 5
    assert ServiceDetail(service_for_page(bare.slug)).needs == []

    renamed = needs[0]
    renamed.name = "Zigzag test need"
    record_save(record=renamed)
    assert "Zigzag test need" in ServiceDetail(service_for_page(service.slug)).needs
