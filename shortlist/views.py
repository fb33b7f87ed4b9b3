"""My list: save services, add notes, print, download and share, all without JavaScript.

The list is kept in the session (no account). Every page here is private to
the person's browser, so none of it is cached or shared between visitors.
"""

import csv
import io

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from shortlist import presenters, selectors
from shortlist.forms import NotesForm, ServiceChoiceForm, safe_next
from shortlist.services import (
    MAX_SERVICES,
    shortlist_add,
    shortlist_clear,
    shortlist_remove,
    shortlist_set_notes,
)


def _list_url() -> str:
    return reverse("shortlist:list")


def _share_url(request, ids: list[int]) -> str:
    query = urlencode({selectors.SHARE_PARAM: selectors.share_value(ids)})
    return request.build_absolute_uri(f"{reverse('shortlist:shared')}?{query}")


def _list_page(request, *, form=None, status=200):
    entries = selectors.shortlist_entries(request.session)
    form = form or NotesForm(entries=entries)
    for entry in entries:
        entry.note_field = form[f"note_{entry.id}"]
    ids = [entry.id for entry in entries if entry.listed]
    return render(
        request,
        "shortlist/list.html",
        {
            "entries": entries,
            "form": form,
            "share_url": _share_url(request, ids) if ids else "",
            "max_services": MAX_SERVICES,
            "session_hours": settings.SESSION_COOKIE_AGE // 3600,
        },
        status=status,
    )


@never_cache
@require_safe
def my_list(request):
    """The saved services with their key facts, the family's notes, and ways to keep the list."""
    return _list_page(request)


@never_cache
@require_POST
def add(request):
    """Save a published service to the list and go back to the page the button was on."""
    form = ServiceChoiceForm(request.POST)
    if not form.is_valid() or (service := form.published_service()) is None:
        return render(request, "shortlist/not_saved.html", {"reason": "unknown"}, status=400)
    back = safe_next(request, form.cleaned_data.get("next"), _list_url())
    added = shortlist_add(session=request.session, services=[service])
    if not added and service.pk not in selectors.shortlist_ids(request.session):
        return render(
            request,
            "shortlist/not_saved.html",
            {"reason": "full", "max_services": MAX_SERVICES, "back": back},
            status=400,
        )
    return redirect(back)


def _add_csrf_failure(request):
    """Saving failed the security check (usually no cookies): explain, and offer to try again."""
    form = ServiceChoiceForm(request.POST)
    service = form.published_service() if form.is_valid() else None
    return render(
        request,
        "shortlist/not_saved.html",
        {"reason": "cookies", "service": service, "next": form.data.get("next", "")[:2000]},
        status=403,
    )


add.csrf_failure = _add_csrf_failure


@never_cache
@require_POST
def remove(request):
    """Take a service off the list and go back to the page the button was on."""
    form = ServiceChoiceForm(request.POST)
    if form.is_valid():
        shortlist_remove(session=request.session, service_id=form.cleaned_data["service"])
        return redirect(safe_next(request, form.cleaned_data.get("next"), _list_url()))
    return redirect(_list_url())


@never_cache
@require_POST
def notes(request):
    """Save the family's notes. If one is too long, the page comes back with every note kept."""
    entries = selectors.shortlist_entries(request.session)
    form = NotesForm(request.POST, entries=entries)
    if not form.is_valid():
        return _list_page(request, form=form)
    shortlist_set_notes(session=request.session, notes=form.notes())
    return redirect(f"{_list_url()}?saved=notes")


@never_cache
@require_POST
def clear(request):
    """Delete the whole list and its notes now."""
    shortlist_clear(session=request.session)
    return redirect(_list_url())


@never_cache
@require_safe
def print_list(request):
    """The list laid out for paper: key facts, contact details, places and the family's notes."""
    entries = selectors.shortlist_entries(request.session)
    return render(request, "shortlist/print.html", {"entries": entries})


@never_cache
@require_safe
def download(request):
    """The list as a spreadsheet (CSV) or plain text file, with the family's notes."""
    entries = selectors.shortlist_entries(request.session)
    rows = [presenters.download_row(request, entry) for entry in entries]
    if request.GET.get("format") == "txt":
        body = presenters.plain_text(rows)
        response = HttpResponse(body, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="my-list.txt"'
        return response
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(presenters.DOWNLOAD_COLUMNS)
    writer.writerows([presenters.spreadsheet_safe(value) for value in row] for row in rows)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-list.csv"'
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def shared(request):
    """A list someone shared by link (service ids only). Anyone can save it to their own list."""
    ids = selectors.parse_shared_ids(request.GET.get(selectors.SHARE_PARAM, ""))
    services, missing = selectors.shared_list(ids)
    if request.method == "POST":
        shortlist_add(session=request.session, services=[view.service for view in services])
        return redirect(_list_url())
    return render(
        request,
        "shortlist/shared.html",
        {"services": services, "missing": missing, "max_services": MAX_SERVICES},
    )
