"""Writes for information pages and schools' answers. Every change goes through history."""

import logging
from collections.abc import Callable, Iterable
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.http import QueryDict
from django.utils import timezone
from django.utils.crypto import get_random_string
from simple_history.utils import bulk_update_with_history

from core import pagecache
from core.ratelimit import rate_limit_prune
from core.services import content_changed
from directory.search import search_services
from information import booklet as booklet_module
from information import markup
from information.models import Booklet, BookletVolume, FormatRequest, InformationPage, SettingOffer

logger = logging.getLogger(__name__)
BOOKLET_ATTEMPTS = 3
SELECTION_BUILDS_AT_ONCE = 4


def page_prepare(*, page: InformationPage) -> InformationPage:
    """Work out what is derived from what the officer typed (the reading-ease score)."""
    page.reading_ease = markup.reading_ease(page.body)
    return page


def page_save(*, page: InformationPage, user=None) -> InformationPage:
    """Validate and save a page (with history), then let cached public pages rebuild."""
    page_prepare(page=page)
    page.full_clean()
    with transaction.atomic():
        if user is not None:
            page._history_user = user
        page.save()
        transaction.on_commit(content_changed)
    return page


def pages_set_status(*, pages: Iterable[InformationPage], status: str, user=None) -> int:
    """Publish pages or return them to draft, recording who did it."""
    if status not in InformationPage.Status.values:
        raise ValueError(f"Unknown status {status!r}")
    now = timezone.now()
    changed = []
    for page in pages:
        if page.status != status:
            page.status = status
            page.updated = now
            changed.append(page)
    with transaction.atomic():
        bulk_update_with_history(
            changed,
            InformationPage,
            ["status", "updated"],
            default_user=user,
            default_change_reason=f"Status set to {status}",
        )
        transaction.on_commit(content_changed)
    return len(changed)


def pages_mark_reviewed(*, pages: Iterable[InformationPage], user=None) -> int:
    """Record that the pages were checked today; the next check falls due in twelve months."""
    today = timezone.localdate()
    changed = []
    for page in pages:
        page.last_reviewed = today
        page.review_due = today + settings.REVIEW_INTERVAL
        page.updated = timezone.now()
        changed.append(page)
    with transaction.atomic():
        bulk_update_with_history(
            changed,
            InformationPage,
            ["last_reviewed", "review_due", "updated"],
            default_user=user,
            default_change_reason="Marked as reviewed",
        )
        transaction.on_commit(content_changed)
    return len(changed)


def setting_offer_save(*, offer: SettingOffer, user=None) -> SettingOffer:
    """Validate and save a school's or setting's answers, then let public pages rebuild."""
    offer.full_clean()
    with transaction.atomic():
        if user is not None:
            offer._history_user = user
        offer.save()
        transaction.on_commit(content_changed)
    return offer


# ------------------------------------------------------------------ booklets


def booklet_request(
    *, variant: str, grouping: str = "area", selection: str = "", query: str = ""
) -> Booklet | None:
    """Make sure a booklet for today's content is built or being built; return its row.

    Safe to call on every visit: one row per variant, grouping, selection and content
    version (a unique constraint), so two visitors never start two builds. A failed
    build is retried up to BOOKLET_ATTEMPTS times. None when too many results
    booklets are being built already.
    """
    version = pagecache.content_version()
    key = {"variant": variant, "grouping": grouping, "selection": selection}
    if selection and not Booklet.objects.filter(**key, content_version=version).exists():
        # Any search can ask for a booklet, so a crawler could ask for thousands: only a
        # few results booklets are built at once; the page says to try again later.
        busy = Booklet.objects.exclude(selection="").filter(status=Booklet.Status.BUILDING)
        if busy.count() >= SELECTION_BUILDS_AT_ONCE:
            return None
    with transaction.atomic():
        booklet, created = Booklet.objects.get_or_create(
            variant=variant,
            grouping=grouping,
            selection=selection,
            content_version=version,
            defaults={"query": query},
        )
        retry = booklet.status == Booklet.Status.FAILED and booklet.attempts < BOOKLET_ATTEMPTS
        if retry:
            booklet.status = Booklet.Status.BUILDING
            booklet.save(update_fields=["status"])
        if created or retry:
            transaction.on_commit(partial(_enqueue_build, booklet.pk), robust=True)
    return booklet


def _enqueue_build(booklet_id: int) -> None:
    from information import tasks

    try:
        tasks.build_booklet.enqueue(booklet_id)
    except Exception:
        logger.exception("Could not queue booklet %s for building.", booklet_id)
        Booklet.objects.filter(pk=booklet_id).update(
            status=Booklet.Status.FAILED, error="Could not be queued."
        )


