"""Middleware: staff idle timeout, the Permissions-Policy header, and a designed page when
the database is down."""

import logging
import time

from django.conf import settings
from django.contrib.auth import logout
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string

from security.models import AuditEvent
from security.services import audit_record

logger = logging.getLogger(__name__)

LAST_SEEN_KEY = "security_last_seen"
#: Seconds between writes of the "last seen" time, so not every request writes the session.
LAST_SEEN_RESOLUTION = 60


class StaffIdleTimeoutMiddleware:
    """Sign a staff member out after STAFF_IDLE_TIMEOUT of no requests.

    On top of SESSION_COOKIE_AGE, the absolute limit. Visitors without a
    session cookie are never looked up, so public pages stay free of session reads.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            self._check(request)
        return self.get_response(request)

    def _check(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.is_staff:
            return
        now = time.time()
        last_seen = request.session.get(LAST_SEEN_KEY)
        idle = settings.STAFF_IDLE_TIMEOUT.total_seconds()
        if last_seen is not None and now - last_seen > idle:
            audit_record(action=AuditEvent.Action.TIMED_OUT, request=request, user=user)
            logout(request)
            return
        if last_seen is None or now - last_seen > LAST_SEEN_RESOLUTION:
            request.session[LAST_SEEN_KEY] = now


class PermissionsPolicyMiddleware:
    """Switch off browser features no page uses (camera, microphone, location...).

    A view that needs one on its own page (the search page's "Use my location")
    lists it in `response.permissions_allowed`: it is allowed for this site only.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = self.policy(())

    @staticmethod
    def policy(allowed) -> str:
        return ", ".join(
            f"{feature}=({'self' if feature in allowed else ''})"
            for feature in settings.PERMISSIONS_POLICY
        )

    def __call__(self, request):
        response = self.get_response(request)
        allowed = getattr(response, "permissions_allowed", ())
        response.headers.setdefault(
            "Permissions-Policy", self.policy(allowed) if allowed else self.value
        )
        return response


DATABASE_DOWN = (OperationalError, InterfaceError)


def unavailable_response(request) -> HttpResponse:
    """The designed 'service unavailable' page, rendered without the database.

    It reads nothing from `request` (no context processors, no inline script or
    style, so no CSP nonce): nothing about the request can fail it.
    """
    context = {
        "council_name": settings.COUNCIL_NAME,
        "site_name": settings.SITE_NAME,
        "council_contact_email": settings.COUNCIL_CONTACT_EMAIL,
        "council_contact_phone": settings.COUNCIL_CONTACT_PHONE,
    }
    try:
        html = render_to_string("503.html", context)
    except Exception:  # the page must never fail: fall back to plain words
        logger.exception("The 503 page could not be rendered.")
        html = (
            "<!DOCTYPE html><html lang='en'><title>Sorry, the service is unavailable</title>"
            "<h1>Sorry, the service is unavailable</h1>"
            f"<p>Phone {settings.COUNCIL_CONTACT_PHONE} or email "
            f"{settings.COUNCIL_CONTACT_EMAIL}.</p></html>"
        )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "60"
    return response


class DatabaseUnavailableMiddleware:
    """A page that could not reach the database gets a 503 with the council's contact
    details, never a 500 traceback page. Pages that need no database (cached public
    pages, the comment form) keep working."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DATABASE_DOWN:
            # Raised by middleware after this one (the session, for example).
            logger.exception("The database is unavailable: %s", request.path)
            return unavailable_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN) or (
            isinstance(exception, DatabaseError) and _connection_lost()
        ):
            logger.exception("The database is unavailable: %s", request.path)
            return unavailable_response(request)
        return None


def _connection_lost() -> bool:
    try:
        return not connection.is_usable()
    except Exception:
        return True
