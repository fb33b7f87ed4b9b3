"""Sign-in pages in a real browser: two-step sign-in by keyboard, lockout page, axe."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from security.twofactor import backup_codes_issue
from tests.browser.helpers import csp_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password-42"


def test_the_sign_in_page_has_no_axe_violations_and_signs_in_with_a_code(
    browser_page, live_server, axe_violations, officer
):
    code = backup_codes_issue(user=officer, count=1)[0]
    problems = csp_problems(browser_page)
    browser_page.goto(f"{live_server.url}{reverse('admin:login')}")
    assert axe_violations(browser_page) == []
    browser_page.get_by_label("Username:").fill("officer")
    browser_page.get_by_label("Password:").fill(PASSWORD)
    browser_page.get_by_label("Security code:").fill(code)
    browser_page.keyboard.press("Enter")
    expect(browser_page.get_by_role("heading", name="Manage the Local Offer")).to_be_visible()
    assert problems == []


def test_the_lockout_page_has_no_axe_violations(browser_page, live_server, axe_violations):
    url = f"{live_server.url}{reverse('admin:login')}"
    for _ in range(5):
        browser_page.goto(url)
        browser_page.get_by_label("Username:").fill("nobody")
        browser_page.get_by_label("Password:").fill("wrong")
        browser_page.get_by_role("button", name="Log in").click()
    expect(
        browser_page.get_by_role("heading", name="Too many failed sign-in attempts")
    ).to_be_visible()
    assert axe_violations(browser_page) == []


def test_the_provider_portals_lockout_page_has_no_axe_violations(
    browser_page, live_server, axe_violations, settings
):
    problems = csp_problems(browser_page)
    url = f"{live_server.url}{reverse('providers:login')}"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        browser_page.goto(url)
        browser_page.get_by_label("Email address").fill("nobody@example.org")
        browser_page.get_by_label("Password").fill("wrong")
        browser_page.get_by_role("button", name="Sign in").click()
    expect(
        browser_page.get_by_role("heading", name="Too many failed sign-in attempts")
    ).to_be_visible()
    expect(browser_page.get_by_role("link", name="reset your password")).to_be_visible()
    assert axe_violations(browser_page) == []
    assert problems == []