def booklet_build(
    *,
    booklet_id: int,
    volume_size: int | None = None,
    progress: Callable[[booklet_module.Built], None] | None = None,
) -> Booklet | None:
    """Build one booklet's volumes, one at a time; each is stored as soon as it is written.

    The booklet becomes ready only when every volume is done. A failure is recorded and
    logged, the volumes of the failed attempt are deleted, and the previous booklet stays.
    `progress` is told about each volume (the build_booklets command prints them).
    """
    booklet = Booklet.objects.filter(pk=booklet_id).first()
    if booklet is None or booklet.status == Booklet.Status.READY:
        return booklet
    Booklet.objects.filter(pk=booklet_id).update(attempts=F("attempts") + 1)
    BookletVolume.objects.filter(booklet_id=booklet_id).delete()  # left by a failed attempt
    totals = {"size": 0, "pages": 0, "services": 0, "build_seconds": 0.0, "peak_memory_kb": 0}
    try:
        queryset = None
        title = ""
        if booklet.selection:
            queryset, title = booklet_selection(booklet.query)
        for built in booklet_module.build_volumes(
            variant=booklet.variant,
            grouping=booklet.grouping,
            queryset=queryset,
            title=title,
            volume_size=volume_size,
        ):
            BookletVolume.objects.create(
                booklet_id=booklet_id,
                number=built.number,
                label=built.label[:500],
                pdf=built.pdf,
                size=len(built.pdf),
                pages=built.pages,
                services=built.services,
                build_seconds=built.seconds,
                peak_memory_kb=built.peak_memory_kb,
            )
            totals["size"] += len(built.pdf)
            totals["pages"] += built.pages
            totals["services"] += built.services
            totals["build_seconds"] += built.seconds
            totals["peak_memory_kb"] = max(totals["peak_memory_kb"], built.peak_memory_kb)
            if progress is not None:
                progress(built)
            del built  # one volume's PDF in memory at a time
    except Exception as exc:
        logger.exception("Building booklet %s failed.", booklet_id)
        BookletVolume.objects.filter(booklet_id=booklet_id).delete()
        Booklet.objects.filter(pk=booklet_id).update(
            status=Booklet.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        return None
    Booklet.objects.filter(pk=booklet_id).update(
        status=Booklet.Status.READY, built=timezone.now(), error="", **totals
    )
    # Older builds of the same booklet are no longer needed once a newer one is ready.
    Booklet.objects.filter(
        variant=booklet.variant,
        grouping=booklet.grouping,
        selection=booklet.selection,
        content_version__lt=booklet.content_version,
    ).delete()
    return Booklet.objects.get(pk=booklet_id)


def booklet_rebuild(*, booklet_id: int) -> None:
    """Mark today's booklet to be built again (build_booklets --rebuild, to measure)."""
    Booklet.objects.filter(pk=booklet_id).update(status=Booklet.Status.BUILDING, attempts=0)


def booklet_selection(query: str):
    """The published services a search's query string finds, in its order, and a title."""
    params = QueryDict(query)
    results = search_services(params, page_number=1)
    queryset = results.page.paginator.object_list
    title = "Services you searched for"
    if results.query:
        title = f"Services matching “{results.query}”"
    return queryset, title


# ------------------------------------------------------------------ format requests


def format_request_create(*, data: dict, spam: bool = False) -> FormatRequest:
    """Store a request for another format (before anything else), then tell officers."""
    request = FormatRequest(**data, caught_by_spam_trap=spam)
    request.reference = "F" + get_random_string(7, allowed_chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    request.full_clean()
    with transaction.atomic():
        request.save()
        if not spam:
            transaction.on_commit(partial(_enqueue_request_notice, request.pk), robust=True)
    return request


def _enqueue_request_notice(request_id: int) -> None:
    from information import tasks

    try:
        tasks.notify_format_request.enqueue(request_id)
    except Exception:
        logger.exception("Could not queue the notice for format request %s.", request_id)


def format_requests_mark_sent(*, requests: Iterable[FormatRequest], user=None) -> int:
    """Record that the requested copies were sent today."""
    today = timezone.localdate()
    changed = []
    for item in requests:
        if item.status != FormatRequest.Status.SENT:
            item.status = FormatRequest.Status.SENT
            item.sent = today
            changed.append(item)
    with transaction.atomic():
        bulk_update_with_history(
            changed, FormatRequest, ["status", "sent"], default_user=user,
            default_change_reason="Marked as sent",
        )  # fmt: skip
    return len(changed)


def format_requests_retention(*, now=None) -> int:
    """Delete contact details from requests sent (or made) long enough ago; spam entirely.

    Rate-limit counters whose window has ended go too (core.ratelimit).
    """
    now = now or timezone.now()
    rate_limit_prune(now=now)
    months = settings.FORMAT_REQUEST_RETENTION_MONTHS
    cutoff = now - timedelta(days=round(months * 30.44))
    spam_cutoff = now - timedelta(days=settings.FEEDBACK_SPAM_RETENTION_DAYS)
    deleted_spam, _ = FormatRequest.objects.filter(
        caught_by_spam_trap=True, requested__lt=spam_cutoff
    ).delete()
    cleared = FormatRequest.objects.filter(
        requested__lt=cutoff, contact_deleted=False
    ).update(name="(deleted)", address="", postcode="", email="", phone="", notes="",
             contact_deleted=True)  # fmt: skip
    return cleared + deleted_spam
