"""Writes for the audit log. Recording never breaks what is being recorded."""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone

from security.clientip import client_ip
from security.models import AuditEvent

logger = logging.getLogger("security.audit")


def audit_record(
    *,
    action: str,
    request=None,
    user=None,
    username: str = "",
    target: str = "",
    detail: str = "",
    by_signed_in_user: bool = True,
) -> AuditEvent | None:
    """Record who did what to what, and when. Also written to the `security.audit` log.

    `user` defaults to the request's signed-in user, unless `by_signed_in_user` is False
    (a failed sign-in or lockout is about the account typed, not whoever is signed in
    on that browser). Returns None (and logs the failure) if the row could not be written.
    """
    if user is None and request is not None and by_signed_in_user:
        candidate = getattr(request, "user", None)
        user = candidate if candidate is not None and candidate.is_authenticated else None
    name = username or (user.get_username() if user is not None else "")
    event = AuditEvent(
        action=action,
        user=user,
        username=name[:150],
        target=str(target)[:200],
        detail=str(detail)[:500],
        ip_address=client_ip(request)[:64] if request is not None else "",
    )
    logger.info(
        "audit action=%s user=%s target=%s ip=%s %s",
        action,
        event.username or "-",
        event.target or "-",
        event.ip_address or "-",
        event.detail,
    )
    try:
        with transaction.atomic():
            event.save()
    except DatabaseError:
        logger.exception("Could not store the audit event above.")
        return None
    return event


@transaction.atomic
def audit_prune(*, now: datetime | None = None) -> int:
    """Delete audit events older than AUDIT_RETENTION_DAYS. Returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.AUDIT_RETENTION_DAYS)
    return AuditEvent.objects.filter(at__lt=cutoff).delete()[0]
