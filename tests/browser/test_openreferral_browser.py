"""The open data page in a real browser: axe (WCAG 2.2 A and AA) and no CSP problems."""

import pytest

from tests.browser.helpers import csp_problems, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_open_data_page_has_no_axe_violations(
    browser_page, live_server, axe_violations, taxonomies
):
    problems = csp_problems(browser_page)
    visit(browser_page, live_server, "/open-data/", "Open data")
    assert axe_violations(browser_page) == []
    assert problems == []
