"""Reading-ease help for editors: figures on known texts, hints, and the hardest-to-read list."""

import pytest

from information import markup
from information.models import GlossaryTerm
from tests.factories import ServiceFactory
from tests.information.factories import PageFactory

pytestmark = pytest.mark.django_db

PLAIN = "You can ask for help. We will call you back. It is free."
HARD = (
    "Notwithstanding the aforementioned statutory considerations, multidisciplinary "
    "professional determinations necessitate comprehensive individualised evaluation of "
    "every child and young person who may require provision through the local authority."
)


def test_reading_ease_on_known_texts():
    assert markup.reading_ease(PLAIN) == pytest.approx(100, abs=20)
    assert markup.reading_ease(HARD) < 0


def test_hints_find_long_sentences_long_words_and_unexplained_abbreviations():
    found = markup.hints(
        HARD + " Ask about PDA and the SENCo.", glossary=GlossaryTerm.objects.all()
    )
    text = " ".join(found)
    assert "more than 25 words" in text
    assert "notwithstanding" in text
    assert "PDA" in text
    assert "SENCo" not in text.split("glossary")[-1]  # in the glossary already


def test_plain_text_has_no_hints():
    assert markup.hints(PLAIN) == []


def test_page_edit_shows_hints(officer_client):
    page = PageFactory(body=HARD)
    html = officer_client.get(f"/admin/information/informationpage/{page.pk}/change/").content
    assert b"more than 25 words" in html


def test_hardest_to_read_lists_services_and_pages_hardest_first(officer_client):
    ServiceFactory(name="Easy club", summary="A fun club.", description=PLAIN)
    ServiceFactory(name="Hard service", summary="A service.", description=HARD)
    PageFactory(title="Plain page", body=PLAIN, reading_ease=markup.reading_ease(PLAIN))
    html = officer_client.get("/admin/compliance/reading-ease/").content.decode()
    assert html.index("Hard service") < html.index("Easy club")
    assert "Plain page" in html
    assert "1 of 3" in html
