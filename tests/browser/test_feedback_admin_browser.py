"""The feedback admin in a real browser: accessibility (axe, WCAG 2.2 A and AA) and CSP.

Moderators work in these pages every day, so they are held to the same bar as
the public site: zero axe violations and nothing blocked by the Content
Security Policy on each page a moderator uses.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from feedback.models import Comment, YouSaidWeDid
from tests.browser.helpers import csp_problems, log_in, visit
from tests.feedback.factories import (
    CommentContactFactory,
    CommentFactory,
    RedactionTermFactory,
    ReportingPeriodFactory,
    YouSaidWeDidFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IDENTIFYING_COMMENT = (
    "Mrs Patel at the speech group was very kind.\n"
    "Email me at jo.bloggs@example.org or ring 07700 900123 if you want to know more."
)


@pytest.fixture
def moderator_page(browser_page, live_server, moderator):
    log_in(browser_page, live_server, moderator)
    return browser_page


def spam_trapped(**kwargs):
    return CommentFactory(
        caught_by_spam_trap=True,
        status=Comment.Status.NOT_FOR_PUBLICATION,
        not_published_reason=Comment.NotPublishedReason.SPAM,
        text="Cheap watches at example.com",
        **kwargs,
    )


# --- the pages ------------------------------------------------------------------------


def test_admin_index_with_the_overdue_report_warning(moderator_page, live_server, axe_violations):
    problems = csp_problems(moderator_page)
    visit(moderator_page, live_server, reverse("admin:index"), "Manage the Local Offer")
    warning = moderator_page.locator(".messagelist .warning")
    expect(warning).to_contain_text("No 'you said, we did' report has been published")
    expect(warning.get_by_role("link", name="Reporting periods")).to_be_visible()
    assert axe_violations(moderator_page) == []
    assert problems == []


def test_moderation_queue(moderator_page, live_server, axe_violations):
    CommentFactory()
    CommentFactory(status=Comment.Status.FOR_PUBLICATION, text=IDENTIFYING_COMMENT)
    spam_trapped()
    problems = csp_problems(moderator_page)
    visit(
        moderator_page,
        live_server,
        reverse("admin:feedback_commenttomoderate_changelist"),
        "Moderation queue: comments waiting for a decision or an approval",
    )
    expect(moderator_page.locator("#result_list tbody tr")).to_have_count(2)
    expect(
        moderator_page.get_by_role("link", name="Check the comments caught by the spam trap")
    ).to_be_visible()
    assert axe_violations(moderator_page) == []
    assert problems == []


# Django admin follows the system's dark mode; the highlights have colours of their own.
@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_comment_change_page_with_highlighted_redactions(
    moderator_page, live_server, axe_violations, color_scheme
):
    moderator_page.emulate_media(color_scheme=color_scheme)
    comment = CommentFactory(text=IDENTIFYING_COMMENT)
    CommentContactFactory(comment=comment)
    YouSaidWeDidFactory(topic="Short breaks")
    problems = csp_problems(moderator_page)
    visit(
        moderator_page,
        live_server,
        reverse("admin:feedback_comment_change", args=[comment.pk]),
        "Change comment",
    )
    marks = moderator_page.locator(".app-redaction-preview mark")
    expect(marks).to_have_count(3)
    # The entry is a plain select with a name (the autocomplete widget had none).
    expect(
        moderator_page.get_by_role("combobox", name="You said, we did entry:", exact=True)
    ).to_be_visible()
    assert axe_violations(moderator_page) == []
    assert problems == []


def test_highlighted_redactions_say_what_was_found_to_screen_readers(moderator_page, live_server):
    comment = CommentFactory(text=IDENTIFYING_COMMENT)
    visit(
        moderator_page,
        live_server,
        reverse("admin:feedback_comment_change", args=[comment.pk]),
        "Change comment",
    )
    preview = moderator_page.locator(".app-redaction-preview")
    marks = preview.locator("mark")
    expect(marks).to_have_count(3)
    # A highlight is only a colour, which screen readers do not announce: each one is
    # followed by visually hidden words saying what would be removed.
    found = marks.evaluate_all(
        """marks => marks.map(mark => {
            const label = mark.nextElementSibling;
            const box = label.getBoundingClientRect();
            return [
                mark.textContent,
                label.className,
                label.textContent,
                box.width <= 1 && box.height <= 1,
            ];
        })"""
    )
    assert found == [
        ["Mrs Patel", "visually-hidden", " (removed: name)", True],
        ["jo.bloggs@example.org", "visually-hidden", " (removed: email address)", True],
        ["07700 900123", "visually-hidden", " (removed: phone number)", True],
    ]
    # What a screen reader reads, in order.
    expect(preview).to_contain_text(
        "Mrs Patel (removed: name) at the speech group was very kind."
        "Email me at jo.bloggs@example.org (removed: email address) or ring "
        "07700 900123 (removed: phone number) if you want to know more."
    )
    # Not colour alone for sighted users either: each highlight has a dark border.
    border = marks.first.evaluate("m => getComputedStyle(m).borderTopStyle")
    assert border == "solid"


def test_reporting_period_change_page(moderator_page, live_server, axe_violations):
    period = ReportingPeriodFactory(title="Our first year")
    entry = YouSaidWeDidFactory(period=period, topic="Short breaks")
    YouSaidWeDidFactory(
        period=period,
        topic="Transport",
        status=YouSaidWeDid.Status.NOT_POSSIBLE,
        reason_not_possible="The budget was spent.",
    )
    CommentFactory(topic=entry)
    CommentFactory()  # waiting for moderation
    problems = csp_problems(moderator_page)
    visit(
        moderator_page,
        live_server,
        reverse("admin:feedback_reportingperiod_change", args=[period.pk]),
        "Change reporting period",
    )
    expect(moderator_page.get_by_role("button", name="Save and publish")).to_be_visible()
    assert axe_violations(moderator_page) == []

    # An entry added with "Add another" is labelled too.
    topics = moderator_page.get_by_label("Topic:").filter(visible=True)
    expect(topics).to_have_count(2)
    moderator_page.get_by_role("button", name="Add another you said, we did entry").click()
    expect(topics).to_have_count(3)
    assert axe_violations(moderator_page) == []
    assert problems == []


def test_you_said_we_did_change_page(moderator_page, live_server, axe_violations):
    entry = YouSaidWeDidFactory(topic="Short breaks")
    CommentFactory(topic=entry)
    CommentFactory(topic=entry, publishable=True)
    problems = csp_problems(moderator_page)
    visit(
        moderator_page,
        live_server,
        reverse("admin:feedback_yousaidwedid_change", args=[entry.pk]),
        "Change you said, we did entry",
    )
    expect(moderator_page.locator(".field-grouped_comments a")).to_have_count(2)
    assert axe_violations(moderator_page) == []
    assert problems == []


def test_redaction_terms_changelist(moderator_page, live_server, axe_violations):
    RedactionTermFactory(term="Larkspur Primary", note="A school")
    RedactionTermFactory(term="Ms Oakfield")
    problems = csp_problems(moderator_page)
    visit(
        moderator_page,
        live_server,
        reverse("admin:feedback_redactionterm_changelist"),
        "Select name to remove to change",
    )
    expect(moderator_page.locator("#result_list tbody tr")).to_have_count(2)
    assert axe_violations(moderator_page) == []
    assert problems == []


def test_comment_changelist_with_the_spam_trap_filter(moderator_page, live_server, axe_violations):
    spam_trapped()
    spam_trapped()
    CommentFactory()
    ReportingPeriodFactory()
    problems = csp_problems(moderator_page)
    visit(
        moderator_page,
        live_server,
        reverse("admin:feedback_comment_changelist") + "?spam_trap=caught",
        "Select comment to change",
    )
    expect(moderator_page.locator("#result_list tbody tr")).to_have_count(2)
    expect(
        moderator_page.locator("#changelist-filter").get_by_role(
            "link", name="Caught by the spam trap"
        )
    ).to_be_visible()
    assert axe_violations(moderator_page) == []
    assert problems == []
