"""Display strings for information pages and schools' answers."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from core.formatting import govuk_date_time, govuk_time
from information.models import SETTING_QUESTIONS


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # empty when the setting has not answered


def setting_answers(organisation) -> list[Answer]:
    """The paragraph 5 questions in order, with the setting's answer or an empty one."""
    offer = getattr(organisation, "setting_offer", None)
    return [
        Answer(question, (getattr(offer, name, "") or "").strip() if offer else "")
        for name, question in SETTING_QUESTIONS
    ]


def format_request_limited(retry_at: datetime) -> str:
    """What someone over the format request form's rate limit is told (nothing was sent)."""
    today = timezone.localdate(retry_at) == timezone.localdate()
    when = govuk_time(retry_at) if today else govuk_date_time(retry_at)
    return (
        "You have sent a lot of requests. To stop automated messages, we accept only a few "
        "from one place at a time, so your request has not been sent yet. We have kept what "
        f"you typed: please send it again after {when}, or phone us on "
        f"{settings.COUNCIL_CONTACT_PHONE}."
    )
