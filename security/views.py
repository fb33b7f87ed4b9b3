"""Pages the security settings need: security.txt, the sign-in lockout page, and the
server error page that tells a database outage apart."""

import sys
from datetime import timedelta

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from core.views import server_error as plain_server_error
from security.middleware import DATABASE_DOWN, unavailable_response


@require_safe
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): how to report a vulnerability."""
    expires = (timezone.now() + timedelta(days=180)).replace(microsecond=0)
    lines = [f"Contact: {contact}" for contact in settings.SECURITY_TXT_CONTACTS] + [
        f"Expires: {expires.isoformat()}",
        "Preferred-Languages: en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    if settings.SECURITY_TXT_POLICY:
        lines.append(f"Policy: {settings.SECURITY_TXT_POLICY}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown instead of the sign-in page after too many failed attempts (django-axes).

    Each sign-in page's lockout page looks like it: an app whose sign-in is in its
    URL namespace may give `<namespace>/locked_out.html` (the provider portal's is a
    GOV.UK page); staff sign-in gets the admin-styled page.
    """
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    match = getattr(request, "resolver_match", None)
    templates = ["security/locked_out.html"]
    if match is not None and match.namespace and match.namespace != "admin":
        templates.insert(0, f"{match.namespace}/locked_out.html")
    return render(request, templates, {"minutes": minutes}, status=429)


def server_error(request):
    """handler500: a database outage gets the designed 503 page, anything else the 500 page.

    Errors raised in middleware (loading a signed-in person's session, say) reach
    Django's error handler, not the view's middleware, so the outage is told apart here.
    """
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return unavailable_response(request)
    return plain_server_error(request)
