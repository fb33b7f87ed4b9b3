"""The provider portal in a real browser: axe (WCAG 2.2 A and AA) on every page and error
state, the whole journey from invitation to a published change, and the portal with
JavaScript off and by keyboard only.
"""

import re

import pytest
from django.core import mail
from django.urls import reverse
from playwright.sync_api import expect

from core import pagecache
from providers.models import ChangeRequest, Invitation
from tests.browser.helpers import csp_problems, log_in
from tests.directory.test_admin_plain_english import HARD
from tests.factories import LocationFactory, OpeningTimeFactory, ServiceFactory, area, need
from tests.providers.factories import change_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "lantern-heron-47-quietly"


@pytest.fixture(autouse=True)
def _immediate_tasks(settings, live_server):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url


@pytest.fixture
def own_service(provider, taxonomies):
    service = ServiceFactory(
        organisation=provider.organisation,
        name="Willowmere Saturday Club",
        slug="willowmere-saturday-club",
        areas=[area("social-care")],
        needs=[need("autism")],
    )
    location = LocationFactory(service=service, name="Willowmere Hall", postcode="BM2 1AA")
    OpeningTimeFactory(location=location, weekday=5, opens="10:00", closes="12:00")
    return service


@pytest.fixture
def provider_page(browser_page, live_server, provider):
    log_in(browser_page, live_server, provider)
    return browser_page


def go(page, live_server, url):
    response = page.goto(f"{live_server.url}{url}")
    assert response.status < 500
    return response


PORTAL_PAGES = [
    ("providers:dashboard", {}, "Your services"),
    ("providers:service_detail", {"slug": "willowmere-saturday-club"}, "Willowmere Saturday Club"),
    ("providers:service_change", {"slug": "willowmere-saturday-club"}, "Propose a change"),
    (
        "providers:service_confirm",
        {"slug": "willowmere-saturday-club"},
        "Confirm the entry is still accurate",
    ),
    (
        "providers:service_archive",
        {"slug": "willowmere-saturday-club"},
        "Ask for the service to be removed",
    ),
    ("providers:service_new", {}, "Propose a new service"),
]


@pytest.mark.parametrize(("name", "kwargs", "heading"), PORTAL_PAGES)
def test_portal_pages_have_no_axe_violations(
    provider_page, live_server, axe_violations, own_service, name, kwargs, heading
):
    problems = csp_problems(provider_page)
    go(provider_page, live_server, reverse(name, kwargs=kwargs))
    expect(provider_page.get_by_role("heading", name=heading, level=1)).to_be_visible()
    assert axe_violations(provider_page) == []
    assert problems == []


def test_change_pages_have_no_axe_violations(
    provider_page, live_server, axe_violations, own_service, provider
):
    change = change_for(own_service, provider, summary="<b>Bold</b> new summary.")
    for url in [
        reverse("providers:change_detail", kwargs={"pk": change.pk}),
        reverse("providers:change_withdraw", kwargs={"pk": change.pk}),
    ]:
        go(provider_page, live_server, url)
        expect(provider_page.locator("h1")).to_be_visible()
        assert axe_violations(provider_page) == [], url
    change.status = ChangeRequest.Status.REJECTED
    change.rejection_reason = "Please keep it plain."
    change.save()
    go(provider_page, live_server, reverse("providers:change_detail", kwargs={"pk": change.pk}))
    expect(provider_page.get_by_text("Please keep it plain.")).to_be_visible()
    assert axe_violations(provider_page) == []


def test_the_proposal_form_with_errors_has_no_axe_violations(
    provider_page, live_server, axe_violations, own_service
):
    go(
        provider_page,
        live_server,
        reverse("providers:service_change", kwargs={"slug": own_service.slug}),
    )
    provider_page.get_by_label("Summary").fill("")
    provider_page.get_by_label("Specialist (longer-term specialised support)").check()
    provider_page.locator("#id_locations-0-day_2").fill("nine till late")
    provider_page.get_by_role("button", name="Send to the council for approval").click()
    summary = provider_page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()  # GOV.UK Frontend moves focus to it
    assert provider_page.title().startswith("Error: ")
    expect(summary.get_by_role("link", name=re.compile("Enter a short summary"))).to_be_visible()
    assert axe_violations(provider_page) == []
    # The link takes the person to the field.
    summary.get_by_role("link", name=re.compile("Wednesday")).click()
    expect(provider_page.locator("#id_locations-0-day_2")).to_be_focused()


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/provider/sign-in/", "Sign in to the provider portal"),
        ("/provider/password-reset/", "Reset your password"),
        (
            "/provider/invitation/not-a-real-invitation-token-000000/",
            "This invitation link does not work",
        ),
        ("/provider/password-reset/sent/", "Check your email"),
        ("/provider/signed-out/", "You have signed out"),
    ],
)
def test_signed_out_pages_have_no_axe_violations(
    browser_page, live_server, axe_violations, url, heading
):
    go(browser_page, live_server, url)
    expect(browser_page.get_by_role("heading", name=heading, level=1)).to_be_visible()
    assert axe_violations(browser_page) == []


