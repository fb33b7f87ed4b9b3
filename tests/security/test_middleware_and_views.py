"""The security middleware and pages in detail: idle timeout to the second, the
Permissions-Policy header, the 503 page and when it is given, security.txt and the
lockout page (security.middleware, security.views)."""

import logging
import re
from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import timezone

from security import middleware
from security.middleware import (
    LAST_SEEN_KEY,
    DatabaseUnavailableMiddleware,
    PermissionsPolicyMiddleware,
    unavailable_response,
)
from security.models import AuditEvent
from security.views import locked_out, server_error
from tests.factories import UserFactory
from tests.signin import sign_in

pytestmark = pytest.mark.django_db

ADMIN = reverse("admin:index")
START = 1_800_000_000.0


@pytest.fixture
def clock(monkeypatch):
    """The middleware's clock, moved by hand."""
    now = {"t": START}
    monkeypatch.setattr(middleware.time, "time", lambda: now["t"])
    return now


@pytest.fixture
def staff(db):
    return UserFactory(username="staffer", is_staff=True, is_superuser=True)


def last_seen(client):
    return client.session.get(LAST_SEEN_KEY)


# --- idle timeout -----------------------------------------------------------------------


def test_idle_time_is_measured_to_the_second(client, staff, clock, settings):
    settings.STAFF_IDLE_TIMEOUT = timedelta(minutes=30)
    sign_in(client, staff)
    assert client.get(ADMIN).status_code == 200
    assert last_seen(client) == START
    clock["t"] = START + 30 * 60  # exactly the limit: still signed in
    assert client.get(ADMIN).status_code == 200
    assert last_seen(client) == START + 30 * 60
    clock["t"] += 30 * 60 + 1  # one second over
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get(action="timed_out")
    assert (event.user, event.username, event.ip_address) == (staff, "staffer", "127.0.0.1")


def test_the_last_seen_time_is_written_at_most_once_a_minute(client, staff, clock):
    sign_in(client, staff)
    client.get(ADMIN)
    clock["t"] = START + 60  # not more than a minute: the session is not written
    client.get(ADMIN)
    assert last_seen(client) == START
    clock["t"] = START + 61
    client.get(ADMIN)
    assert last_seen(client) == START + 61


def test_people_who_are_not_staff_are_not_timed_by_this(client, clock):
    person = UserFactory(username="provider", is_staff=False)
    client.force_login(person)
    client.get(reverse("home"))
    assert last_seen(client) is None
    session = client.session
    session[LAST_SEEN_KEY] = START - 24 * 60 * 60
    session.save()
    client.get(reverse("home"))
    assert "_auth_user_id" in client.session
    assert not AuditEvent.objects.filter(action="timed_out").exists()


def test_visitors_with_a_session_but_not_signed_in_are_not_timed(client, clock):
    session = client.session
    session["shortlist"] = []
    session.save()
    client.get(reverse("home"))
    assert last_seen(client) is None


