"""From the words typed in the search box to a PostgreSQL full-text query.

Words are normalised, common and filler words dropped, and need names and
their synonyms (admin-editable `NeedSynonym`) expanded into alternatives.
"""

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery

from directory.models import Need, NeedSynonym

# Only plain letters and digits are turned into prefix queries (raw tsquery syntax).
_PREFIXABLE = re.compile(r"[a-z0-9]{3,}")
FILLER_WORDS = frozenset(
    [
        "help",
        "helping",
        "support",
        "supports",
        "service",
        "services",
        "my",
        "our",
        "son",
        "sons",
        "daughter",
        "daughters",
        "child",
        "childs",
        "children",
        "kid",
        "kids",
        "young",
        "person",
        "people",
        "year",
        "years",
        "old",
        "aged",
        "age",
        "need",
        "needs",
        "with",
        "for",
        "near",
        "me",
        "local",
        "find",
        "looking",
        "want",
        "information",
        "info",
    ]
)
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "get",
        "had",
        "has",
        "have",
        "he",
        "her",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "more",
        "my",
        "no",
        "not",
        "of",
        "on",
        "one",
        "or",
        "our",
        "out",
        "she",
        "so",
        "some",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "to",
        "too",
        "up",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
        "things",
        "thing",
    ]
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def clean_query(text: str) -> str:
    """Search words without control characters, odd spacing or unusual forms of letters."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch if unicodedata.category(ch)[0] not in "CZ" else " " for ch in text)
    return " ".join(text.split())


def query_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)][:20]


@dataclass
class KeywordQuery:
    """A search for some words, with synonyms expanded; all words (AND) or any (OR)."""

    words: list[str]
    synonym_groups: list[list[str]]  # each matched term with its alternatives
    plain_words: list[str]
    match_any: bool = False

    def tsquery(self) -> SearchQuery | None:
        # Alternatives are matched as all-of-their-words rather than exact
        # phrases, so "speech therapy" also finds "speech and language therapy".
        parts: list[SearchQuery] = []
        for alternatives in self.synonym_groups:
            parts.append(
                reduce(
                    or_,
                    (SearchQuery(t, search_type="plain", config="english") for t in alternatives),
                )
            )
        parts.extend(_word_query(w) for w in self.plain_words)
        if not parts:
            return None
        return reduce(or_ if self.match_any else and_, parts)

    def any_word(self) -> "KeywordQuery":
        """The same query, matching any of its parts rather than all of them."""
        return replace(self, match_any=True)


def _word_query(word: str) -> SearchQuery:
    """A word, also matching longer words it starts ("physio" finds "physiotherapy")."""
    if _PREFIXABLE.fullmatch(word):
        return SearchQuery(f"{word}:*", search_type="raw", config="english")
    return SearchQuery(word, search_type="plain", config="english")


def _synonym_table() -> list[tuple[str, list[str]]]:
    """(term, alternatives) for every need name and synonym, longest terms first."""
    groups: dict[int, set[str]] = {}
    for need_id, name in Need.objects.values_list("pk", "name"):
        groups.setdefault(need_id, set()).add(name.lower())
    for need_id, term in NeedSynonym.objects.values_list("need_id", "term"):
        groups.setdefault(need_id, set()).add(term.lower())
    table = []
    for terms in groups.values():
        for term in terms:
            table.append((term, sorted(terms)))
    table.sort(key=lambda item: -len(item[0]))
    return table


def build_keyword_query(text: str, words: list[str]) -> KeywordQuery:
    """Split the words into synonym phrases (expanded) and plain words."""
    remaining = " " + " ".join(words) + " "
    synonym_groups = []
    for term, alternatives in _synonym_table():
        needle = " " + " ".join(query_words(term)) + " "
        if needle.strip() and needle in remaining:
            synonym_groups.append(alternatives)
            remaining = remaining.replace(needle, " ")
    plain = [w for w in remaining.split() if w]
    # Words people add that say little about what they want ("help for my son")
    # would otherwise have to appear in every result.
    # Likewise common English words and bare numbers ("things to do", "son 14").
    meaningful = [
        w for w in plain if w not in FILLER_WORDS and w not in STOP_WORDS and not w.isdigit()
    ]
    if meaningful or synonym_groups:
        plain = meaningful
    return KeywordQuery(words=words, synonym_groups=synonym_groups, plain_words=plain)
