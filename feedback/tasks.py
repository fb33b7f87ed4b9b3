"""Background work for feedback: telling moderators a new comment is waiting.

Run by `manage.py db_worker`. The email never contains the comment or the
commenter's details: moderators read those in the admin, where access is
controlled and logged.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.tasks import task

from core.roles import MODERATOR
from feedback.models import Comment

logger = logging.getLogger(__name__)


@task
def notify_moderators(comment_id: int) -> int:
    """Email every active moderator that a comment is waiting. Returns how many were emailed."""
    comment = (
        Comment.objects.filter(pk=comment_id)
        .only("reference", "theme", "about", "caught_by_spam_trap")
        .first()
    )
    if comment is None or comment.caught_by_spam_trap:
        return 0
    recipients = sorted(
        set(
            get_user_model()
            .objects.filter(is_active=True, is_staff=True, groups__name=MODERATOR)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    if not recipients:
        logger.warning("No moderator has an email address: comment %s is waiting.", comment)
        return 0
    body = (
        f"A new comment on the Local Offer is waiting for moderation.\n\n"
        f"Reference: {comment.reference}\n"
        f"About: {comment.get_about_display()}\n"
        f"Theme: {comment.get_theme_display()}\n\n"
        "Sign in to the Local Offer administration and open the moderation queue to read it.\n"
    )
    EmailMessage(
        subject=f"New comment on the Local Offer: {comment.reference}",
        body=body,
        to=recipients,
    ).send()
    return len(recipients)
