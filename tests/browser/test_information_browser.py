"""Information pages, schools' pages and the officers' compliance screens in real Chromium.

axe-core (WCAG 2.0, 2.1 and 2.2 at A and AA), no Content Security Policy errors,
no sideways scrolling on a 320px screen.
"""

import importlib

import pytest
from django.apps import apps
from playwright.sync_api import expect

from directory.services import service_refresh_index
from information.services import booklet_build, booklet_request
from tests.browser.helpers import csp_problems, log_in
from tests.factories import LocationFactory, ServiceFactory, area
from tests.information.factories import PageFactory, SettingOfferFactory, item, section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = """
Short breaks give families a rest.

## Who can have one

- children aged 0 to 18
- young people with an EHC plan

> Phone us first if you are not sure.

Warning: Apply by 31 May.

| When | What |
| --- | --- |
| June | We decide |

Read [our policy](https://example.org/policy).
"""


@pytest.fixture
def content(taxonomies):
    importlib.import_module("information.migrations.0002_seed_sections_and_items").seed(apps, None)
    page = PageFactory(
        title="Short breaks",
        slug="short-breaks",
        section=section("social-care"),
        body=BODY,
        covers=[item("social-care")],
    )
    PageFactory(title="Draft page", slug="draft-page", status="draft")
    offer = SettingOfferFactory(
        organisation__name="Larkspur Primary School", organisation__slug="larkspur"
    )
    LocationFactory(
        service=ServiceFactory(organisation=offer.organisation, areas=[area("education")])
    )
    service_refresh_index()
    return page


PUBLIC = [
    ("information index", "/information/"),
    ("section", "/information/social-care/"),
    ("page", "/information/social-care/short-breaks/"),
    ("setting", "/organisations/larkspur/"),
    ("search with pages", "/services/?q=short+breaks"),
    ("complaints", "/complaints/"),
    ("home", "/"),
]


@pytest.mark.parametrize(("name", "path"), PUBLIC, ids=[p[0] for p in PUBLIC])
def test_public_page_has_no_axe_violations_or_csp_errors(
    browser_page, live_server, axe_violations, content, name, path
):
    problems = csp_problems(browser_page)
    assert browser_page.goto(live_server.url + path).status == 200
    assert axe_violations(browser_page) == []
    assert problems == []


