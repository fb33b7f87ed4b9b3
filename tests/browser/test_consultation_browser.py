"""Consultation in a real browser: the public page and the officers' admin pages.

Zero axe violations (WCAG 2.0 to 2.2, A and AA) and nothing blocked by the
Content Security Policy on the public "How we develop our Local Offer" page and
on each kind of admin page an officer uses for the register: lists, the round
and consultee change pages, the gaps report, the suggestions, and the index
with its warning.
"""

import importlib
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from consultation.models import ConsultationRound, Consultee, ConsulteeCategory
from tests.browser.helpers import csp_problems, log_in, visit
from tests.consultation.factories import ConsulteeFactory
from tests.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

URL = "/how-we-develop-our-local-offer/"


@pytest.fixture
def categories(transactional_db):
    """The migration seeds them, but transactional tests empty every table afterwards."""
    importlib.import_module("consultation.migrations.0002_seed_categories").seed(apps, None)


@pytest.fixture
def demo(categories):
    call_command("seed_consultation_demo", stdout=io.StringIO())
    return ConsultationRound.objects.get(slug="demo-review-with-gaps")


@pytest.fixture
def officer_page(browser_page, live_server, officer):
    log_in(browser_page, live_server, officer)
    return browser_page


# --- the public page ------------------------------------------------------------------


def test_the_public_page_with_two_rounds(browser_page, live_server, axe_violations, demo):
    problems = csp_problems(browser_page)
    visit(browser_page, live_server, URL, "How we develop our Local Offer")
    expect(browser_page.locator("h2", has_text="Local Offer review")).to_have_count(2)
    expect(browser_page.locator("table.govuk-table")).to_have_count(2)
    assert axe_violations(browser_page) == []
    assert problems == []


def test_the_public_page_with_no_rounds(browser_page, live_server, axe_violations, categories):
    visit(browser_page, live_server, URL, "How we develop our Local Offer")
    expect(browser_page.get_by_text("We have not published a review yet.")).to_be_visible()
    assert axe_violations(browser_page) == []


def test_the_public_page_at_320_pixels_without_javascript(nojs_page, live_server, demo):
    nojs_page.set_viewport_size({"width": 320, "height": 800})
    visit(nojs_page, live_server, URL, "How we develop our Local Offer")
    # Text reflows (WCAG 1.4.10): headings and paragraphs fit the screen; data tables
    # are exempt.
    widest = nojs_page.evaluate(
        "Math.max(...[...document.querySelectorAll('main h1, main h2, main p')]"
        ".map(e => e.getBoundingClientRect().right))"
    )
    assert widest <= 320


def test_the_footer_link_is_reachable_by_keyboard(browser_page, live_server, categories):
    browser_page.goto(f"{live_server.url}/accessibility/")
    link = browser_page.get_by_role("link", name="How we develop our Local Offer")
    link.focus()
    expect(link).to_be_focused()
    browser_page.keyboard.press("Enter")
    expect(
        browser_page.get_by_role("heading", name="How we develop our Local Offer", level=1)
    ).to_be_visible()


def test_the_public_page_prints_everything_but_navigation(browser_page, live_server, demo):
    visit(browser_page, live_server, URL, "How we develop our Local Offer")
    browser_page.emulate_media(media="print")
    expect(browser_page.locator(".govuk-service-navigation__wrapper")).to_be_hidden()
    for heading in ["Who took part", "How we asked", "What changed"]:
        expect(browser_page.get_by_role("heading", name=heading).first).to_be_visible()
    expect(browser_page.locator("table.govuk-table").first).to_be_visible()
    # Nothing is folded away (no details or accordions) that a printout would lose.
    assert browser_page.locator("main details").count() == 0


# --- the admin pages ------------------------------------------------------------------


def test_admin_index_with_the_review_warning(officer_page, live_server, axe_violations, categories):
    problems = csp_problems(officer_page)
    visit(officer_page, live_server, reverse("admin:index"), "Manage the Local Offer")
    warning = officer_page.locator(".messagelist .warning", has_text="No review round")
    expect(warning.get_by_role("link", name="Review rounds")).to_be_visible()
    assert axe_violations(officer_page) == []
    assert problems == []


