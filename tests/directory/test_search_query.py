"""The search query parser (directory/search/query.py), piece by piece: from the words
typed to the PostgreSQL full-text query. The search page tests check what families see;
these pin each step, so a change to one is caught where it happens."""

from types import SimpleNamespace

import pytest
from django.contrib.postgres.search import SearchQuery

from directory.models import NeedSynonym, SearchSynonym
from directory.search.query import (
    KeywordQuery,
    SynonymGroup,
    _singular,
    _word_query,
    build_keyword_query,
    clean_query,
    query_words,
    synonym_table,
)
from tests.factories import need


def plain(text):
    return SearchQuery(text, search_type="plain", config="english")


def prefix(word):
    return SearchQuery(f"{word}:*", search_type="raw", config="english")


def phrase(text):
    return SearchQuery(text, search_type="phrase", config="english")


# --- cleaning and splitting the words ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        (None, ""),
        ("", ""),
        ("  speech\t\ttherapy \n", "speech therapy"),
        ("speech\x00therapy", "speech therapy"),  # a control character
        ("auti\u200bsm", "auti sm"),  # an invisible zero-width space is a gap, not nothing
        ("speech\u00a0therapy", "speech therapy"),  # a non-breaking space
        ("ｓｐｅｅｃｈ", "speech"),  # full-width letters
        ("\ufb01ve", "five"),  # the "fi" ligature
        ("café", "café"),  # accents stay
    ],
)
def test_clean_query(typed, cleaned):
    assert clean_query(typed) == cleaned


def test_query_words_are_lower_case_letters_and_digits_with_apostrophes_kept():
    assert query_words("Speech & Language, 1:1 son's child’s a_b") == [
        "speech",
        "language",
        "1",
        "1",
        "son's",
        "child’s",
        "a",
        "b",
    ]


def test_only_the_first_20_words_are_used():
    words = [f"w{n}" for n in range(25)]
    assert query_words(" ".join(words)) == words[:20]


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("carers", "carer"),
        ("kids", "kid"),  # four letters: shortened
        ("bus", "bus"),  # three letters: left alone
        ("class", "class"),  # -ss is not a plural
        ("autism", "autism"),
    ],
)
def test_singular(word, singular):
    assert _singular(word) == singular


# --- one word ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("physio", prefix("physio")),  # also finds "physiotherapy"
        ("abc", prefix("abc")),  # three letters or digits: a prefix
        ("123", prefix("123")),
        ("ot", plain("ot")),  # two letters would match far too much
        ("son's", plain("son's")),  # never raw tsquery syntax
        ("café", plain("café")),
    ],
)
def test_word_query(word, expected):
    assert _word_query(word) == expected


# --- synonym groups ----------------------------------------------------------------------


def test_a_parents_own_phrase_is_matched_as_a_phrase():
    group = SynonymGroup("home schooling", ["elective home education", "home schooling"])
    assert group.search_type("home schooling") == "phrase"
    # What it means is matched as all of its words.
    assert group.search_type("elective home education") == "plain"


def test_a_one_word_term_and_a_need_s_names_are_matched_as_all_their_words():
    assert SynonymGroup("respite", ["respite", "short breaks"]).search_type("respite") == "plain"
    group = SynonymGroup("autistic spectrum", ["autism", "autistic spectrum"], need_id=3)
    assert group.search_type("autistic spectrum") == "plain"


# --- the query ---------------------------------------------------------------------------


def test_nothing_to_search_for_gives_no_query():
    empty = KeywordQuery(words=[], synonym_groups=[], plain_words=[])
    assert empty.tsquery() is None
    assert empty.literal_tsquery() is None
    assert empty.any_word().tsquery() is None


def test_all_parts_must_match_and_each_group_matches_any_alternative():
    group = SynonymGroup("respite", ["respite", "short breaks"])
    query = KeywordQuery(words=[], synonym_groups=[group], plain_words=["swimming", "ot"])
    expected = (plain("respite") | plain("short breaks")) & prefix("swimming") & plain("ot")
    assert query.tsquery() == expected


def test_any_word_matches_any_part_and_leaves_the_original_alone():
    group = SynonymGroup("home schooling", ["elective home education", "home schooling"])
    query = KeywordQuery(words=["x"], synonym_groups=[group], plain_words=["swimming"])
    anyword = query.any_word()
    assert anyword.match_any is True
    assert query.match_any is False
    assert anyword.words == ["x"]
    expected = (plain("elective home education") | phrase("home schooling")) | prefix("swimming")
    assert anyword.tsquery() == expected
    assert query.tsquery() == (
        (plain("elective home education") | phrase("home schooling")) & prefix("swimming")
    )


def test_the_literal_query_is_any_of_the_words_as_typed_without_synonyms():
    groups = [
        SynonymGroup("respite", ["respite", "short breaks"]),
        SynonymGroup("salt", ["salt", "speech and language therapy"]),
    ]
    query = KeywordQuery(words=[], synonym_groups=groups, plain_words=["swimming"])
    assert query.literal_tsquery() == plain("respite") | plain("salt") | prefix("swimming")


# --- the synonym table and building the query (reads the synonyms) ----------------------


