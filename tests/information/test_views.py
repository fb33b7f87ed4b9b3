"""Public information pages: navigation, breadcrumbs, drafts, search and query counts."""

import pytest
from django.core.management import call_command

from information.models import InformationPage
from tests.factories import LocationFactory, OrganisationFactory, ServiceFactory
from tests.information.factories import PageFactory, SettingOfferFactory, section

pytestmark = pytest.mark.django_db


def test_index_lists_sections_with_published_pages_only(client):
    PageFactory(title="Homework clubs", section=section("education"))
    PageFactory(title="Secret draft", status=InformationPage.Status.DRAFT)
    html = client.get("/information/").content.decode()
    assert "Homework clubs" in html
    assert "Secret draft" not in html
    assert 'href="/information/education/"' in html
    assert 'href="/information/health/"' not in html  # no published pages there


def test_section_page_lists_its_pages_with_breadcrumbs(client):
    PageFactory(title="Homework clubs", slug="homework-clubs", section=section("education"))
    html = client.get("/information/education/").content.decode()
    assert '<h1 class="govuk-heading-xl">Education</h1>' in html
    assert 'href="/information/education/homework-clubs/"' in html
    assert 'aria-label="Breadcrumb"' in html
    assert 'href="/information/">Information and advice</a>' in html


def test_page_shows_body_breadcrumbs_last_checked_and_feedback_link(client):
    page = PageFactory(slug="clubs", section=section("education"), body="## Clubs\n\nAsk us.")
    html = client.get("/information/education/clubs/").content.decode()
    assert '<h2 class="govuk-heading-m">Clubs</h2>' in html
    assert 'href="/information/education/">Education</a>' in html
    assert f"Last checked: {page.last_reviewed:%-d %B %Y}" in html
    assert 'href="/feedback/"' in html
    assert "Was this page useful?" in html


def test_draft_pages_are_not_public(client):
    PageFactory(slug="draft", status=InformationPage.Status.DRAFT, section=section("health"))
    assert client.get("/information/health/draft/").status_code == 404


def test_unknown_section_and_page_are_404(client):
    assert client.get("/information/no-such-section/").status_code == 404
    assert client.get("/information/health/no-such-page/").status_code == 404


def test_a_page_moved_to_another_section_redirects_from_its_old_address(client):
    PageFactory(slug="clubs", section=section("education"))
    response = client.get("/information/health/clubs/")
    assert response.status_code == 301
    assert response["Location"] == "/information/education/clubs/"


def test_html_in_a_stored_body_never_reaches_families(client):
    # An officer cannot save this through admin, but a body written another way
    # (a script, an import, a restored history row) is still sanitised.
    PageFactory(slug="bad", body="Hi <script>alert(1)</script> [x](javascript:alert(1))")
    html = client.get("/information/getting-support/bad/").content.decode()
    assert "alert(1)</script>" not in html
    assert "javascript:" not in html


@pytest.mark.parametrize(
    "path",
    ["/information/", "/information/education/", "/information/education/page-0/"],
)
def test_public_pages_run_a_constant_number_of_queries(client, django_assert_max_num_queries, path):
    for n in range(15):
        PageFactory(slug=f"page-{n}", section=section("education"))
    with django_assert_max_num_queries(6):
        assert client.get(path).status_code == 200


def test_home_links_every_section_with_published_pages(client):
    PageFactory(section=section("travel-and-transport"))
    html = client.get("/").content.decode()
    assert "Information and advice" in html
    assert 'href="/information/travel-and-transport/"' in html


@pytest.fixture
def demo_pages(db):
    call_command("seed_information_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("complain", "how-to-complain"),
        ("appeal", "appeal-to-the-send-tribunal"),
        ("personal budget", "personal-budgets"),
        ("EHCP", "ask-for-an-ehc-needs-assessment"),
        ("transport policy", "travel-and-transport-policy"),
        ("impartial advice", "free-impartial-advice-sendiass"),
        ("mediation", "mediation-and-disagreement-resolution"),
    ],
)
def test_site_search_leads_to_the_right_page_first(client, demo_pages, query, slug):
    ServiceFactory(name="Saturday club", summary="A club where a personal budget can be used.")
    html = client.get("/services/", {"q": query}).content.decode()
    pages = html.index("Information pages")
    first = html.index('href="/information/', pages)
    assert (
        html[first:].startswith('href="/information/') and f"/{slug}/" in html[first : first + 120]
    )
    assert pages < html.index('id="results-heading"')  # pages come above the services


def test_search_shows_no_page_group_when_nothing_matches(client, demo_pages):
    html = client.get("/services/", {"q": "trampoline"}).content.decode()
    assert "Information pages" not in html


def test_setting_page_shows_answers_and_says_honestly_what_is_missing(client):
    offer = SettingOfferFactory(
        organisation__name="Larkspur Primary School",
        organisation__slug="larkspur-primary",
        teaching="We teach in small steps.",
    )
    service = ServiceFactory(organisation=offer.organisation, name="Larkspur nurture group")
    LocationFactory(service=service, name="Larkspur Primary School site")
    html = client.get("/organisations/larkspur-primary/").content.decode()
    assert "We teach in small steps." in html
    assert "This setting has not told us yet." in html
    assert "Larkspur nurture group" in html
    assert "Larkspur Primary School site" in html


def test_setting_page_for_a_school_with_no_answers(client):
    OrganisationFactory(name="Quillby Infants", slug="quillby", kind="maintained_school")
    html = client.get("/organisations/quillby/").content.decode()
    assert "Quillby Infants has not told us yet" in html


def test_setting_pages_only_exist_for_education_organisations(client):
    OrganisationFactory(slug="a-charity", kind="voluntary")
    assert client.get("/organisations/a-charity/").status_code == 404


def test_setting_page_query_count(client, django_assert_max_num_queries):
    offer = SettingOfferFactory(organisation__slug="busy-school")
    for n in range(10):
        LocationFactory(service=ServiceFactory(organisation=offer.organisation), name=f"Site {n}")
    with django_assert_max_num_queries(6):
        assert client.get("/organisations/busy-school/").status_code == 200


def test_home_and_complaints_do_not_call_the_council_line_impartial(client, settings):
    for path in ["/", "/complaints/", "/contact/"]:
        html = client.get(path).content.decode()
        assert settings.IAS_SERVICE_PHONE in html
        # The only phone number beside "impartial" is the separate advice service's.
        for chunk in html.split("impartial")[1:]:
            assert settings.COUNCIL_CONTACT_PHONE not in chunk[:400], path


def test_complaints_page_gives_routes_deadlines_and_links(client):
    html = client.get("/complaints/").content.decode()
    for words in [
        "Local Government and Social Care Ombudsman",
        "Parliamentary and Health Service Ombudsman",
        "within 2 months of the date of the decision letter",
        "1 month from the date of the mediation certificate",
        "Social care",
        "Health services",
        "https://www.gov.uk/courts-tribunals/",
    ]:
        assert words in html