@pytest.mark.parametrize(("name", "path"), PUBLIC[:4], ids=[p[0] for p in PUBLIC[:4]])
def test_public_page_fits_a_320px_screen(chromium, live_server, content, name, path):
    context = chromium.new_context(viewport={"width": 320, "height": 700})
    page = context.new_page()
    page.goto(live_server.url + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 320


ADMIN = [
    ("dashboard", "/admin/compliance/"),
    ("coverage", "/admin/compliance/coverage/"),
    ("hardest to read", "/admin/compliance/reading-ease/"),
    ("format requests", "/admin/information/formatrequest/"),
    ("glossary admin", "/admin/information/glossaryterm/"),
    ("page list", "/admin/information/informationpage/"),
    ("page edit", "PAGE_EDIT"),
    ("page preview", "PAGE_PREVIEW"),
    ("schedule 2 item", "ITEM_EDIT"),
    ("setting offer edit", "OFFER_EDIT"),
]


@pytest.mark.parametrize(("name", "path"), ADMIN, ids=[p[0] for p in ADMIN])
def test_admin_page_has_no_axe_violations_or_csp_errors(
    browser_page, live_server, axe_violations, officer, content, name, path
):
    from information.models import SettingOffer

    path = {
        "PAGE_EDIT": f"/admin/information/informationpage/{content.pk}/change/",
        "PAGE_PREVIEW": f"/admin/information/informationpage/{content.pk}/preview/",
        "ITEM_EDIT": f"/admin/information/schedule2item/{item('travel').pk}/change/",
        "OFFER_EDIT": f"/admin/information/settingoffer/{SettingOffer.objects.get().pk}/change/",
    }.get(path, path)
    log_in(browser_page, live_server, officer)
    problems = csp_problems(browser_page)
    assert browser_page.goto(live_server.url + path).status == 200
    assert axe_violations(browser_page) == []
    assert problems == []


# ------------------------------------------------------------------ issue 10: formats and print

FORMATS = [
    ("booklet page", "/booklet/"),
    ("results booklet page", "/booklet/?area=education"),
    ("format request form", "/booklet/request/"),
    ("glossary", "/glossary/"),
]


@pytest.mark.parametrize(("name", "path"), FORMATS, ids=[p[0] for p in FORMATS])
def test_format_pages_have_no_axe_violations(
    browser_page, live_server, axe_violations, content, name, path
):
    problems = csp_problems(browser_page)
    assert browser_page.goto(live_server.url + path).status == 200
    assert axe_violations(browser_page) == []
    assert problems == []


def test_booklet_page_listing_volumes_has_no_axe_violations_and_fits_320px(
    browser_page, chromium, live_server, axe_violations, content, settings
):
    settings.BOOKLET_VOLUME_SERVICES = 1
    ServiceFactory(name="Tollerby swimming", areas=[area("education")])
    row = booklet_request(variant="standard")
    assert booklet_build(booklet_id=row.pk).volumes.count() == 2
    problems = csp_problems(browser_page)
    assert browser_page.goto(live_server.url + "/booklet/").status == 200
    expect(
        browser_page.get_by_role("link", name="Volume 2 of the standard print booklet")
    ).to_be_visible()
    assert axe_violations(browser_page) == []
    assert problems == []
    context = chromium.new_context(viewport={"width": 320, "height": 700})
    narrow = context.new_page()
    narrow.goto(live_server.url + "/booklet/")
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_format_request_form_with_errors_has_no_axe_violations(
    browser_page, live_server, axe_violations, content
):
    browser_page.goto(live_server.url + "/booklet/request/")
    browser_page.get_by_role("button", name="Send request").click()
    expect(browser_page.get_by_text("There is a problem")).to_be_visible()
    assert browser_page.title().startswith("Error: ")
    assert axe_violations(browser_page) == []


def test_format_request_form_over_the_rate_limit_has_no_axe_violations(
    browser_page, live_server, axe_violations, settings
):
    settings.FORMAT_REQUEST_RATE_LIMITS = [(1, 600)]
    for _ in range(2):
        browser_page.goto(live_server.url + "/booklet/request/")
        browser_page.get_by_role("radio", name="Large print").check()
        browser_page.get_by_role("radio", name="By email").check()
        browser_page.get_by_label("Your name").fill("Ada Quillfeather")
        browser_page.get_by_label("Email address (if you want it by email)").fill("ada@example.org")
        browser_page.get_by_role("button", name="Send request").click()
    expect(browser_page.get_by_text("You have sent a lot of requests")).to_be_visible()
    assert browser_page.title().startswith("Error: ")
    expect(browser_page.get_by_label("Your name")).to_have_value("Ada Quillfeather")
    assert axe_violations(browser_page) == []


def _printed_pages(page) -> tuple[int, str]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def test_a_typical_service_page_prints_on_at_most_two_a4_pages(browser_page, live_server, content):
    service = ServiceFactory(
        name="Chatterbox speech group",
        summary="A weekly group for children who find talking hard.",
        description="We play games that help with talking and listening. " * 6,
        website="https://example.org/chatterbox",
        how_to_complain="Talk to the group leader first, then write to the manager.",
    )
    LocationFactory(service=service)
    browser_page.goto(f"{live_server.url}/services/{service.slug}/")
    pages, text = _printed_pages(browser_page)
    assert pages <= 2
    assert "https://example.org/chatterbox" in text  # external links written out
    assert "Find services" not in text  # navigation not printed


def test_an_information_page_prints_without_navigation(browser_page, live_server, content):
    browser_page.goto(f"{live_server.url}/information/social-care/short-breaks/")
    pages, text = _printed_pages(browser_page)
    assert "Short breaks" in text
    assert "https://example.org/policy" in text
    assert "Skip to main content" not in text
    assert pages <= 2


# ------------------------------------------------------------------ glossary words on service pages


@pytest.fixture
def service_with_jargon(db):
    from information.models import GlossaryTerm

    # The seeded glossary may be there or not: a browser test empties the database when
    # it ends, so it depends on which tests ran before this one.
    GlossaryTerm.objects.update_or_create(
        term="SENCo",
        defaults={
            "slug": "senco",
            "definition": "The member of staff who organises help for children with SEN.",
        },
    )
    return ServiceFactory(name="Homework club", description="Ask your SENCo about the club.")


def test_service_page_words_explained_open_with_no_axe_violations(
    browser_page, live_server, axe_violations, service_with_jargon
):
    browser_page.goto(f"{live_server.url}/services/{service_with_jargon.slug}/")
    browser_page.get_by_text("Words used on this page").click()
    expect(browser_page.get_by_text("organises help for children with SEN")).to_be_visible()
    assert axe_violations(browser_page) == []


def test_service_page_words_explained_work_without_javascript(
    nojs_page, live_server, service_with_jargon
):
    nojs_page.goto(f"{live_server.url}/services/{service_with_jargon.slug}/")
    nojs_page.get_by_text("Words used on this page").click()
    expect(nojs_page.get_by_text("organises help for children with SEN")).to_be_visible()
    nojs_page.get_by_role("link", name="SENCo").click()
    nojs_page.wait_for_url("**/glossary/#senco")