@pytest.fixture
def synonyms(db):
    """Only the synonyms a test makes (the seeded ones are removed, in this test only)."""
    NeedSynonym.objects.all().delete()
    SearchSynonym.objects.all().delete()
    autism = need("autism")
    NeedSynonym.objects.create(need=autism, term="ASD")
    NeedSynonym.objects.create(need=autism, term="Autistic spectrum")
    SearchSynonym.objects.create(
        term="Young carer", means="young carers service\n\n  Caring for family  \n"
    )
    SearchSynonym.objects.create(term="ASD", means="autism outreach")
    return SimpleNamespace(needs=[autism], autism=autism)


def test_the_synonym_table(synonyms):
    table = synonym_table(synonyms.needs)
    terms = [term for term, _ in table]
    assert sorted(terms) == ["asd", "autism", "autistic spectrum", "young carer"]
    # Longest first, so a longer phrase is taken before a word inside it.
    assert [len(t) for t in terms] == sorted((len(t) for t in terms), reverse=True)
    groups = dict(table)
    autism = synonyms.autism.pk
    assert groups["autism"] == SynonymGroup(
        "autism", ["asd", "autism", "autistic spectrum"], autism
    )
    assert groups["autistic spectrum"].alternatives == ["asd", "autism", "autistic spectrum"]
    # A need's word that is also a search synonym means both.
    assert groups["asd"] == SynonymGroup(
        "asd", ["asd", "autism", "autism outreach", "autistic spectrum"], autism
    )
    # A search synonym: its own words and each non-blank line, trimmed and lower case.
    assert groups["young carer"] == SynonymGroup(
        "young carer", ["caring for family", "young carer", "young carers service"]
    )


def test_a_need_named_in_the_words_is_expanded_and_filler_words_dropped(synonyms):
    words = query_words("help for my son with autistic spectrum")
    query = build_keyword_query(words, synonyms.needs)
    assert [g.term for g in query.synonym_groups] == ["autistic spectrum"]
    assert query.plain_words == []
    assert query.words == words
    assert query.match_any is False


def test_a_plural_finds_the_singular_synonym_and_other_words_stay_as_typed(synonyms):
    words = ["young", "carers", "swimming", "clubs"]
    query = build_keyword_query(words, synonyms.needs)
    assert [g.term for g in query.synonym_groups] == ["young carer"]
    assert query.plain_words == ["swimming", "clubs"]


def test_a_synonym_is_matched_as_whole_words_only(synonyms):
    query = build_keyword_query(["asda", "autistic"], synonyms.needs)
    assert query.synonym_groups == []
    assert query.plain_words == ["asda", "autistic"]


def test_each_synonym_takes_its_words_once(synonyms):
    query = build_keyword_query(["autism", "asd", "swimming"], synonyms.needs)
    assert sorted(g.term for g in query.synonym_groups) == ["asd", "autism"]
    assert query.plain_words == ["swimming"]


@pytest.mark.parametrize(
    ("typed", "plain_words"),
    [
        ("help for my son", ["help", "for", "my", "son"]),  # nothing else: kept
        ("swimming for my son", ["swimming"]),
        ("things to do 14 swimming", ["swimming"]),  # stop words and bare numbers go too
        ("things to do", ["things", "to", "do"]),
        ("14", ["14"]),
        ("the", ["the"]),
    ],
)
def test_filler_and_stop_words_and_numbers_go_only_when_something_meaningful_is_left(
    synonyms, typed, plain_words
):
    assert build_keyword_query(query_words(typed), synonyms.needs).plain_words == plain_words


def test_a_synonym_with_no_words_in_it_never_matches(synonyms):
    SearchSynonym.objects.create(term="&&", means="anything")
    assert build_keyword_query([], synonyms.needs).synonym_groups == []


def test_a_need_s_synonyms_form_a_group_even_when_the_need_is_not_listed(synonyms):
    # A need added since the list of needs was read: its synonyms still expand.
    groups = dict(synonym_table([]))
    assert groups["asd"].need_id == synonyms.autism.pk
    assert groups["autistic spectrum"].alternatives == ["asd", "autistic spectrum"]


@pytest.mark.django_db
def test_a_compiled_tsquery_matches_and_ranks_as_its_tree_and_is_compiled_once(
    synonyms, monkeypatch
):
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F

    from directory.models import Service
    from tests.factories import ServiceFactory

    ServiceFactory(name="Autism outreach", summary="For autistic children")
    ServiceFactory(name="Swimming club", summary="Lessons for all ages")
    ServiceFactory(name="Speech therapy", summary="Help with talking")
    for text in (["autism"], ["swim", "autistic"], ["speech", "therapy"]):
        query = build_keyword_query(text, synonyms.needs).any_word()
        tree, compiled = query.tsquery(), query.compiled_tsquery()

        def ranked(tsquery):
            return list(
                Service.objects.filter(search_vector=tsquery)
                .annotate(rank=SearchRank(F("search_vector"), tsquery))
                .order_by("-rank", "pk")
                .values_list("pk", "rank")
            )

        assert ranked(compiled) == ranked(tree)
        assert ranked(tree)  # the check is about something
        calls = []
        original = type(tree).resolve_expression
        monkeypatch.setattr(
            type(tree),
            "resolve_expression",
            lambda self, *a, _calls=calls, _original=original, **k: (
                _calls.append(1) or _original(self, *a, **k)
            ),
        )
        ranked(compiled)
        ranked(compiled)
        monkeypatch.undo()
        assert calls == []  # compiled once already, in the first comparison
        assert query.compiled_tsquery() is compiled
