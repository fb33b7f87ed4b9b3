"""Small helpers shared by the admin browser tests."""

from django.test import Client
from playwright.sync_api import expect

from tests.signin import sign_in


def log_in(page, live_server, user):
    """Sign the page's browser in as `user` (a session made by Django's test client)."""
    client = sign_in(Client(), user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def csp_problems(page):
    """A list that fills with any Content Security Policy messages the page logs."""
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return problems


def visit(page, live_server, url, heading):
    """Open a page and wait until its heading shows."""
    response = page.goto(f"{live_server.url}{url}")
    assert response.status == 200
    expect(page.get_by_role("heading", name=heading, exact=True).first).to_be_visible()
