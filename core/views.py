"""Site-wide pages: home, the statutory information pages and error pages."""

from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_safe

from core import pagecache
from directory.selectors import home_page_context


@require_safe
def home(request):
    """What the Local Offer is, ways to browse it, and a search box."""
    page = pagecache.cached(
        "home",
        request,
        lambda: {
            "html": render_to_string("_home_content.html", home_page_context(), request=request),
            "title": "Support for children and young people with SEND",
        },
    )
    return render(request, "cached_page.html", {"page": page})


@require_safe
def accessibility(request):
    """The accessibility statement the 2018 regulations require."""
    return render(request, "pages/accessibility.html")


@require_safe
def privacy(request):
    """Cookies and privacy: what we keep, why, and for how long."""
    return render(request, "pages/privacy.html")


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
    if request.method == "POST" and request.path == reverse("feedback:comment"):
        from feedback.views import comment_csrf_failure

        return comment_csrf_failure(request)
    return render(request, "403_csrf.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the error may be the database.
    from django.http import HttpResponseServerError
    from django.template import loader

    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}, None))
