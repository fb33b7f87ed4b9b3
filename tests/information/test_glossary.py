"""The glossary: seeded terms, the A to Z page, terms explained in pages and on service pages,
and search."""

import pytest
from django.utils.html import escape

from core import pagecache
from core.services import content_changed
from information import markup
from information.models import GlossaryTerm
from information.selectors import glossary_terms
from tests.factories import ServiceFactory
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


# ------------------------------------------------------------------ on service pages

WORDS = "Words used on this page"


def _words_section(html: str) -> str:
    start = html.index(WORDS)
    return html[start : html.index("</details>", start)]


def test_service_page_explains_the_glossary_words_its_text_uses(client):
    service = ServiceFactory(
        description="Our SENCo can help while you wait for an EHCP.",
        eligibility="Children with SEMH needs.",
    )
    html = client.get(service.get_absolute_url()).content.decode()
    words = _words_section(html)
    assert '<details class="govuk-details">' in html  # opens without JavaScript
    for slug in ["ehc-plan", "semh", "senco"]:
        term = GlossaryTerm.objects.get(slug=slug)
        assert f'href="/glossary/#{slug}">{term.term}</a>' in words
        assert escape(term.definition) in words
    assert words.index("EHC plan") < words.index("SEMH") < words.index("SENCo")  # A to Z
    assert "/glossary/#camhs" not in words  # not used on the page
    assert '/glossary/#sen"' not in words and '/glossary/#send"' not in words


def test_a_longer_name_is_explained_as_itself_not_as_the_shorter_one_inside_it(client):
    service = ServiceFactory(description="Help for children on SEN support.", eligibility="")
    words = _words_section(client.get(service.get_absolute_url()).content.decode())
    assert "/glossary/#sen-support" in words
    assert '/glossary/#sen"' not in words


def test_service_page_without_glossary_words_has_no_words_section(client):
    service = ServiceFactory(
        name="Chatterbox group",
        summary="A weekly group.",
        description="We play games.",
        eligibility="",
        how_to_access="Just come along.",
        how_to_complain="",
    )
    assert WORDS not in client.get(service.get_absolute_url()).content.decode()


def test_words_and_definitions_on_service_pages_are_escaped(client):
    GlossaryTerm.objects.create(
        term="<b>Zorb</b>", slug="zorb", definition="A <script>alert(1)</script> ball."
    )
    service = ServiceFactory(description="Bring your <b>Zorb</b> along.")
    html = client.get(service.get_absolute_url()).content.decode()
    words = _words_section(html)
    assert "&lt;b&gt;Zorb&lt;/b&gt;</a>" in words
    assert "A &lt;script&gt;alert(1)&lt;/script&gt; ball." in words
    assert "<script>alert(1)" not in html


def test_a_changed_definition_reaches_cached_service_pages(client):
    service = ServiceFactory(description="Ask the SENCo.")
    assert (
        "organises help for children with SEN"
        in client.get(service.get_absolute_url()).content.decode()
    )
    GlossaryTerm.objects.filter(slug="senco").update(definition="The person who plans SEN help.")
    content_changed()  # as the glossary admin does on save
    pagecache._version["checked"] = 0  # as if a second had passed
    assert (
        "The person who plans SEN help." in client.get(service.get_absolute_url()).content.decode()
    )


def _queries(client, django_assert_max_num_queries, service) -> int:
    pagecache._version["checked"] = 0  # each render reads the content version
    with django_assert_max_num_queries(7) as captured:
        assert client.get(service.get_absolute_url()).status_code == 200
    return len(captured)


def test_explaining_words_costs_one_query_however_many_words_and_terms(
    client, django_assert_max_num_queries
):
    plain = ServiceFactory(description="We play games.", eligibility="")
    for n in range(30):
        GlossaryTerm.objects.create(term=f"Word{n}", slug=f"word-{n}", definition="Means this.")
    wordy = ServiceFactory(
        description=" ".join(f"Word{n}" for n in range(30)) + " SENCo EHCP SEMH CAMHS SALT",
        eligibility="Short breaks, direct payments, mediation.",
    )
    # The glossary itself is read once per process and content version (the first page
    # to need it); after that, explaining words costs no query at all.
    warm_up, other = ServiceFactory(description="SENCo"), ServiceFactory()  # (a change)
    first = _queries(client, django_assert_max_num_queries, warm_up)
    assert _queries(client, django_assert_max_num_queries, plain) == _queries(
        client, django_assert_max_num_queries, wordy
    )
    # The first page also read the glossary, the needs and the areas (each once per
    # process and content version; directory.selectors.service_for_page).
    assert _queries(client, django_assert_max_num_queries, other) == first - 3
    assert len(client.get(wordy.get_absolute_url()).content.decode().split("<dt ")) > 35


def test_cached_service_page_runs_no_glossary_query(client, django_assert_max_num_queries):
    service = ServiceFactory(description="Ask the SENCo.")
    client.get(service.get_absolute_url())  # fills the page cache
    with django_assert_max_num_queries(1):  # the content version at most
        assert "/glossary/#senco" in client.get(service.get_absolute_url()).content.decode()


def test_a_glossary_change_made_outside_admin_moves_the_content_version_on(
    django_capture_on_commit_callbacks,
):
    from core.models import ContentVersion

    before = pagecache.content_version()
    with django_capture_on_commit_callbacks(execute=True):
        term = GlossaryTerm.objects.create(term="Outreach", slug="outreach", definition="Help.")
    assert ContentVersion.objects.get(pk=1).number > before
    assert "Outreach" in [t.term for t in glossary_terms()]
    with django_capture_on_commit_callbacks(execute=True):
        term.delete()
    assert "Outreach" not in [t.term for t in glossary_terms()]
