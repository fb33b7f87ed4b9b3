"""Officers' compliance screens in admin: the dashboard and Schedule 2 coverage (with CSV)."""

import csv

from django.conf import settings
from django.contrib import admin
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from core import hooks, pagecache
from information.models import READING_EASE_TARGET
from information.selectors import (
    COVERED,
    MISSING,
    dashboard,
    hardest_to_read,
    schedule2_coverage,
)

PERMISSION = "information.view_schedule2item"


def _check(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _admin_context(request, title: str) -> dict:
    return {**admin.site.each_context(request), "title": title, "subtitle": None}


@require_safe
def compliance_dashboard(request):
    """One screen answering "are we meeting our duties today?", each figure with a link to act."""
    _check(request)
    sections = hooks.dashboard_sections()
    context = {
        **_admin_context(request, "Compliance dashboard"),
        **_cached_dashboard(),
        "comments": sections.get("comments"),
        "consultation": sections.get("consultation"),
        "other_sections": [s for k, s in sections.items() if k not in {"comments", "consultation"}],
        "coverage_url": reverse("information_coverage"),
    }
    return render(request, "admin/information/dashboard.html", context)


def _cached_dashboard() -> dict:
    """The content figures, worked out once per content version and day on each app server.

    They read every published service (about a second at 10,000 services on a busy
    2-core machine); any change to public content bumps the version, so they are never
    stale. The comments and consultation lines are read fresh every time.
    """
    if not settings.PAGE_CACHE:
        return dashboard()
    key = f"dashboard:{pagecache.content_version()}:{timezone.localdate().isoformat()}"
    cache = caches["pages"]
    figures = cache.get(key)
    if figures is None:
        figures = dashboard()
        cache.set(key, figures, 3600)
    return figures


@require_safe
def reading_ease(request):
    """The hardest-to-read published services and information pages, hardest first."""
    _check(request)
    key = f"reading-ease:{pagecache.content_version()}"
    cache = caches["pages"]
    found = cache.get(key) if settings.PAGE_CACHE else None
    if found is None:
        found = hardest_to_read()
        if settings.PAGE_CACHE:
            cache.set(key, found, 3600)
    rows, below, measured = found
    context = {
        **_admin_context(request, "Hardest to read"),
        "rows": rows,
        "below": below,
        "measured": measured,
        "target": READING_EASE_TARGET,
    }
    return render(request, "admin/information/reading_ease.html", context)


@require_safe
def coverage(request):
    """Every statutory item with what satisfies it; gaps highlighted."""
    _check(request)
    rows = schedule2_coverage()
    context = {
        **_admin_context(request, "Schedule 2 coverage"),
        "rows": rows,
        "covered": sum(1 for r in rows if r.status == COVERED),
        "missing": sum(1 for r in rows if r.status == MISSING),
        "total": len(rows),
    }
    return render(request, "admin/information/coverage.html", context)


@require_safe
def coverage_csv(request):
    """The coverage table as CSV, one row per statutory item."""
    _check(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="schedule-2-coverage.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            "Item",
            "Legal reference",
            "Status",
            "Current pages",
            "Overdue pages",
            "Draft pages",
            "Tagged services (current)",
            "Tagged services (overdue)",
            "Tagged services (draft)",
            "Services counted automatically (current)",
            "Services counted automatically (overdue)",
        ]
    )
    for row in schedule2_coverage():
        writer.writerow(
            [
                _safe(row.item.title),
                _safe(row.item.legal_reference),
                row.status_label,
                "; ".join(_safe(p.title) for p in row.current_pages),
                "; ".join(_safe(p.title) for p in row.overdue_pages),
                "; ".join(_safe(p.title) for p in row.draft_pages),
                "; ".join(_safe(s.name) for s in row.current_services),
                "; ".join(_safe(s.name) for s in row.overdue_services),
                "; ".join(_safe(s.name) for s in row.draft_services),
                row.auto_current,
                row.auto_overdue,
            ]
        )
    return response


def _safe(text: str) -> str:
    """Stop a spreadsheet treating a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
