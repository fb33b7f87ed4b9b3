"""Directory admin forms in a real browser (issue 15): stale saves, errors, reflow, focus.

Axe runs the WCAG 2.0, 2.1 and 2.2 A and AA rules; no rule is excluded.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import Service
from directory.services import service_save
from tests.browser.helpers import csp_problems, log_in, visit
from tests.factories import LocationFactory, ServiceFactory, area, need

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STALE = "Someone else changed this service while you were editing it"


@pytest.fixture
def service(taxonomies):
    service = ServiceFactory(
        name="Chatterbox Speech Group", needs=[need("autism")], areas=[area("health")]
    )
    LocationFactory(service=service, name="Lantern Street Community Centre")
    return service


def _page(chromium, live_server, officer, width, height=900):
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in(page, live_server, officer)
    return page


@pytest.fixture
def officer_page(chromium, live_server, officer, taxonomies):
    page = _page(chromium, live_server, officer, 1024)
    yield page
    page.context.close()


def _focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def test_a_stale_save_is_refused_keeping_what_was_typed_with_no_axe_violations(
    officer_page, live_server, axe_violations, service
):
    page = officer_page
    problems = csp_problems(page)
    visit(
        page,
        live_server,
        reverse("admin:directory_service_change", args=[service.pk]),
        "Change service",
    )
    colleague = Service.objects.get(pk=service.pk)
    colleague.summary = "Changed by a colleague while the form was open."
    service_save(service=colleague)

    page.get_by_label("Summary:").fill("Speech and language group on Saturdays.")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator("#error-summary")).to_contain_text(STALE)
    expect(page.locator("#form-errors")).to_contain_text(STALE)
    expect(page.get_by_label("Summary:")).to_have_value("Speech and language group on Saturdays.")
    assert _focused_id(page) == "error-summary"
    service.refresh_from_db()
    assert service.summary == "Changed by a colleague while the form was open."
    assert axe_violations(page) == []
    assert problems == []


def test_the_error_summary_takes_focus_and_its_links_move_focus_to_the_fields(
    officer_page, live_server, axe_violations
):
    page = officer_page
    problems = csp_problems(page)
    visit(page, live_server, reverse("admin:directory_service_add"), "Add service")
    page.get_by_role("button", name="Save", exact=True).click()

    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("There is a problem")
    assert page.title().startswith("Error: ")
    assert _focused_id(page) == "error-summary"
    assert axe_violations(page) == []

    summary.get_by_role("link", name="Name: This field is required.").click()
    assert _focused_id(page) == "id_name"
    assert problems == []


def test_the_error_summary_is_a_list_of_links_without_javascript(
    chromium, live_server, officer, taxonomies
):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 800}
    )
    page = context.new_page()
    log_in(page, live_server, officer)
    visit(page, live_server, reverse("admin:directory_service_add"), "Add service")
    page.get_by_role("button", name="Save", exact=True).click()

    links = page.locator("#error-summary li a")
    expect(links.first).to_be_visible()
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "#id_name" in hrefs
    for href in hrefs:
        assert page.locator(href).count() == 1, href
    context.close()


@pytest.mark.parametrize(
    "width",
    [320, 640],  # 640: a 1280px screen at 200% zoom
)
def test_the_locations_inline_reflows_without_clipping(
    chromium, live_server, officer, service, width
):
    page = _page(chromium, live_server, officer, width)
    visit(
        page,
        live_server,
        reverse("admin:directory_service_change", args=[service.pk]),
        "Change service",
    )
    page.get_by_role("button", name="Add another Location").click()

    rows = page.locator("#locations-group .inline-related:not(.empty-form) .form-row")
    expect(rows.first).to_be_visible()
    sizes = rows.evaluate_all(
        "rows => rows.filter(r => r.offsetParent !== null)"
        ".map(r => [r.className, r.scrollWidth, r.clientWidth])"
    )
    assert len(sizes) >= 10  # the two locations' five fields each
    clipped = [size for size in sizes if size[1] > size[2]]
    assert clipped == []
    fields = page.locator("#locations-group .inline-related:not(.empty-form)").locator(
        ".form-row input:visible, .form-row textarea:visible"
    )
    right_edges = fields.evaluate_all(
        "fields => fields.map(f => [f.id, Math.round(f.getBoundingClientRect().right),"
        " Math.round(f.closest('.form-row').getBoundingClientRect().right)])"
    )
    assert right_edges and all(field <= row for _, field, row in right_edges), right_edges
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.context.close()


def test_add_another_location_moves_focus_to_the_new_rows_first_field(
    officer_page, live_server, service
):
    page = officer_page
    visit(
        page,
        live_server,
        reverse("admin:directory_service_change", args=[service.pk]),
        "Change service",
    )
    page.get_by_role("button", name="Add another Location").click()

    expect(page.locator("#id_locations-1-name")).to_be_focused()


def test_the_sidebar_toggle_says_whether_the_sidebar_is_open(officer_page, live_server):
    page = officer_page
    visit(
        page, live_server, reverse("admin:directory_service_changelist"), "Select service to change"
    )
    toggle = page.locator("#toggle-nav-sidebar")

    expect(toggle).to_have_attribute("aria-controls", "nav-sidebar")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#nav-sidebar")).to_be_visible()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#nav-sidebar")).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.reload()
    expect(toggle).to_have_attribute("aria-expanded", "true")


def test_the_show_counts_icon_does_not_overlap_its_words(officer_page, live_server, service):
    page = officer_page
    visit(
        page, live_server, reverse("admin:directory_service_changelist"), "Select service to change"
    )
    link = page.locator("#changelist-filter a.viewlink")
    expect(link).to_have_text("Show counts")

    gap = link.evaluate(
        """a => {
            const range = document.createRange();
            range.selectNodeContents(a);
            return range.getClientRects()[0].left - a.getBoundingClientRect().left;
        }"""
    )
    assert gap >= 16  # the eye icon is 13px wide, and a little space after it
