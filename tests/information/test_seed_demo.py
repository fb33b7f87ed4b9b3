"""The demo pages: plain English (reading ease 60+), safe to load twice, impartial advice apart."""

import io

import pytest
from django.core.management import call_command

from information.models import READING_EASE_TARGET, InformationPage

pytestmark = pytest.mark.django_db


def _seed() -> str:
    out = io.StringIO()
    call_command("seed_information_demo", stdout=out)
    return out.getvalue()


def test_every_demo_page_is_plain_english():
    output = _seed()
    scores = dict(InformationPage.objects.values_list("title", "reading_ease"))
    assert len(scores) >= 20
    hard = {title: score for title, score in scores.items() if score < READING_EASE_TARGET}
    assert hard == {}
    assert "0 page(s) below 60" in output


def test_loading_twice_adds_nothing_and_keeps_edits():
    _seed()
    InformationPage.objects.filter(slug="personal-budgets").update(title="Edited")
    output = _seed()
    assert "0 page(s) added" in output
    assert InformationPage.objects.get(slug="personal-budgets").title == "Edited"


def test_the_impartial_advice_page_is_not_the_council_line(settings):
    _seed()
    page = InformationPage.objects.get(slug="free-impartial-advice-sendiass")
    assert "01632 960190" in page.body
    assert "arm's length" in page.body
