"""Background email for providers and officers. Run by `manage.py db_worker`."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from providers.models import ReviewReminder

logger = logging.getLogger(__name__)


@task
def send_email(to: list[str], subject: str, body: str) -> int:
    """Send one plain-text email."""
    EmailMessage(subject=subject, body=body, to=to).send()
    return len(to)


def _line(reminder: ReviewReminder) -> str:
    due = f"{reminder.review_due:%-d %B %Y}"
    if reminder.period.startswith("overdue"):
        return f"- {reminder.service.name}: the check was due on {due} and is overdue"
    if reminder.period == "due-today":
        return f"- {reminder.service.name}: the check is due today ({due})"
    return f"- {reminder.service.name}: the check is due on {due}"


@task
def send_review_reminder(email: str, reminder_ids: list[int]) -> int:
    """Email one person about their services due for review; record it as sent.

    The rows stay locked while the email is sent, so a second copy of this task
    (the command run twice) finds them sent and sends nothing. If sending fails,
    the failure is recorded and the next daily run tries again.
    """
    with transaction.atomic():
        reminders = list(
            ReviewReminder.objects.select_for_update()
            .filter(pk__in=reminder_ids, email=email, sent=None)
            .select_related("service")
            .order_by("review_due", "service__name")
        )
        if not reminders:
            return 0
        portal = settings.SITE_URL.rstrip("/") + reverse("providers:dashboard")
        body = (
            f"Please check that the {settings.SITE_NAME} is still right about these services:\n\n"
            + "\n".join(_line(r) for r in reminders)
            + "\n\nFamilies rely on this information. Sign in to confirm each entry is still "
            f"accurate, or propose a change:\n{portal}\n\n"
            f"If you no longer look after these entries, tell us at "
            f"{settings.COUNCIL_CONTACT_EMAIL}.\n"
        )
        subject = (
            f"Check your {settings.SITE_NAME} entry: {reminders[0].service.name}"
            if len(reminders) == 1
            else f"Check your {settings.SITE_NAME} entries ({len(reminders)} services)"
        )
        try:
            EmailMessage(subject=subject, body=body, to=[email]).send()
        except Exception as error:
            ReviewReminder.objects.filter(pk__in=[r.pk for r in reminders]).update(
                attempts=F("attempts") + 1, last_error=str(error)[:300]
            )
            logger.exception("Review reminder to %s failed; it will be tried again.", email)
            return 0
        ReviewReminder.objects.filter(pk__in=[r.pk for r in reminders]).update(
            sent=timezone.now(), attempts=F("attempts") + 1, last_error=""
        )
    return len(reminders)