def test_sign_in_errors_have_no_axe_violations(browser_page, live_server, axe_violations, db):
    go(browser_page, live_server, "/provider/sign-in/")
    browser_page.get_by_role("button", name="Sign in").click()
    expect(browser_page.locator(".govuk-error-summary")).to_be_visible()
    assert axe_violations(browser_page) == []


def test_the_approvals_queue_has_no_axe_violations(
    browser_page, live_server, axe_violations, officer, own_service, provider
):
    change = change_for(own_service, provider, summary="A clearer summary.", needs=[])
    from directory.models import Service

    Service.objects.filter(pk=own_service.pk).update(summary="An officer's newer summary.")
    log_in(browser_page, live_server, officer)
    go(browser_page, live_server, reverse("admin:providers_changerequest_changelist"))
    expect(browser_page.get_by_role("link", name=str(change))).to_be_visible()
    assert axe_violations(browser_page) == []
    go(browser_page, live_server, reverse("admin:providers_changerequest_change", args=[change.pk]))
    expect(browser_page.get_by_role("button", name="Approve and publish")).to_be_visible()
    expect(browser_page.get_by_text("has changed since the provider proposed this")).to_be_visible()
    assert axe_violations(browser_page) == []
    for url in [
        reverse("admin:providers_invitation_add"),
        reverse("admin:providers_invitation_changelist"),
        reverse("admin:providers_providermembership_changelist"),
        reverse("admin:providers_serviceforreview_changelist"),
    ]:
        go(browser_page, live_server, url)
        assert axe_violations(browser_page) == [], url


def test_the_whole_journey(browser_page, live_server, officer, taxonomies, chromium):
    """Officer invites; provider accepts and sets a password; proposes an eligibility and
    opening-times change; the public page is unchanged; officer approves; the public page
    changes; history shows both people."""
    from tests.factories import OrganisationFactory

    organisation = OrganisationFactory(name="Kestrel Play Trust", slug="kestrel-play-trust")
    service = ServiceFactory(
        organisation=organisation,
        name="Kestrel Saturday Club",
        slug="kestrel-saturday-club",
        areas=[area("social-care")],
    )
    location = LocationFactory(service=service, name="Kestrel Hall", postcode="BM2 1AA")
    OpeningTimeFactory(location=location, weekday=5, opens="10:00", closes="12:00")

    # The officer invites the provider in admin.
    officer_page = browser_page
    log_in(officer_page, live_server, officer)
    go(officer_page, live_server, reverse("admin:providers_invitation_add"))
    officer_page.get_by_label("Email address").fill("sam.reed@example.org")
    officer_page.get_by_label("Organisation").select_option(label="Kestrel Play Trust")
    officer_page.get_by_role("button", name="Save", exact=True).click()
    expect(officer_page.locator(".messagelist")).to_be_visible()
    assert Invitation.objects.get().email == "sam.reed@example.org"
    (message,) = mail.outbox
    link = re.search(r"(/provider/invitation/[^/\s]+/)", message.body).group(1)

    # The provider, in their own browser, accepts and chooses a password.
    context = chromium.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    go(page, live_server, link)
    page.get_by_label("Your first name").fill("Sam")
    page.get_by_label("Your last name").fill("Reed")
    page.get_by_label("Create a password").fill(PASSWORD)
    page.get_by_label("Type the password again").fill(PASSWORD)
    page.get_by_role("button", name="Accept the invitation").click()
    expect(page.get_by_role("heading", name="Your services", level=1)).to_be_visible()

    # Proposes an eligibility and opening-times change.
    page.get_by_role("link", name="Kestrel Saturday Club").click()
    page.get_by_role("link", name="Propose a change").click()
    page.get_by_label("Targeted (extra support for some)").check()
    page.get_by_label("Eligibility criteria").fill("Disabled children aged 5 to 11.")
    page.locator("#id_locations-0-day_5").fill("09:30 to 13:00")
    page.get_by_role("button", name="Send to the council for approval").click()
    expect(page.get_by_text("Waiting for approval").first).to_be_visible()

    # Families still see the old entry.
    public = reverse("directory:service_detail", kwargs={"slug": service.slug})
    pagecache.reset()
    go(page, live_server, public)
    expect(page.get_by_text("Disabled children aged 5 to 11.")).to_have_count(0)

    # The officer approves.
    change = ChangeRequest.objects.get()
    go(officer_page, live_server, reverse("admin:providers_changerequest_change", args=[change.pk]))
    expect(officer_page.get_by_text("Disabled children aged 5 to 11.")).to_be_visible()
    officer_page.get_by_role("button", name="Approve and publish").click()
    expect(officer_page.get_by_text("Families can see it now")).to_be_visible()

    # Families now see it.
    pagecache.reset()
    go(page, live_server, public)
    expect(page.get_by_text("Disabled children aged 5 to 11.")).to_be_visible()
    expect(page.get_by_text("9:30am to 1pm").first).to_be_visible()

    # History shows both people.
    go(officer_page, live_server, reverse("admin:directory_service_history", args=[service.pk]))
    expect(officer_page.get_by_text("Sam Reed").first).to_be_visible()
    expect(officer_page.get_by_text(re.compile("approved by")).first).to_be_visible()
    context.close()