def test_a_request_that_has_no_user_is_let_through(rf, settings):
    request = rf.get("/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "abc"
    request.session = {}
    response = middleware.StaffIdleTimeoutMiddleware(lambda r: HttpResponse("ok"))(request)
    assert response.content == b"ok"
    assert request.session == {}


def test_requests_without_a_session_cookie_never_read_the_session(rf):
    request = rf.get("/")
    request.session = mock.Mock()
    request.user = mock.Mock(is_authenticated=True, is_staff=True)
    response = middleware.StaffIdleTimeoutMiddleware(lambda r: HttpResponse("ok"))(request)
    assert response.content == b"ok"
    request.session.get.assert_not_called()


# --- Permissions-Policy -----------------------------------------------------------------


def policy(settings, allowed=()):
    return ", ".join(f"{f}=({'self' if f in allowed else ''})" for f in settings.PERMISSIONS_POLICY)


def test_every_feature_listed_is_switched_off(client, settings):
    header = client.get(reverse("home"))["Permissions-Policy"]
    assert header == policy(settings)
    assert header.startswith("accelerometer=(), camera=(), geolocation=(), ")


def test_the_search_page_may_ask_where_the_browser_is(client, settings):
    header = client.get(reverse("directory:service_search"))["Permissions-Policy"]
    assert header == policy(settings, allowed=("geolocation",))
    assert "geolocation=(self)" in header
    assert "camera=()" in header


def test_a_view_s_own_permissions_policy_is_kept(rf):
    def view(request):
        response = HttpResponse()
        response["Permissions-Policy"] = "camera=(self)"
        return response

    response = PermissionsPolicyMiddleware(view)(rf.get("/"))
    assert response["Permissions-Policy"] == "camera=(self)"


# --- the 503 page -------------------------------------------------------------------------


def test_the_503_page_is_the_designed_page_with_the_council_s_details(rf, settings):
    settings.COUNCIL_NAME = "Exampleshire Council"
    settings.SITE_NAME = "Exampleshire Local Offer"
    settings.COUNCIL_CONTACT_PHONE = "01632 960123"
    settings.COUNCIL_CONTACT_EMAIL = "help@exampleshire.example"
    response = unavailable_response(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert (
        "<title>Sorry, the service is unavailable - Exampleshire Local Offer"
        " - Exampleshire Council</title>" in html
    )
    assert "This part of the Exampleshire Local Offer is not working" in html
    assert "Phone 01632 960123 or email" in html
    assert 'href="mailto:help@exampleshire.example"' in html
    assert 'class="govuk-skip-link"' in html


def test_if_the_503_page_cannot_be_drawn_plain_words_are_sent(rf, settings, caplog):
    settings.COUNCIL_CONTACT_PHONE = "01632 960123"
    settings.COUNCIL_CONTACT_EMAIL = "help@exampleshire.example"
    with mock.patch.object(middleware, "render_to_string", side_effect=RuntimeError("broken")):
        response = unavailable_response(rf.get("/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response.content.decode() == (
        "<!DOCTYPE html><html lang='en'><title>Sorry, the service is unavailable</title>"
        "<h1>Sorry, the service is unavailable</h1>"
        "<p>Phone 01632 960123 or email help@exampleshire.example.</p></html>"
    )
    assert caplog.records[-1].getMessage() == "The 503 page could not be rendered."


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_database_outage_raised_by_later_middleware_gets_the_503(rf, error, caplog):
    def down(request):
        raise error("server closed the connection")

    with caplog.at_level(logging.ERROR, logger="security.middleware"):
        response = DatabaseUnavailableMiddleware(down)(rf.get("/somewhere/"))
    assert response.status_code == 503
    assert caplog.records[-1].getMessage() == "The database is unavailable: /somewhere/"


def test_other_errors_raised_by_later_middleware_are_not_hidden(rf):
    def broken(request):
        raise ValueError("a bug")

    with pytest.raises(ValueError, match="a bug"):
        DatabaseUnavailableMiddleware(broken)(rf.get("/"))


def test_which_view_errors_get_the_503(rf, caplog):
    check = DatabaseUnavailableMiddleware(lambda r: HttpResponse()).process_exception
    request = rf.get("/page/")
    with caplog.at_level(logging.ERROR, logger="security.middleware"):
        assert check(request, OperationalError("down")).status_code == 503
    assert caplog.records[-1].getMessage() == "The database is unavailable: /page/"
    assert check(request, InterfaceError("closed")).status_code == 503
    assert check(request, ValueError("a bug")) is None
    # Another database error is an outage only when the connection has gone.
    with mock.patch.object(middleware.connection, "is_usable", return_value=True):
        assert check(request, DatabaseError("a bad query")) is None
    with mock.patch.object(middleware.connection, "is_usable", return_value=False):
        assert check(request, DatabaseError("gone")).status_code == 503
    with mock.patch.object(middleware.connection, "is_usable", side_effect=RuntimeError):
        assert check(request, DatabaseError("gone")).status_code == 503


def test_the_server_error_page_tells_an_outage_apart(rf):
    request = rf.get("/")
    try:
        raise OperationalError("down")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    assert "Sorry, the service is unavailable" in response.content.decode()
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500


# --- security.txt ------------------------------------------------------------------------


def test_security_txt_in_full(client, settings):
    settings.SECURITY_TXT_CONTACTS = ["mailto:security@example.org", "tel:+44-1632-960000"]
    settings.SECURITY_TXT_POLICY = "https://example.org/disclosure"
    before = timezone.now()
    response = client.get("/.well-known/security.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.endswith("\n")
    lines = text.splitlines()
    expires = datetime.fromisoformat(lines[2].removeprefix("Expires: "))
    assert lines == [
        "Contact: mailto:security@example.org",
        "Contact: tel:+44-1632-960000",
        f"Expires: {expires.isoformat()}",
        "Preferred-Languages: en",
        "Canonical: http://testserver/.well-known/security.txt",
        "Policy: https://example.org/disclosure",
    ]
    assert expires.microsecond == 0
    low = (before + timedelta(days=180)).replace(microsecond=0)
    assert low <= expires <= timezone.now() + timedelta(days=180)


def test_security_txt_without_a_policy_has_no_policy_line(client, settings):
    settings.SECURITY_TXT_POLICY = ""
    assert "Policy:" not in client.get("/.well-known/security.txt").content.decode()


def test_security_txt_is_read_only(client):
    assert client.head("/.well-known/security.txt").status_code == 200
    assert client.post("/.well-known/security.txt").status_code == 405


# --- the lockout page ---------------------------------------------------------------------


def test_staff_get_the_admin_lockout_page_with_the_wait_in_minutes(settings):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=45, seconds=59)
    request = RequestFactory().post(reverse("admin:login"))
    request.resolver_match = resolve(reverse("admin:login"))
    response = locked_out(request)
    html = response.content.decode()
    assert response.status_code == 429
    assert "for 45 minutes after repeated wrong passwords or security codes" in html


def test_the_provider_portal_gets_its_own_lockout_page(settings):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=20)
    request = RequestFactory().post(reverse("providers:login"))
    request.resolver_match = resolve(reverse("providers:login"))
    response = locked_out(request)
    html = response.content.decode()
    assert response.status_code == 429
    assert "Signing in is paused for 20 minutes for this account and this connection" in html


def test_a_lockout_outside_any_namespace_gets_the_staff_page(settings):
    request = RequestFactory().post("/")
    response = locked_out(request)
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()


def test_the_lockout_page_s_script_carries_the_page_s_nonce(client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(
            reverse("admin:login"), {"username": "nobody", "password": "wrong", "otp_token": ""}
        )
    assert response.status_code == 429
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    # The page's scripts may run (rendered with the request, so with its nonce).
    assert f'defer nonce="{nonce}"></script>' in response.content.decode()
