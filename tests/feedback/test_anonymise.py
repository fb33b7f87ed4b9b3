"""Tests for the automatic anonymiser of Local Offer comments.

Pure Python: runs with or without pytest-django and needs no database.

Run ``python -m tests.feedback.test_anonymise`` from the project root to print
recall per kind and the false-redaction count over the synthetic corpus.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterable, Sequence
from typing import Any

import pytest
from django.conf import settings as django_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.anonymise import (
    KINDS,
    PLACEHOLDERS,
    Redaction,
    find_redactions,
    highlight_html,
    is_valid_nhs_number,
    redact,
)
from feedback.selectors import redaction_terms
from tests.factories import LocationFactory, OrganisationFactory
from tests.feedback.anonymiser_corpus import CORPUS, CorpusItem

# Kinds whose recall on the corpus must be perfect: these are unambiguous
# formats, so missing one is a bug rather than a judgement call.
STRICT_KINDS = ("email", "phone", "postcode", "nhs_number", "ni_number", "titled_name")

IDENTIFYING_ITEMS = [item for item in CORPUS if item["identifiers"]]
CLEAN_ITEMS = [item for item in CORPUS if not item["identifiers"]]


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) at which ``needle`` occurs in ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def _is_covered(start: int, end: int, redactions: Sequence[Redaction]) -> bool:
    """Whether every character of text[start:end] lies inside some redaction."""
    return all(any(r.start <= i < r.end for r in redactions) for i in range(start, end))


def _overlapping(start: int, end: int, redactions: Sequence[Redaction]) -> list[Redaction]:
    return [r for r in redactions if r.start < end and start < r.end]


def _redactions_for(item: CorpusItem) -> list[Redaction]:
    return find_redactions(item["text"], item.get("extra_terms", ()))


def measure(corpus: Iterable[CorpusItem]) -> dict[str, Any]:
    """Score the anonymiser against a labelled corpus.

    Returns a dict with:

    ``items``, ``clean_items``
        how many comments, and how many with no identifiers;
    ``per_kind``
        for each expected kind: ``total`` identifiers, how many were fully
        ``covered`` by redactions, how many were covered by redactions of the
        expected kind (``labelled``), and ``recall`` (covered / total);
    ``false_spans``
        ``(item index, original)`` for every redaction that overlaps no
        identifier (and no word listed for the moderator) — text removed for
        no reason;
    ``over_redacted_chars``
        characters inside redactions that are not part of any identifier, for
        example a full stop swallowed next to a real identifier;
    ``moderator_total``, ``moderator_caught``
        identifying words the redactor is not expected to find, and how many
        of them it covered anyway.
    """
    per_kind: dict[str, dict[str, float]] = {}
    false_spans: list[tuple[int, str]] = []
    over_redacted = 0
    moderator_total = moderator_caught = 0
    items = clean = 0

    for index, item in enumerate(corpus):
        items += 1
        clean += not item["identifiers"]
        text = item["text"]
        redactions = _redactions_for(item)

        for identifier, kind in zip(item["identifiers"], item["kinds"], strict=True):
            stats = per_kind.setdefault(kind, {"total": 0, "covered": 0, "labelled": 0})
            stats["total"] += 1
            spans = _occurrences(text, identifier)
            if spans and all(_is_covered(s, e, redactions) for s, e in spans):
                stats["covered"] += 1
                if all(r.kind == kind for s, e in spans for r in _overlapping(s, e, redactions)):
                    stats["labelled"] += 1

        moderator = item.get("moderator", [])
        for word in moderator:
            moderator_total += 1
            spans = _occurrences(text, word)
            moderator_caught += bool(spans) and all(_is_covered(s, e, redactions) for s, e in spans)

        protected = [
            span
            for needle in [*item["identifiers"], *moderator]
            for span in _occurrences(text, needle)
        ]
        for r in redactions:
            if not any(r.start < e and s < r.end for s, e in protected):
                false_spans.append((index, r.original))
            over_redacted += sum(
                1 for i in range(r.start, r.end) if not any(s <= i < e for s, e in protected)
            )

    for stats in per_kind.values():
        stats["recall"] = stats["covered"] / stats["total"]

    return {
        "items": items,
        "clean_items": clean,
        "per_kind": per_kind,
        "false_spans": false_spans,
        "over_redacted_chars": over_redacted,
        "moderator_total": moderator_total,
        "moderator_caught": moderator_caught,
    }


def format_summary(results: dict[str, Any]) -> str:
    """A plain-text table of :func:`measure` results."""
    lines = [
        f"Corpus: {results['items']} comments ({results['clean_items']} clean)",
        "",
        f"{'kind':<15}{'total':>7}{'covered':>9}{'recall':>9}{'right kind':>12}",
    ]
    for kind in sorted(results["per_kind"]):
        s = results["per_kind"][kind]
        lines.append(
            f"{kind:<15}{s['total']:>7}{s['covered']:>9}{s['recall']:>9.0%}{s['labelled']:>12}"
        )
    lines += [
        "",
        f"False redaction spans (overlapping no identifier): {len(results['false_spans'])}",
    ]
    lines += [f"  item {index}: {original!r}" for index, original in results["false_spans"]]
    lines += [
        f"Characters redacted outside identifiers: {results['over_redacted_chars']}",
        f"Left for the moderator (bare names etc.): {results['moderator_total']}, "
        f"caught anyway: {results['moderator_caught']}",
    ]
    return "\n".join(lines)


def _item_id(item: CorpusItem) -> str:
    return item["text"][:40]


def _kinds_of(text: str, extra_terms: Iterable[str] = ()) -> list[tuple[str, str]]:
    return [(r.kind, r.original) for r in find_redactions(text, extra_terms)]


# --------------------------------------------------------------------------
# The corpus itself
# --------------------------------------------------------------------------


def test_corpus_has_enough_comments() -> None:
    assert len(CORPUS) >= 60
    assert len(CLEAN_ITEMS) >= 15


def test_corpus_identifiers_occur_in_their_text_with_a_kind_each() -> None:
    for item in CORPUS:
        assert len(item["identifiers"]) == len(item["kinds"]), item["text"]
        for identifier in item["identifiers"]:
            assert identifier in item["text"], identifier
        assert set(item["kinds"]) <= set(KINDS)


def test_corpus_covers_every_kind_several_times() -> None:
    counts = dict.fromkeys(KINDS, 0)
    for item in CORPUS:
        for kind in item["kinds"]:
            counts[kind] += 1
    assert all(count >= 2 for count in counts.values()), counts


# --------------------------------------------------------------------------
# Recall and false redactions on the corpus
# --------------------------------------------------------------------------


@pytest.mark.parametrize("item", IDENTIFYING_ITEMS, ids=_item_id)
def test_every_identifier_is_fully_covered(item: CorpusItem) -> None:
    redactions = _redactions_for(item)
    for identifier in item["identifiers"]:
        for start, end in _occurrences(item["text"], identifier):
            assert _is_covered(start, end, redactions), identifier


@pytest.mark.parametrize("kind", STRICT_KINDS)
def test_recall_is_complete_for_unambiguous_kinds(kind: str) -> None:
    assert measure(CORPUS)["per_kind"][kind]["recall"] == 1.0


def test_recall_is_complete_for_every_kind_in_the_corpus() -> None:
    per_kind = measure(CORPUS)["per_kind"]
    assert {kind: stats["recall"] for kind, stats in per_kind.items()} == dict.fromkeys(
        per_kind, 1.0
    )


def test_identifiers_are_labelled_with_the_expected_kind() -> None:
    per_kind = measure(CORPUS)["per_kind"]
    assert {k: s["labelled"] for k, s in per_kind.items()} == {
        k: s["total"] for k, s in per_kind.items()
    }


def test_no_redaction_falls_outside_the_identifiers() -> None:
    assert measure(CORPUS)["false_spans"] == []


@pytest.mark.parametrize("item", CLEAN_ITEMS, ids=_item_id)
def test_clean_comment_is_left_unchanged(item: CorpusItem) -> None:
    assert redact(item["text"]) == item["text"]


@pytest.mark.parametrize("item", IDENTIFYING_ITEMS, ids=_item_id)
def test_redacted_text_contains_none_of_the_identifiers(item: CorpusItem) -> None:
    redacted = redact(item["text"], item.get("extra_terms", ()))
    for identifier in item["identifiers"]:
        assert identifier not in redacted


def test_measure_counts_a_redaction_outside_identifiers_as_false() -> None:
    corpus: list[CorpusItem] = [
        {"text": "Ring 07700 900123 please.", "identifiers": [], "kinds": []},
    ]
    assert measure(corpus)["false_spans"] == [(0, "07700 900123")]


# --------------------------------------------------------------------------
# The public functions' contracts
# --------------------------------------------------------------------------


def test_redact_uses_a_placeholder_per_kind() -> None:
    text = "Call Mrs Patel on 07700 900123 or email jo@example.com."
    assert redact(text) == (
        "Call [name removed] on [phone number removed] or email [email removed]."
    )


def test_every_kind_has_a_bracketed_placeholder() -> None:
    assert all(re.fullmatch(r"\[[^\]]+ removed\]", PLACEHOLDERS[kind]) for kind in KINDS)


def test_redaction_records_the_original_text() -> None:
    text = "Email jo@example.com today"
    [r] = find_redactions(text)
    assert (r.start, r.end, r.kind, r.original) == (6, 20, "email", "jo@example.com")
    assert text[r.start : r.end] == r.original


def test_overlapping_matches_become_one_redaction_of_the_longer_kind() -> None:
    # "Jones" (custom, 5 characters) lies inside "Mrs Jones" (titled name, 9).
    assert _kinds_of("Ask Mrs Jones.", ["Jones"]) == [("titled_name", "Mrs Jones")]


@pytest.mark.parametrize(
    ("text", "term", "kind"),
    [
        # Same span: the more specific kind wins, whichever sorts first.
        ("Ask Mrs Jones.", "Mrs Jones", "titled_name"),
        ("We are at 12 Acacia Avenue now.", "12 Acacia Avenue", "address"),
    ],
)
def test_on_a_tie_the_more_specific_kind_names_the_redaction(text, term, kind) -> None:
    assert _kinds_of(text, [term]) == [(kind, term)]


def test_a_long_number_away_from_other_redactions_is_still_removed() -> None:
    # The digit safety net skips only numbers inside another redaction, not every number
    # in a comment that has one.
    assert _kinds_of("Email jo@example.com about case 12345678901 please") == [
        ("email", "jo@example.com"),
        ("number", "12345678901"),
    ]


@given(st.text(alphabet=st.sampled_from("0123456789 -+()@.abcMrsDQ\n"), max_size=80))
@settings(deadline=None, max_examples=200)
def test_redactions_are_sorted_and_never_overlap(text: str) -> None:
    redactions = find_redactions(text)
    for before, after in zip(redactions, redactions[1:], strict=False):
        assert before.end <= after.start
    assert all(text[r.start : r.end] == r.original for r in redactions)


# --------------------------------------------------------------------------
# highlight_html
# --------------------------------------------------------------------------


def test_highlight_escapes_script_tags() -> None:
    result = highlight_html("<script>alert('x')</script> great service")
    assert "<script>" not in result
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in result


def test_highlight_wraps_redactions_in_mark() -> None:
    assert highlight_html("Ring 07700 900123 now") == (
        'Ring <mark class="app-redaction" title="phone">07700 900123</mark> now'
    )


def test_highlight_says_in_words_what_was_found_for_screen_readers() -> None:
    assert highlight_html("Ring 07700 900123 now", label_class="visually-hidden") == (
        'Ring <mark class="app-redaction" title="phone">07700 900123</mark>'
        '<span class="visually-hidden"> (removed: phone number)</span> now'
    )


def test_highlight_escapes_html_inside_a_redaction() -> None:
    result = highlight_html("Our school <b>Oakfield</b> refused", ["Oakfield"])
    assert result == (
        'Our school &lt;b&gt;<mark class="app-redaction" title="custom">Oakfield</mark>'
        "&lt;/b&gt; refused"
    )


@given(st.text(max_size=120))
@settings(deadline=None, max_examples=200)
def test_highlight_only_adds_mark_tags(text: str) -> None:
    result = highlight_html(text + " <img src=x onerror=alert(1)> 07700 900123")
    without_marks = re.sub(r'<mark class="app-redaction" title="[a-z_]+">|</mark>', "", result)
    assert "<" not in without_marks
    assert html.unescape(without_marks) == text + " <img src=x onerror=alert(1)> 07700 900123"


# --------------------------------------------------------------------------
# NHS numbers and other long numbers
# --------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["943 476 5919", "943-476-5919", "9434765919"])
def test_valid_nhs_number_is_redacted_as_nhs_number(number: str) -> None:
    assert _kinds_of(f"NHS number {number}.") == [("nhs_number", number)]


def test_check_digit_of_eleven_counts_as_zero() -> None:
    # The weighted sum of 999000005 is 253, a multiple of 11.
    assert is_valid_nhs_number("999 000 0050")


def test_check_digit_of_ten_makes_every_number_invalid() -> None:
    # The weighted sum of 999000000 is 243, remainder 1, so the check digit
    # would be 10: no number starting 999 000 000 can be valid.
    assert not any(is_valid_nhs_number(f"999000000{d}") for d in range(10))


def test_wrong_check_digit_is_invalid() -> None:
    assert not is_valid_nhs_number("943 476 5918")


@pytest.mark.parametrize("number", ["943 476 591", "943 476 59190", "943 476 591X", ""])
def test_numbers_of_the_wrong_length_or_with_letters_are_not_nhs_numbers(number) -> None:
    assert not is_valid_nhs_number(number)


def test_invalid_nhs_shaped_number_is_still_redacted_as_a_number() -> None:
    # Probably a mistyped NHS number: safer to remove it than to publish it.
    assert _kinds_of("NHS number 943 476 5918 is wrong") == [("number", "943 476 5918")]


def test_a_valid_nhs_number_after_a_mistyped_one_is_still_an_nhs_number() -> None:
    assert _kinds_of("NHS number 943 476 5918, sorry, 943 476 5919") == [
        ("number", "943 476 5918"),
        ("nhs_number", "943 476 5919"),
    ]


def test_invalid_ten_digits_starting_with_zero_is_a_phone_number() -> None:
    assert _kinds_of("ring 0808 157 0123 today") == [("phone", "0808 157 0123")]


def test_valid_ten_digits_starting_with_zero_is_a_phone_unless_nhs_is_mentioned() -> None:
    # 0123456789 passes the modulus 11 check but is written like a phone number.
    assert is_valid_nhs_number("0123456789")
    assert _kinds_of("call 0123456789") == [("phone", "0123456789")]
    assert _kinds_of("NHS no 0123456789") == [("nhs_number", "0123456789")]


@pytest.mark.parametrize("number", ["123456789", "12345678901234", "4200182633"])
def test_any_other_run_of_nine_or_more_digits_is_redacted(number: str) -> None:
    assert _kinds_of(f"case ref {number} please") == [("number", number)]


@pytest.mark.parametrize("text", ["12345678 people", "from 2019 2020 2021 onwards"])
def test_shorter_numbers_and_lists_of_years_are_not_redacted(text: str) -> None:
    assert find_redactions(text) == []


@pytest.mark.parametrize(
    "text", ["ages 12 to 25, case ref 123456789", "from 2019 2020 2021, case ref 123456789"]
)
def test_a_long_number_after_a_short_one_or_a_list_of_years_is_still_removed(text) -> None:
    assert _kinds_of(text) == [("number", "123456789")]


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "07700 900123",
        "07700900123",
        "07700 900 123",
        "07700-900-123",
        "07700.900.123",
        "+44 7700 900 123",
        "+447700900123",
        "+44 (0)7700 900123",
        "+44 (0) 1632 960 123",
        "0044 7700 900123",
        "(01632) 960 123",
        "01632 960123",
        "020 7946 0123",
        "(020) 7946 0123",
        "0113 496 0123",
        "0808 157 0123",
        "0800 000 0000",  # freephone shape (an obviously fake number)
        "0300 000 0000",
    ],
)
def test_uk_phone_number_is_redacted(number: str) -> None:
    assert _kinds_of(f"Please call {number}, thanks") == [("phone", number)]


@pytest.mark.parametrize(
    "text",
    [
        "in 2023 we waited",
        "she is 14 years old",
        "it costs £1,200 a term",
        "from 10:30 to 12:00",
        "3 sessions a week",
        "ages 0-25",
        "Childline 0800 1111",
        "NHS 111 or 999",
        "between 09:00 and 17:30",
        "£0.50 per mile",
    ],
)
def test_ordinary_numbers_are_not_phone_numbers(text: str) -> None:
    assert find_redactions(text) == []


def test_mobile_number_is_not_swallowed_into_following_time() -> None:
    assert _kinds_of("call 07700 900123 9am to 5pm") == [("phone", "07700 900123")]


@pytest.mark.parametrize(
    "number",
    [
        "0712 345 678",  # a mobile (07) always has 11 digits
        "0012 345 6789",  # 00 starts an international number, and only 0044 is the UK
    ],
)
def test_numbers_no_uk_phone_can_have_are_removed_as_numbers_not_phones(number) -> None:
    assert _kinds_of(f"ring {number} today") == [("number", number)]


# --------------------------------------------------------------------------
# Postcodes
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "postcode",
    [
        "M1 1AE",  # A9 9AA
        "B33 8TH",  # A99 9AA
        "CR2 6XH",  # AA9 9AA
        "DN55 1PT",  # AA99 9AA
        "W1A 0AX",  # A9A 9AA
        "EC1A 1BB",  # AA9A 9AA
        "EC1A1BB",
        "ls97dw",
        "sw1w 0ny",
        "Cr2 6xh",
        "AB1 2CD",  # a familiar made-up postcode, typed in capitals
    ],
)
def test_postcode_is_redacted_in_any_format(postcode: str) -> None:
    assert _kinds_of(f"We live in {postcode}, near the school") == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "the A10 road",
        "room B12, 2nd floor",
        "room B12 2nd floor",
        "KS2 3rd year",
        "after Y6 3pm pick up",
        "vitamin B12 and D3",
        "the M25 is busy",
        "ab1 2cd",  # lower case with letters Royal Mail never uses
        # Times and units whose letters could end a real postcode.
        "after the M6 2hr drive",
        "a hum from the N1 5hz light",
        "our W1 4gb tablet",
    ],
)
def test_ordinary_words_are_not_postcodes(text: str) -> None:
    assert find_redactions(text) == []


# --------------------------------------------------------------------------
# National Insurance numbers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["QQ 12 34 56 C", "QQ123456C", "qq 123456 a", "AB 12 34 56 D", "QQ-12-34-56-B", "JX123456"],
)
def test_national_insurance_number_is_redacted(number: str) -> None:
    assert _kinds_of(f"NI {number} thanks") == [("ni_number", number)]


@pytest.mark.parametrize(
    "number",
    [
        "DA123456A",
        "FA123456A",
        "QA123456A",
        "AO123456A",
        "BG123456A",
        "GB123456A",
        "KN123456A",
        "NK123456A",
        "NT123456A",
        "TN123456A",
        "ZZ123456A",
    ],
)
def test_unallocated_prefixes_are_not_national_insurance_numbers(number: str) -> None:
    assert all(kind != "ni_number" for kind, _ in _kinds_of(f"ref {number}"))


def test_lower_case_letters_without_a_suffix_are_not_a_national_insurance_number() -> None:
    assert find_redactions("see you at 12 34 56 on the map") == []


@pytest.mark.parametrize("before", ["GB123456A", "at 12 34 56"])
def test_a_national_insurance_number_after_one_that_is_not_is_still_found(before) -> None:
    kinds = _kinds_of(f"ref {before}, then NI AB 12 34 56 D please")
    assert ("ni_number", "AB 12 34 56 D") in kinds


# --------------------------------------------------------------------------
# Dates of birth
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("born on 3 March 2015", "3 March 2015"),
        ("DOB 03/03/2015", "03/03/2015"),
        ("date of birth: 2015-03-03", "2015-03-03"),
        ("d.o.b. 3.3.15", "3.3.15"),
        ("born 12th June 2012", "12th June 2012"),
        ("born on the 3rd of March, 2015", "3rd of March, 2015"),
        ("born March 3rd 2015", "March 3rd 2015"),
        ("born in Sept. 2016", "Sept. 2016"),
        ("his birthday is on 4 May.", "4 May"),
        ("Date of Birth - 14 Feb 2016", "14 Feb 2016"),
    ],
)
def test_date_in_a_birth_context_is_redacted(text: str, date: str) -> None:
    assert _kinds_of(text) == [("date_of_birth", date)]


def test_any_full_numeric_date_is_redacted() -> None:
    assert _kinds_of("seen on 14/05/2025 at last") == [("date_of_birth", "14/05/2025")]


@pytest.mark.parametrize(
    "text",
    [
        "in March",
        "since 2015",
        "in 2023 we applied",
        "Year 6",
        "the meeting on 3 March went well",
        "born in 2015",
        "born at 28 weeks",
        "the 2023-2024 school year",
        "on 12/03 we phoned",
    ],
)
def test_ordinary_dates_and_years_are_not_redacted(text: str) -> None:
    assert find_redactions(text) == []


# --------------------------------------------------------------------------
# Names with a title
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Mrs Patel",
        "Mr. O'Brien",
        "Dr Smith-Jones",
        "Ms Kaur",
        "Miss Nkemelu",
        "Mx Taylor",
        "Prof Ahmed",
        "Sir Barnaby Pike",
        "Dame Eloise Wrenfield",
        "Mrs Anna Patel",
        "Mrs A. Patel",
        "Mr McDonald",
        "Cllr Hartigan",
        "Ms Núñez",
    ],
)
def test_titled_name_is_redacted(name: str) -> None:
    assert _kinds_of(f"I spoke to {name} yesterday") == [("titled_name", name)]


def test_lower_case_titled_name_is_redacted() -> None:
    assert _kinds_of("we saw mrs patel and she said no") == [("titled_name", "mrs patel")]


@pytest.mark.parametrize(
    "text",
    [
        "I have a Dr. appointment on Monday",
        "a dr appointment",
        "Mr and Mrs on every letter",
        "the meeting was on MS Teams",
        "I miss the coffee mornings",
    ],
)
def test_titles_without_a_name_are_not_redacted(text: str) -> None:
    assert find_redactions(text) == []


@pytest.mark.parametrize(
    "name",
    [
        "MRS PATEL",
        "MR O'BRIEN",
        "DR A. SMITH-JONES",
        "MS KAUR",
        "MRS Patel",
        "Mrs van der Berg",
        "Mr de Souza",
        "Mrs Van der Berg",
        "Miss de la Cruz",
        "Mrs patel",
        "Dr. patel",
    ],
)
def test_titled_name_in_capitals_or_with_a_particle_is_redacted(name: str) -> None:
    assert _kinds_of(f"I spoke to {name} yesterday") == [("titled_name", name)]


def test_a_name_in_capitals_stops_before_the_next_word() -> None:
    assert _kinds_of("MRS PATEL SAID NO") == [("titled_name", "MRS PATEL")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("miss patel was kind", "miss patel"),
        ("We waited. miss patel rang back", "miss patel"),
        ("We waited\nmiss patel rang back", "miss patel"),  # a new line starts a sentence
        ("we emailed mrs. patel twice", "mrs. patel"),
        ("we wrote to dr. lindqvist", "dr. lindqvist"),
        ("mr de souza was kind", "mr de souza"),
    ],
)
def test_lower_case_title_after_a_full_stop_or_at_a_sentence_start_is_redacted(
    text: str, name: str
) -> None:
    assert _kinds_of(text) == [("titled_name", name)]


@pytest.mark.parametrize(
    "text",
    [
        "MS TEAMS",
        "we met on ms teams",
        "Links to MS WORD and MS EXCEL files",
        "the MS Society nurse",
        "I HAVE A DR APPOINTMENT",
        "MR AND MRS ON LETTERS",
        "we miss school",
        "I really miss patel",
        "a dr appointment",
        "Miss out on one and you lose it",
        "MR X",
    ],
)
def test_capitals_and_lower_case_titles_without_a_name_are_not_redacted(text: str) -> None:
    assert find_redactions(text) == []


def test_sentence_after_a_name_is_not_taken_as_a_second_name() -> None:
    assert _kinds_of("Ask Mrs Patel The office is shut") == [("titled_name", "Mrs Patel")]


# --------------------------------------------------------------------------
# Street addresses
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "12 Acacia Avenue",
        "Flat 3, 45 Mill Lane",
        "221b Baker Street",
        "7 Orchard Close",
        "3 St Mary's Road",
        "12-14 High St",
        "40 Cherry Tree Green",
        "8 Valley View",
    ],
)
def test_house_number_and_street_is_redacted(address: str) -> None:
    assert _kinds_of(f"We live at {address}, sadly") == [("address", address)]


@pytest.mark.parametrize(
    "address",
    [
        "12 acacia avenue",
        "flat 2, 7 mill lane",
        "39 old orchard road",
        "10 oak rd",
        "221b baker street",
    ],
)
def test_lower_case_house_number_and_street_is_redacted(address: str) -> None:
    assert _kinds_of(f"we live at {address}, sadly") == [("address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "a 10 minute walk",
        "a 2 mile walk",
        "it is a 5 min drive",
        "we spent 2 hours in the park",
        "at 3 the park",
        "only 1 more way in",
        "there are 2 green spaces",
        "he is 12 next park day",
    ],
)
def test_numbers_before_lower_case_words_are_not_addresses(text: str) -> None:
    assert find_redactions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "there are 3 Local Offer pages",
        "Church Street Library",
        "St John Ambulance",
        "ages 0-25 Church Street Library",
        "2 Family Hubs",
    ],
)
def test_numbers_before_capitalised_words_are_not_addresses(text: str) -> None:
    assert find_redactions(text) == []


# --------------------------------------------------------------------------
# Email addresses
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "jo@example.com",
        "jo.bloggs+send@example.org",
        "J.BLOGGS@MAIL.EXAMPLE.NET",
        "parent_carer@family.test",
        "jo dot bloggs at example dot com",
        "paul(at)example(dot)org",
    ],
)
def test_email_address_is_redacted(email: str) -> None:
    assert _kinds_of(f"Write to {email}, please") == [("email", email)]


@pytest.mark.parametrize("text", ["meet @ 10.30", "follow @LocalOffer", "look at it dot by dot"])
def test_at_signs_and_the_word_at_are_not_emails(text: str) -> None:
    assert find_redactions(text) == []


# --------------------------------------------------------------------------
# Custom terms
# --------------------------------------------------------------------------


def test_custom_term_is_redacted_case_insensitively() -> None:
    assert _kinds_of("OAKFIELD primary said no", ["Oakfield Primary"]) == [
        ("custom", "OAKFIELD primary")
    ]


def test_custom_term_allows_any_whitespace_between_words() -> None:
    assert _kinds_of("at Oakfield\n  Primary today", ["Oakfield Primary"]) == [
        ("custom", "Oakfield\n  Primary")
    ]


def test_custom_term_matches_whole_words_only() -> None:
    assert find_redactions("Jonesy and Ajones", ["Jones"]) == []


def test_custom_surname_is_redacted_with_or_without_title() -> None:
    redacted = redact("Mrs Jones said jones would call", ["Jones"])
    assert redacted == "[name removed] said [name removed] would call"


def test_blank_custom_terms_are_ignored() -> None:
    assert find_redactions("nothing to see", ["", "   "]) == []


def test_custom_term_with_regex_characters_is_taken_literally() -> None:
    assert _kinds_of("St. Mary's (C of E) is great", ["St. Mary's (C of E)"]) == [
        ("custom", "St. Mary's (C of E)")
    ]


# --------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chunk",
    ["1 2 3 4 ", "at dot ", "Mrs Mr Dr ", "12 Acacia ", "a.b.c.d@", "0-0-0-0-", "word "],
)
def test_long_adversarial_text_is_processed_quickly(chunk: str) -> None:
    text = chunk * (20_000 // len(chunk))
    started = time.perf_counter()
    find_redactions(text)
    # Generous bound: catastrophic backtracking would take minutes, not seconds.
    assert time.perf_counter() - started < 2.0


if __name__ == "__main__":
    print(format_summary(measure(CORPUS)))


@pytest.mark.django_db
def test_organisations_and_venues_in_the_directory_are_removed_but_not_the_council():
    OrganisationFactory(name="Thornbury Parent Partnership")
    OrganisationFactory(name=django_settings.COUNCIL_NAME)
    LocationFactory(name="Fennel Lane Family Hub")
    text = (
        f"Staff at Thornbury Parent Partnership and Fennel Lane Family Hub helped; "
        f"{django_settings.COUNCIL_NAME} did not."
    )
    result = redact(text, redaction_terms())
    assert "Thornbury" not in result
    assert "Fennel Lane Family Hub" not in result
    assert django_settings.COUNCIL_NAME in result
