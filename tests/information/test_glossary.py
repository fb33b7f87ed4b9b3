"""The glossary: seeded terms, the A to Z page, terms explained in pages, and search."""

import pytest

from information import markup
from information.models import GlossaryTerm
from tests.information.factories import PageFactory, section

pytestmark = pytest.mark.django_db


def test_glossary_is_seeded_with_the_common_terms():
    names = set(GlossaryTerm.objects.values_list("term", flat=True))
    for term in ["EHC plan", "SENCo", "SEN support", "SEMH", "SALT", "CAMHS", "Personal budget",
                 "Direct payment", "Short breaks", "Preparing for adulthood", "IAS service",
                 "SEND Tribunal"]:  # fmt: skip
        assert term in names


def test_every_seeded_definition_is_plain_english():
    for term in GlossaryTerm.objects.all():
        assert markup.reading_ease(term.definition) >= 30, term.term


def test_a_to_z_page(client):
    html = client.get("/glossary/").content.decode()
    assert "Words we use, explained" in html
    assert 'id="senco"' in html
    assert 'href="#letter-S"' in html


def test_first_use_of_a_term_on_a_page_links_to_its_explanation(client):
    PageFactory(
        slug="help",
        section=section("getting-support"),
        body="## The SENCo\n\nAsk the SENCo about SEN support. The SENCo helps. Ask for an EHCP.",
    )
    html = client.get("/information/getting-support/help/").content.decode()
    assert html.count('href="/glossary/#senco"') == 1
    assert '<h2 class="govuk-heading-m">The SENCo</h2>' in html  # headings left alone
    assert '<a class="govuk-link" href="/glossary/#sen-support">SEN support</a>' in html
    assert '<a class="govuk-link" href="/glossary/#ehc-plan">EHCP</a>' in html


def test_terms_are_never_explained_inside_links_and_markup_is_not_made_from_text():
    terms = list(GlossaryTerm.objects.all())
    html = markup.render("[Ask the SENCo](https://example.org) &lt;SENCo&gt;", glossary=terms)
    assert html.count("/glossary/#senco") == 1
    assert "<SENCo>" not in html


@pytest.mark.parametrize("query", ["SENCo", "what is an EHCP", "semh", "What does SALT mean"])
def test_searching_for_a_term_offers_its_meaning(client, query):
    html = client.get("/services/", {"q": query}).content.decode()
    assert "What this means" in html
