"""Writes for information pages and schools' answers. Every change goes through history."""

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from core.services import content_changed
from information import markup
from information.models import InformationPage, SettingOffer


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
