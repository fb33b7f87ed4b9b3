"""The public directory in real Chromium: axe-core, keyboard only, no JavaScript, small screens."""

import pytest

from tests.factories import LocationFactory, OpeningTimeFactory, ServiceFactory, area, need
from tests.postcodes.factories import PostcodeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def speech_service(taxonomies):
    service = ServiceFactory(
        name="Chatterbox speech and language therapy",
        slug="chatterbox-speech-and-language-therapy",
        summary="Help for children who find talking or understanding words hard.",
        level="targeted",
        eligibility="Children aged 5 to 11 who live in the area and find talking hard.",
        min_age=5,
        max_age=11,
        self_referral=True,
        how_to_access="Phone the team and ask for a first appointment.",
        needs=[need("speech-language-and-communication")],
        areas=[area("health")],
    )
    PostcodeFactory(postcode="BM1 4LS", outward="BM1", latitude=53.742, longitude=-1.912)
    PostcodeFactory(postcode="BM1 2AB", outward="BM1", latitude=53.75, longitude=-1.93)
    OpeningTimeFactory(location=LocationFactory(service=service))  # at BM1 4LS
    ServiceFactory(name="Saturday swimming", min_age=0, max_age=25)
    return service


def _tab_to(page, text: str, limit: int = 150) -> None:
    """Press Tab until the focused element's text contains `text`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement && document.activeElement.innerText || ''")
        if text in focused:
            return
    raise AssertionError(f"Could not reach {text!r} by keyboard")


def _tab_to_element(page, element_id: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Could not reach #{element_id} by keyboard")


PAGES = [
    ("home", "/"),
    ("search with filters", "/services/?age=7&need=speech-language-and-communication&area=health"),
    ("search with no results", "/services/?q=zzzzqqq&age=20"),
    ("search with an error", "/services/?age=abc"),
    ("search near a postcode", "/services/?postcode=BM1+2AB&within=5"),
    ("search near part of a postcode", "/services/?q=speech&postcode=bm1"),
    ("search with an unknown postcode", "/services/?postcode=BM9+9ZZ&within=5"),
    ("service page", "/services/chatterbox-speech-and-language-therapy/"),
    ("404", "/services/no-such-service/"),
]


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_page_has_no_wcag_22_aa_violations(
    browser_page, live_server, axe_violations, speech_service, name, path
):
    browser_page.goto(live_server.url + path)
    assert axe_violations(browser_page) == []


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_page_fits_a_320px_screen(chromium, live_server, speech_service, name, path):
    context = chromium.new_context(viewport={"width": 320, "height": 700})
    page = context.new_page()
    page.goto(live_server.url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert overflow <= 320


def test_keyboard_only_journey_from_home_to_a_service(browser_page, live_server, speech_service):
    page = browser_page
    page.goto(live_server.url + "/")
    _tab_to(page, "5 to 11 years")
    page.keyboard.press("Enter")
    page.wait_for_url("**/services/?age_group=5-11")
    _tab_to(page, "Chatterbox speech and language therapy")
    page.keyboard.press("Enter")
    page.wait_for_url("**/services/chatterbox-speech-and-language-therapy/")
    assert "Children aged 5 to 11" in page.inner_text("main")


def test_keyboard_search_with_a_typo_finds_the_service(browser_page, live_server, speech_service):
    page = browser_page
    page.goto(live_server.url + "/")
    _tab_to_element(page, "home-q")
    page.keyboard.type("speach therapy")
    page.keyboard.press("Enter")
    page.wait_for_url("**/services/?q=speach+therapy")
    assert "Chatterbox speech and language therapy" in page.inner_text("main")


def test_journey_without_javascript(nojs_page, live_server, speech_service):
    page = nojs_page
    page.goto(live_server.url + "/")
    page.fill("#home-q", "chaterbox")
    page.keyboard.press("Enter")
    page.wait_for_url("**/services/?q=chaterbox")
    page.get_by_role("link", name="Chatterbox speech and language therapy").click()
    assert "Phone the team and ask for a first appointment." in page.inner_text("main")
    # Filters work without JavaScript too: a plain GET form.
    page.goto(live_server.url + "/services/")
    page.get_by_text("Filter results").click()  # on a phone the filters start folded away
    page.locator("label", has_text="Speech, language and communication needs").click()
    assert page.is_checked("input[name=need][value=speech-language-and-communication]")
    page.fill("#id_age", "7")
    page.get_by_role("button", name="Apply filters").click()
    assert "1 service found" in page.inner_text("main")


def test_skip_link_is_the_first_thing_keyboard_users_reach(
    browser_page, live_server, speech_service
):
    page = browser_page
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.innerText") == "Skip to main content"


def test_on_a_phone_the_results_come_before_the_filters(chromium, live_server, speech_service):
    context = chromium.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.goto(live_server.url + "/services/?q=speech")
    first_result = page.get_by_role("link", name="Chatterbox speech and language therapy")
    top = first_result.bounding_box()["y"]
    filters_hidden = not page.locator("#id_need_0").is_visible()
    page.get_by_text("Filter results").click()
    filters_open = page.locator("#id_need_0").is_visible()
    context.close()
    assert top < 1000
    assert filters_hidden
    assert filters_open


def test_on_a_wide_screen_the_filters_show_beside_the_results(
    browser_page, live_server, speech_service
):
    browser_page.goto(live_server.url + "/services/")
    assert browser_page.locator("#id_need_0").is_visible()
    assert not browser_page.get_by_text("Filter results").is_visible()


def test_ticking_a_filter_applies_it_with_javascript(browser_page, live_server, speech_service):
    page = browser_page
    page.goto(live_server.url + "/services/")
    page.locator("label", has_text="Speech, language and communication needs").click()
    page.wait_for_url("**/services/?*need=speech-language-and-communication*")
    assert "1 service found" in page.inner_text("main")
    assert page.evaluate("document.activeElement.id") == "results-heading"


def test_postcode_search_without_javascript(nojs_page, live_server, speech_service):
    page = nojs_page
    page.goto(live_server.url + "/services/")
    assert page.get_by_role("button", name="Use my location instead of a postcode").count() == 0
    page.get_by_text("Filter results").click()  # on a phone the filters start folded away
    page.fill("#id_postcode", "bm1 2ab")
    page.get_by_role("button", name="Apply filters").click()
    main = page.inner_text("main")
    assert "Distances are measured from BM1 2AB." in main
    assert "0.9 miles away (Lantern Street Community Centre)" in main
    # A mistyped postcode keeps the words and says what is wrong.
    page.fill("#id_q", "speech")
    page.get_by_text("Filter results").click()
    page.fill("#id_postcode", "BM9 9ZZ")
    page.get_by_role("button", name="Search", exact=True).click()
    assert page.title().startswith("Error: ")
    assert "We do not know the postcode BM9 9ZZ" in page.inner_text(".govuk-error-summary")
    assert page.input_value("#id_q") == "speech"
    assert "1 service found" in page.inner_text("main")


def test_use_my_location_sends_only_rounded_coordinates(chromium, live_server, speech_service):
    context = chromium.new_context(
        viewport={"width": 1024, "height": 900},
        permissions=["geolocation"],
        geolocation={"latitude": 53.751234, "longitude": -1.934567},
    )
    page = context.new_page()
    page.goto(live_server.url + "/services/?q=speech")
    page.get_by_role("button", name="Use my location instead of a postcode").click()
    page.wait_for_url("**near=53.75%2C-1.93*")
    main = page.inner_text("main")
    context.close()
    assert "Distances are measured from your approximate location." in main
    assert "miles away (Lantern Street Community Centre)" in main
