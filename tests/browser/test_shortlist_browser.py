"""My list in a real browser: axe (WCAG 2.2 A and AA) and the journey without JavaScript."""

import pytest
from playwright.sync_api import expect

from directory.models import Service
from directory.services import services_set_status
from tests.browser.helpers import csp_problems
from tests.factories import LocationFactory, ServiceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def services(taxonomies):
    first = ServiceFactory(name="Chatterbox speech group", contact_phone="01632 960123")
    LocationFactory(service=first)
    second = ServiceFactory(name="Otterpool swim school")
    return first, second


def test_a_family_saves_notes_prints_and_shares_without_javascript(
    nojs_page, live_server, services
):
    first, second = services
    page = nojs_page
    problems = csp_problems(page)
    for service in services:
        page.goto(f"{live_server.url}{service.get_absolute_url()}")
        page.get_by_role("button", name=f"Add {service.name} to my list").click()
        expect(
            page.get_by_role("button", name=f"Remove {service.name} from my list")
        ).to_be_visible()
    expect(page.get_by_role("link", name="My list (2)")).to_be_visible()

    page.get_by_role("link", name="My list (2)").click()
    page.get_by_label("Your notes about Chatterbox speech group").fill("Ask about Saturdays")
    page.get_by_role("button", name="Save my notes").click()
    expect(page.get_by_text("Your notes are saved")).to_be_visible()
    expect(page.get_by_label("Your notes about Chatterbox speech group")).to_have_value(
        "Ask about Saturdays"
    )

    page.get_by_role("link", name="Printable version").click()
    expect(page.get_by_text("Ask about Saturdays")).to_be_visible()
    page.go_back()

    share = page.get_by_label("Link to your list").input_value()
    assert "Saturdays" not in share
    page.get_by_role("button", name="Remove Otterpool swim school from my list").click()
    expect(page.get_by_role("link", name="My list (1)")).to_be_visible()

    page.goto(share)
    expect(page.get_by_role("heading", name="Otterpool swim school")).to_be_visible()
    page.get_by_role("button", name="Add these to my list").click()
    expect(page.get_by_role("link", name="My list (2)")).to_be_visible()
    assert problems == []


def test_list_pages_have_no_axe_violations(browser_page, live_server, services, axe_violations):
    first, second = services
    page = browser_page
    page.goto(f"{live_server.url}/my-list/")
    assert axe_violations(page) == [], "empty list"
    for service in services:
        page.goto(f"{live_server.url}{service.get_absolute_url()}")
        assert axe_violations(page) == [], "service page with the button"
        page.get_by_role("button", name=f"Add {service.name} to my list").click()
    services_set_status(services=[second], status=Service.Status.ARCHIVED)
    page.goto(f"{live_server.url}/my-list/")
    expect(page.get_by_text("No longer listed")).to_be_visible()
    assert axe_violations(page) == [], "list with a withdrawn service"
    notes = page.get_by_label("Your notes about Chatterbox speech group")
    notes.evaluate("el => el.removeAttribute('maxlength')")  # as an old browser might send
    notes.fill("x" * 501)
    page.get_by_role("button", name="Save my notes").click()
    assert page.title().startswith("Error: ")
    assert axe_violations(page) == [], "notes error"
    page.goto(f"{live_server.url}/my-list/print/")
    assert axe_violations(page) == [], "print version"
    page.goto(f"{live_server.url}/my-list/shared/?services={first.pk}.{second.pk}.99999")
    assert axe_violations(page) == [], "shared list"
