"""Display strings for information pages and schools' answers."""

from dataclasses import dataclass

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
