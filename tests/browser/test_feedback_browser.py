"""Feedback in a real browser: accessibility (axe, WCAG 2.2 A and AA) and the whole journey.

The journey is the issue's definition of done: a parent comments from a
service page without JavaScript; a moderator anonymises and approves it in
admin, groups it into a "you said, we did" entry and publishes the report; the
public report shows it with no identifying detail.
"""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from feedback.models import Comment, ReportingPeriod
from tests.factories import ServiceFactory
from tests.feedback.factories import (
    CommentFactory,
    ReportingPeriodFactory,
    YouSaidWeDidFactory,
)
from tests.signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IDENTIFYING_COMMENT = (
    "The speech therapy group is brilliant. Mrs Patel runs it. Ring me on 07700 900123 "
    "if you want to know more."
)


def fill_comment(page, text=IDENTIFYING_COMMENT):
    page.get_by_label("The information, or the quality of services and support").check()
    page.get_by_label("Your comment").fill(text)
    page.get_by_label("A parent or carer").check()
    page.get_by_role("button", name="Send comment").click()


def log_in(page, live_server, user):
    client = sign_in(Client(), user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


# --- accessibility --------------------------------------------------------------------


def test_the_comment_form_has_no_axe_violations(browser_page, live_server, axe_violations):
    browser_page.goto(f"{live_server.url}/feedback/")
    assert axe_violations(browser_page) == []


def test_the_form_with_errors_has_no_axe_violations(browser_page, live_server, axe_violations):
    browser_page.goto(f"{live_server.url}/feedback/")
    browser_page.get_by_role("button", name="Send comment").click()
    expect(browser_page.locator(".govuk-error-summary")).to_be_visible()
    assert browser_page.title().startswith("Error: ")
    assert axe_violations(browser_page) == []


def test_a_too_long_comment_shows_the_count_and_the_error_accessibly(
    browser_page, live_server, axe_violations
):
    browser_page.goto(f"{live_server.url}/feedback/")
    browser_page.get_by_label("Your comment").fill("a" * 5100)
    expect(browser_page.get_by_text("You have 100 characters too many").first).to_be_visible()
    browser_page.get_by_role("button", name="Send comment").click()
    expect(browser_page.get_by_text("must be 5,000 characters or fewer").first).to_be_visible()
    assert len(browser_page.get_by_label("Your comment").input_value()) == 5100
    assert axe_violations(browser_page) == []


def test_the_confirmation_has_no_axe_violations(browser_page, live_server, axe_violations):
    browser_page.goto(f"{live_server.url}/feedback/")
    browser_page.get_by_label("The Local Offer in general").check()
    fill_comment(browser_page, "The search is much better now. Thank you.")
    expect(browser_page.locator(".govuk-panel--confirmation")).to_be_visible()
    assert axe_violations(browser_page) == []


def test_the_too_many_comments_page_has_no_axe_violations(
    browser_page, live_server, axe_violations, settings
):
    settings.FEEDBACK_RATE_LIMITS = [(1, 600)]
    for text in ["First comment.", "Second comment."]:
        browser_page.goto(f"{live_server.url}/feedback/")
        browser_page.get_by_label("The Local Offer in general").check()
        fill_comment(browser_page, text)
    expect(
        browser_page.get_by_role("heading", name="You have sent a lot of comments")
    ).to_be_visible()
    assert axe_violations(browser_page) == []


def test_a_report_page_has_no_axe_violations(browser_page, live_server, axe_violations):
    period = ReportingPeriodFactory(published=True, slug="year-one")
    YouSaidWeDidFactory(period=period, status="not_possible", reason_not_possible="Cost.")
    entry = YouSaidWeDidFactory(period=period, status="in_progress")
    CommentFactory(publishable=True, is_example=True, topic=entry)
    CommentFactory(publishable=True, is_example=True, anonymised_text="A loose example.")
    browser_page.goto(f"{live_server.url}/feedback/reports/year-one/")
    assert axe_violations(browser_page) == []


def test_the_report_list_has_no_axe_violations(browser_page, live_server, axe_violations):
    ReportingPeriodFactory(published=True)
    browser_page.goto(f"{live_server.url}/feedback/reports/")
    assert axe_violations(browser_page) == []


def test_the_comment_form_breaks_no_content_security_policy(browser_page, live_server):
    problems = []
    browser_page.on(
        "console",
        lambda message: (
            problems.append(message.text)
            if "Content Security Policy" in message.text or message.type == "error"
            else None
        ),
    )
    browser_page.goto(f"{live_server.url}/feedback/")
    text = "Checking the character count runs."
    browser_page.get_by_label("Your comment").fill(text)
    remaining = f"You have {5000 - len(text):,} characters remaining"
    expect(browser_page.get_by_text(remaining).first).to_be_visible()
    assert problems == []


def test_the_report_prints_without_navigation_or_forms(browser_page, live_server):
    ReportingPeriodFactory(published=True, slug="print-me")
    page = browser_page
    page.goto(f"{live_server.url}/feedback/reports/print-me/")
    # The report has no form of its own: add one, as a later search box or footer form
    # would, to show the print stylesheet hides any form on the page.
    page.locator("main").evaluate(
        "main => main.insertAdjacentHTML('beforeend', "
        '\'<form id="probe-form"><button type="submit">Search</button></form>\')'
    )
    navigation = page.locator(".govuk-service-navigation__wrapper")
    forms = page.locator("form")
    page.emulate_media(media="screen")
    expect(navigation).to_be_visible()
    expect(page.locator("#probe-form")).to_be_visible()

    page.emulate_media(media="print")
    expect(navigation).to_be_hidden()
    expect(page.locator(".govuk-phase-banner")).to_be_hidden()
    assert forms.count() >= 1
    for index in range(forms.count()):
        expect(forms.nth(index)).to_be_hidden()
    expect(page.get_by_role("heading", name="How we asked for comments")).to_be_visible()


# --- the whole journey -------------------------------------------------------------------


def test_a_parent_comments_without_javascript_and_it_is_published_anonymously(
    nojs_page, browser_page, live_server, moderator
):
    service = ServiceFactory(name="Chatterbox Speech Group", slug="chatterbox-speech-group")

    # A parent, without JavaScript, comments from the service page.
    nojs_page.goto(f"{live_server.url}/services/{service.slug}/")
    nojs_page.get_by_role("link", name="Comment on this service").click()
    expect(
        nojs_page.get_by_role("heading", name="Give feedback on the Local Offer")
    ).to_be_visible()
    assert nojs_page.get_by_label("A service").is_checked()
    assert nojs_page.get_by_label("Which service?").input_value() == service.slug
    fill_comment(nojs_page)
    panel = nojs_page.locator(".govuk-panel--confirmation")
    reference = re.search(r"LO-\d{4}-\d{5}", panel.inner_text()).group(0)
    comment = Comment.objects.get(reference=reference)
    assert comment.service == service

    # A moderator finds it in the queue, checks the highlighted redactions and approves.
    page = browser_page
    log_in(page, live_server, moderator)
    page.goto(f"{live_server.url}/admin/feedback/commenttomoderate/")
    page.get_by_role("link", name=reference).click()
    expect(page.locator("mark.app-redaction")).to_have_count(2)
    anonymised = page.locator("#id_anonymised_text")
    assert "Patel" not in anonymised.input_value()
    anonymised.fill(anonymised.input_value().replace("speech therapy group", "group"))
    page.get_by_label("For publication", exact=True).check()
    page.get_by_label("I have checked the anonymised text: it identifies no one").check()
    page.get_by_label("Show as an example comment").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    comment.refresh_from_db()
    assert comment.is_publishable

    # The year's report, with an entry the comment is grouped into, is published.
    period = ReportingPeriodFactory(title="Our first year", slug="first-year")
    entry = YouSaidWeDidFactory(period=period, topic="Speech and language groups")
    page.goto(f"{live_server.url}/admin/feedback/comment/")
    page.locator(f'input[name="_selected_action"][value="{comment.pk}"]').check()
    page.locator('select[name="action"]').select_option("group_into_topic")
    page.locator('select[name="topic"]').select_option(str(entry.pk))
    page.get_by_role("button", name="Run").click()
    expect(page.get_by_text("1 comment(s) grouped into")).to_be_visible()

    page.goto(f"{live_server.url}/admin/feedback/reportingperiod/{period.pk}/change/")
    page.get_by_role("button", name="Save and publish").click()
    expect(page.get_by_text("'Our first year' is published.")).to_be_visible()
    assert ReportingPeriod.objects.published().filter(pk=period.pk).exists()

    # The public report shows the anonymised comment and nothing that identifies anyone.
    nojs_page.goto(f"{live_server.url}/feedback/reports/")
    nojs_page.get_by_role("link", name="Our first year").click()
    body = nojs_page.locator("main").inner_text()
    assert "Speech and language groups" in body
    assert "The group is brilliant. [name removed] runs it." in body
    for detail in ["Patel", "07700", "900123"]:
        assert detail not in nojs_page.content()