def test_without_javascript_a_provider_confirms_and_proposes(
    nojs_page, live_server, provider, own_service
):
    log_in(nojs_page, live_server, provider)
    go(
        nojs_page,
        live_server,
        reverse("providers:service_detail", kwargs={"slug": own_service.slug}),
    )
    nojs_page.get_by_role("link", name="Confirm it is still accurate").click()
    nojs_page.get_by_role("button", name="Confirm it is accurate").click()
    expect(nojs_page.get_by_text("Thank you. You confirmed")).to_be_visible()
    nojs_page.get_by_role("link", name="Propose a change").click()
    nojs_page.get_by_label("Summary").fill("A new summary, sent without JavaScript.")
    nojs_page.get_by_role("button", name="Send to the council for approval").click()
    expect(nojs_page.get_by_text("Waiting for approval").first).to_be_visible()
    assert ChangeRequest.objects.get().proposed["summary"] == (
        "A new summary, sent without JavaScript."
    )


def test_keyboard_only_a_provider_signs_in_and_withdraws(
    browser_page, live_server, own_service, provider
):
    change_for(own_service, provider, summary="Withdraw me.")
    page = browser_page
    go(page, live_server, "/provider/sign-in/")
    page.keyboard.press("Tab")  # skip link
    page.get_by_label("Email address").focus()
    page.keyboard.type(provider.email)
    page.keyboard.press("Tab")
    page.keyboard.type("a-long-test-password-42")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Your services", level=1)).to_be_visible()
    page.get_by_role("link", name=re.compile("Change to a service")).focus()
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Withdraw the change").focus()
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Withdraw the change").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("You withdrew the change")).to_be_visible()
    assert ChangeRequest.objects.get().status == ChangeRequest.Status.WITHDRAWN


def test_without_javascript_a_provider_checks_the_wording(
    nojs_page, live_server, provider, own_service
):
    log_in(nojs_page, live_server, provider)
    go(
        nojs_page,
        live_server,
        reverse("providers:service_change", kwargs={"slug": own_service.slug}),
    )
    nojs_page.get_by_label("Description").fill(HARD)
    nojs_page.get_by_role("button", name="Check the wording").click()
    box = nojs_page.locator("#plain-english")
    expect(
        box.get_by_role("heading", name="How easy the text you typed is to read")
    ).to_be_visible()
    expect(
        box.get_by_text(re.compile(r"^Reading ease: -\d+ \(harder than the target"))
    ).to_be_visible()
    expect(box.get_by_text("Try splitting them.")).to_be_visible()
    assert nojs_page.url.endswith("#plain-english")
    assert not ChangeRequest.objects.exists()
