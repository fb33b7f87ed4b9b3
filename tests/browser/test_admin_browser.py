"""The directory admin in a real browser: accessibility (axe, WCAG 2.2 A and AA) and CSP.

Local authority officers use these pages every day, so they are held to the same
bar as the public site. No axe rule is excluded on any page.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import NeedSynonym, Service
from tests.browser.helpers import csp_problems, log_in, visit
from tests.factories import LocationFactory, OpeningTimeFactory, ServiceFactory, area, need

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def officer_page(browser_page, live_server, officer, taxonomies):
    log_in(browser_page, live_server, officer)
    return browser_page


@pytest.fixture
def service(taxonomies):
    service = ServiceFactory(
        name="Chatterbox Speech Group",
        needs=[need("autism"), need("speech-language-and-communication")],
        areas=[area("health")],
    )
    location = LocationFactory(service=service)
    OpeningTimeFactory(location=location, weekday=0)
    OpeningTimeFactory(location=location, weekday=2, opens="10:00", closes="12:30")
    return service


def test_admin_index_has_no_axe_violations(officer_page, live_server, axe_violations):
    visit(officer_page, live_server, reverse("admin:index"), "Manage the Local Offer")
    assert axe_violations(officer_page) == []


def test_service_changelist_has_no_axe_violations(
    officer_page, live_server, axe_violations, service
):
    ServiceFactory(status=Service.Status.DRAFT, areas=[area("education")])
    visit(
        officer_page,
        live_server,
        reverse("admin:directory_service_changelist"),
        "Select service to change",
    )
    # The filter sidebar, with a link for every need and area, is on the page.
    expect(officer_page.locator("#changelist-filter a").first).to_be_visible()
    assert axe_violations(officer_page) == []


def test_changelist_filter_links_are_at_least_24_pixels_high(officer_page, live_server, service):
    visit(
        officer_page,
        live_server,
        reverse("admin:directory_service_changelist"),
        "Select service to change",
    )
    sizes = officer_page.locator("#changelist-filter a").evaluate_all(
        "links => links.map(a => [a.getBoundingClientRect().width, "
        "a.getBoundingClientRect().height])"
    )
    assert len(sizes) > 20
    assert all(width >= 24 and height >= 24 for width, height in sizes), sizes


def test_service_add_form_has_no_axe_violations(officer_page, live_server, axe_violations):
    visit(officer_page, live_server, reverse("admin:directory_service_add"), "Add service")
    # The organisation is a plain select with a label.
    expect(officer_page.get_by_role("combobox", name="Organisation:", exact=True)).to_be_visible()
    assert axe_violations(officer_page) == []


def test_service_change_form_has_no_axe_violations_or_csp_problems(
    officer_page, live_server, axe_violations, service
):
    problems = csp_problems(officer_page)
    visit(
        officer_page,
        live_server,
        reverse("admin:directory_service_change", args=[service.pk]),
        "Change service",
    )
    expect(officer_page.get_by_label("Venue name").filter(visible=True)).to_have_value(
        "Lantern Street Community Centre"
    )
    assert axe_violations(officer_page) == []
    assert problems == []


def test_location_change_form_has_no_axe_violations(
    officer_page, live_server, axe_violations, service
):
    location = service.locations.get()
    visit(
        officer_page,
        live_server,
        reverse("admin:directory_location_change", args=[location.pk]),
        "Change location",
    )
    weekdays = officer_page.get_by_label("Weekday").filter(visible=True)
    expect(weekdays).to_have_count(3)  # two, and one empty
    assert axe_violations(officer_page) == []

    # A row added with "Add another" is labelled too.
    officer_page.get_by_role("button", name="Add another Opening time").click()
    expect(weekdays).to_have_count(4)
    assert axe_violations(officer_page) == []


def test_need_change_form_has_no_axe_violations(officer_page, live_server, axe_violations):
    autism = need("autism")
    NeedSynonym.objects.get_or_create(need=autism, term="Autistic spectrum condition")
    visit(
        officer_page,
        live_server,
        reverse("admin:directory_need_change", args=[autism.pk]),
        "Change need",
    )
    expect(officer_page.get_by_label("Term").filter(visible=True)).to_have_count(
        autism.synonyms.count() + 1
    )
    assert axe_violations(officer_page) == []


def test_service_history_has_no_axe_violations_or_csp_problems(
    officer_page, live_server, axe_violations, service
):
    service.summary = "A group for children who find talking hard."
    service.save()
    problems = csp_problems(officer_page)
    visit(
        officer_page,
        live_server,
        reverse("admin:directory_service_history", args=[service.pk]),
        "Change history: Chatterbox Speech Group",
    )
    expect(officer_page.locator("#change-history tbody tr")).to_have_count(service.history.count())
    assert axe_violations(officer_page) == []
    assert problems == []
    # The paginator's style moved from an inline attribute to the admin stylesheet.
    border = officer_page.locator("#change-history + .paginator").evaluate(
        "p => getComputedStyle(p).borderTopWidth"
    )
    assert border == "0px"
