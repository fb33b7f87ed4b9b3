"""Background work: building booklets and telling officers about format requests.

Run by `manage.py db_worker`.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.tasks import task

from core.roles import LA_OFFICER
from information.models import FormatRequest
from information.services import booklet_build

logger = logging.getLogger(__name__)


@task
def build_booklet(booklet_id: int) -> int:
    """Build a booklet's PDF. Returns its size in bytes (0 if it failed)."""
    booklet = booklet_build(booklet_id=booklet_id)
    return booklet.size if booklet else 0


@task
def notify_format_request(request_id: int) -> int:
    """Email the Local Offer team and officers that someone asked for another format.

    The email gives the reference and format only: contact details stay in admin.
    """
    item = FormatRequest.objects.filter(pk=request_id).first()
    if item is None:
        return 0
    recipients = sorted(
        {settings.COUNCIL_CONTACT_EMAIL}
        | set(
            get_user_model()
            .objects.filter(is_active=True, is_staff=True, groups__name=LA_OFFICER)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    EmailMessage(
        subject=f"Request for the Local Offer in another format: {item.reference}",
        body=(
            f"Someone has asked for the Local Offer as: {item.get_format_display()}"
            f"{f' ({item.language})' if item.language else ''}, {item.get_delivery_display()}."
            f"\n\nReference: {item.reference}\n\nOpen 'Requests for other formats' in the "
            "Local Offer administration to see the details and mark it as sent.\n"
        ),
        to=recipients,
    ).send()
    return len(recipients)
