"""Site-wide pages: accessibility, privacy, contact, complaints and error pages."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def accessibility(request):
    """The accessibility statement the 2018 regulations require."""
    return render(request, "pages/accessibility.html")


@require_safe
def privacy(request):
    """Cookies and privacy: what we keep, why, and for how long."""
    context = {
        "session_hours": settings.SESSION_COOKIE_AGE // 3600,
        "format_request_retention_months": getattr(settings, "FORMAT_REQUEST_RETENTION_MONTHS", 6),
    }
    return render(request, "pages/privacy.html", context)


@require_safe
def contact(request):
    """How to reach the Local Offer team, including without the internet."""
    return render(request, "pages/contact.html")


@require_safe
def complaints(request):
    """How to complain, resolve disagreements, use mediation and appeal."""
    return render(request, "pages/complaints.html")


def csrf_failure(request, reason=""):
    """A form was sent without a valid security token. Say so plainly; keep what was typed."""
    # A view can answer its own CSRF failures (the comment form gives the words back):
    # it names a handler as its `csrf_failure` attribute.
    match = getattr(request, "resolver_match", None)
    handler = getattr(match.func, "csrf_failure", None) if match else None
    if request.method == "POST" and handler is not None:
        return handler(request)
    return render(request, "403_csrf.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the error may be the database.
    from django.http import HttpResponseServerError
    from django.template import loader

    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}, None))
