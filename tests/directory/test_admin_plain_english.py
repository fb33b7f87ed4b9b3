"""Officers see how easy a service's summary and description are to read, with hints."""

import re

import pytest
from django.urls import reverse

from core import hooks
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

HARD = (
    "Notwithstanding the aforementioned considerations, individualised multidisciplinary "
    "interventions facilitating comprehensive educational accessibility are systematically "
    "commissioned following statutory assessment, subsequent consultation with appropriate "
    "organisational representatives, and authorisation by the designated responsible "
    "professional."
)
PLAIN = (
    "We run a club on Saturdays. Children play games and make friends. "
    "Parents can stay and have a cup of tea."
)


def plain_english_section(response) -> str:
    content = response.content.decode()
    start = content.index("Plain English")
    return re.sub(r"\s+", " ", content[start:])


def test_hard_text_scores_low_with_a_long_sentence_hint():
    check = hooks.writing_hints(HARD)
    assert check.score < 30
    assert not check.plain
    assert check.verdict.endswith("(harder than the target of 60)")
    assert any("sentence(s) have more than 25 words" in hint for hint in check.hints)


def test_plain_text_scores_high_without_hints():
    check = hooks.writing_hints(PLAIN)
    assert check.score >= 80
    assert check.verdict.endswith("(plain English)")
    assert check.hints == []


def test_empty_text_has_no_check():
    assert hooks.writing_checks(["", "  "]) == [None, None]


def test_the_service_page_shows_reading_ease_and_hints(officer_client):
    service = ServiceFactory(summary=PLAIN, description=HARD)
    response = officer_client.get(reverse("admin:directory_service_change", args=[service.pk]))
    section = plain_english_section(response)
    summary = hooks.writing_hints(PLAIN)
    description = hooks.writing_hints(HARD)
    assert summary.verdict.endswith("(plain English)")
    assert summary.verdict in section
    assert description.verdict.endswith("(harder than the target of 60)")
    assert description.verdict in section
    assert "Description: 1 sentence(s) have more than 25 words" in section
    assert "Long words you could swap for shorter ones" in section


def test_plain_service_text_has_no_hints(officer_client):
    service = ServiceFactory(summary=PLAIN, description=PLAIN)
    response = officer_client.get(reverse("admin:directory_service_change", args=[service.pk]))
    assert "No hints: short sentences and plain words." in plain_english_section(response)


def test_a_new_service_says_to_save_first(officer_client):
    response = officer_client.get(reverse("admin:directory_service_add"))
    section = plain_english_section(response)
    assert "Save the service to see hints." in section
    assert "Save the service to see its reading ease." in section


def test_a_score_just_under_the_target_is_never_shown_as_the_target():
    check = hooks.WritingCheck(59.7)
    assert check.verdict == "59 (harder than the target of 60)"
    assert hooks.WritingCheck(60.0).verdict == "60 (plain English)"