def test_the_gaps_report(officer_page, live_server, axe_violations, demo):
    problems = csp_problems(officer_page)
    visit(
        officer_page,
        live_server,
        reverse("admin:consultation_consultationround_gaps", args=[demo.pk]),
        f"Gaps report: {demo.title}",
    )
    expect(officer_page.locator(".messagelist .warning")).to_have_count(3)
    expect(
        officer_page.get_by_role("link", name="Download this report as a spreadsheet (CSV)")
    ).to_be_visible()
    assert axe_violations(officer_page) == []
    assert problems == []


def test_the_review_round_change_page(officer_page, live_server, axe_violations, demo):
    problems = csp_problems(officer_page)
    visit(
        officer_page,
        live_server,
        reverse("admin:consultation_consultationround_change", args=[demo.pk]),
        "Change review round",
    )
    expect(officer_page.get_by_label("What did you correct?")).to_be_visible()
    assert axe_violations(officer_page) == []
    # A row added with "Add another" is labelled too.
    officer_page.get_by_role("button", name="Add another consultee invited").click()
    assert axe_violations(officer_page) == []
    assert problems == []


def test_adding_a_review_round(officer_page, live_server, axe_violations, categories):
    ConsulteeFactory()
    problems = csp_problems(officer_page)
    visit(
        officer_page,
        live_server,
        reverse("admin:consultation_consultationround_add"),
        "Add review round",
    )
    expect(officer_page.get_by_role("button", name="Save and publish")).to_have_count(0)
    assert axe_violations(officer_page) == []
    # The form with errors (dates out of order) is accessible too.
    officer_page.get_by_label("Title:").fill("Review 2027")
    officer_page.get_by_label("Purpose:").fill("To check.")
    officer_page.get_by_label("First day:").fill("2027-03-01")
    officer_page.get_by_label("Last day:").fill("2027-02-01")
    officer_page.get_by_role("button", name="Save", exact=True).click()
    # Beside the field, and as a link in the error summary at the top (issue 15).
    expect(
        officer_page.get_by_text("The last day must be on or after the first day.", exact=True)
    ).to_be_visible()
    expect(
        officer_page.locator("#error-summary").get_by_role(
            "link", name="Last day: The last day must be on or after the first day."
        )
    ).to_be_visible()
    assert axe_violations(officer_page) == []
    assert problems == []


@pytest.mark.parametrize(
    "name, heading",
    [
        ("admin:consultation_consultationround_changelist", "Select review round to change"),
        ("admin:consultation_consultee_changelist", "Select consultee to change"),
        ("admin:consultation_consulteecategory_changelist", "Select consultee category to change"),
        (
            "admin:consultation_suggestedorganisation_changelist",
            "Suggested consultees from the directory",
        ),
    ],
)
def test_the_lists(officer_page, live_server, axe_violations, demo, name, heading):
    OrganisationFactory(name="Hollin Lane Primary School", kind="maintained_school")
    problems = csp_problems(officer_page)
    visit(officer_page, live_server, reverse(name), heading)
    assert axe_violations(officer_page) == []
    assert problems == []


def test_the_consultee_change_page(officer_page, live_server, axe_violations, demo):
    consultee = Consultee.objects.get(name="Westcombe College")
    problems = csp_problems(officer_page)
    visit(
        officer_page,
        live_server,
        reverse("admin:consultation_consultee_change", args=[consultee.pk]),
        "Change consultee",
    )
    assert axe_violations(officer_page) == []
    assert problems == []


def test_the_category_change_page(officer_page, live_server, axe_violations, categories):
    category = ConsulteeCategory.objects.get(slug="youth-offending-teams")
    visit(
        officer_page,
        live_server,
        reverse("admin:consultation_consulteecategory_change", args=[category.pk]),
        "Change consultee category",
    )
    assert axe_violations(officer_page) == []
