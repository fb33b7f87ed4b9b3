"""From the words typed in the search box to a PostgreSQL full-text query.

Words are normalised, common and filler words dropped, and need names, their
synonyms (admin-editable `NeedSynonym`) and the words parents use for services
(admin-editable `SearchSynonym`) expanded into alternatives. A synonym's term is
matched as whole words; only other words also match longer words they start.
"""

import copy
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache, reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchQueryField
from django.db.models import Func

from core.replicas import read_connection

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
        "son's",
        "daughter's",
        "child's",
        "ages",
        "somewhere",
        "go",
        "going",
        "place",
        "places",
        "teen",
        "teens",
        "teenager",
        "teenagers",
        "boy",
        "girl",
        "lessons",
        "classes",
        "someone",
        "something",
        "anything",
        "got",
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
    synonym_groups: list["SynonymGroup"]  # each matched term with its alternatives
    plain_words: list[str]
    match_any: bool = False

    def tsquery(self) -> SearchQuery | None:
        # Alternatives are matched as all-of-their-words rather than exact
        # phrases, so "speech therapy" also finds "speech and language therapy".
        parts: list[SearchQuery] = []
        for group in self.synonym_groups:
            parts.append(
                reduce(
                    or_,
                    (
                        SearchQuery(t, search_type=group.search_type(t), config="english")
                        for t in group.alternatives
                    ),
                )
            )
        parts.extend(_word_query(w) for w in self.plain_words)
        if not parts:
            return None
        return reduce(or_ if self.match_any else and_, parts)

    def compiled_tsquery(self) -> SearchQuery | None:
        """tsquery(), as one expression compiled once (see CompiledTsQuery)."""
        if "_compiled" not in self.__dict__:
            tree = self.tsquery()
            self.__dict__["_compiled"] = CompiledTsQuery(tree) if tree is not None else None
        return self.__dict__["_compiled"]

    def compiled_literal_tsquery(self) -> SearchQuery | None:
        """literal_tsquery(), as one expression compiled once (see CompiledTsQuery)."""
        if "_compiled_literal" not in self.__dict__:
            tree = self.literal_tsquery()
            compiled = CompiledTsQuery(tree) if tree is not None else None
            self.__dict__["_compiled_literal"] = compiled
        return self.__dict__["_compiled_literal"]

    def literal_tsquery(self) -> SearchQuery | None:
        """Any of the words as typed, without synonyms: a service that uses the family's
        own word ranks above one that matches only an expansion."""
        parts = [
            SearchQuery(g.term, search_type="plain", config="english") for g in self.synonym_groups
        ]
        parts.extend(_word_query(w) for w in self.plain_words)
        return reduce(or_, parts) if parts else None

    def any_word(self) -> "KeywordQuery":
        """The same query, matching any of its parts rather than all of them."""
        return replace(self, match_any=True)


class CompiledTsQuery(SearchQuery):
    """A tree of SearchQuery objects (words, synonyms, OR and AND) as one expression.

    A search uses its tsquery in three queries (the "any match?" check, the counting
    pass with two ranks, the page), and Django resolved and compiled the whole tree of
    8-20 nodes each time it appeared: about a tenth of a keyword search's time in
    Python. The tree holds only constants (words, the text search configuration), so
    its SQL is the same in every query: compiled the first time, then reused. Copies
    share the compiled SQL.
    """

    def __init__(self, tree: SearchQuery):
        Func.__init__(self, output_field=SearchQueryField())  # no source expressions
        self.tree = tree
        self.config = getattr(tree, "config", None)
        self.invert = False
        self._sql: dict = {}  # vendor -> (sql, params), shared by copies
        self.unestimated = False

    def resolve_expression(self, *args, **kwargs):
        return self  # nothing in it refers to the query

    def as_sql(self, compiler, connection, function=None, template=None):
        if connection.vendor not in self._sql:
            resolved = self.tree.resolve_expression(compiler.query)
            self._sql[connection.vendor] = compiler.compile(resolved)
        sql, params = self._sql[connection.vendor]
        if self.unestimated:
            return f"(SELECT {sql})", list(params)
        return sql, list(params)

    def for_matching(self) -> "CompiledTsQuery":
        """The same tsquery, for `search_vector @@ ...` in a WHERE clause, written as a
        sub-select so the planner cannot read the words when it plans the query.

        Given the words, PostgreSQL estimates how many services match by treating each
        synonym as independent of the others; a need's synonyms appear together (every
        service tagged with the need has them all in its search text), so "autism" (8
        synonyms, 17,539 of 100,000 services) was estimated at 61,000 matches and, once
        the table had no free space left by the seed, read by a sequential scan testing
        every row: 105 ms against 50 through the GIN index. Without the words the
        planner uses its fixed guess (0.5% of rows), which always picks the index: the
        plan cannot flip with the data (ADR 0008, item 31).
        """
        hidden = copy.copy(self)  # shares the compiled SQL
        hidden.unestimated = True
        return hidden

    def __invert__(self):
        raise NotImplementedError("negate the tree before compiling it")

    def __str__(self):
        return str(self.tree)


def _word_query(word: str) -> SearchQuery:
    """A word, also matching longer words it starts ("physio" finds "physiotherapy")."""
    if _PREFIXABLE.fullmatch(word):
        return SearchQuery(f"{word}:*", search_type="raw", config="english")
    return SearchQuery(word, search_type="plain", config="english")


@dataclass
class SynonymGroup:
    """A term found in the query and everything it can mean; `need_id` when it names a need."""

    term: str  # as it appears in the query
    alternatives: list[str]
    need_id: int | None = None

    def search_type(self, alternative: str) -> str:
        """How an alternative matches: all its words, except a parent's own phrase for a
        service ("home schooling"), which must appear as written, or it would find
        anything with "home" and "school" in it."""
        if self.need_id is None and alternative == self.term and " " in alternative:
            return "phrase"
        return "plain"


def synonym_table(needs) -> list[tuple[str, SynonymGroup]]:
    """(term, group) for every need name, need synonym and search synonym, longest first."""
    need_terms: dict[int, set[str]] = {n.pk: {n.name.lower()} for n in needs}
    extra: dict[str, set[str]] = {}
    with read_connection().cursor() as cursor:
        cursor.execute(
            "SELECT need_id, term, '' FROM directory_needsynonym "
            "UNION ALL SELECT NULL, term, means FROM directory_searchsynonym"
        )
        for need_id, term, means in cursor.fetchall():
            if need_id is not None:
                need_terms.setdefault(need_id, set()).add(term.lower())
            else:
                lines = [line.strip().lower() for line in means.splitlines() if line.strip()]
                extra.setdefault(term.lower(), set()).update([term.lower(), *lines])
    table: dict[str, SynonymGroup] = {}
    for need_id, terms in need_terms.items():
        for term in terms:
            table[term] = SynonymGroup(term, sorted(terms), need_id)
    for term, alternatives in extra.items():
        group = table.get(term)
        if group:  # a need's word that also has search synonyms: both meanings
            group.alternatives = sorted(set(group.alternatives) | alternatives)
        else:
            table[term] = SynonymGroup(term, sorted(alternatives))
    return sorted(table.items(), key=lambda item: -len(item[0]))


def _singular(word: str) -> str:
    """A rough singular, so "young carers" finds the synonym "young carer" and back."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=4096)
def _needle(term: str) -> str:
    """A synonym's words, singular, as " word word " for finding it among the query's
    words; "" if it has none. Cached: every search looks for every synonym (about 160)."""
    words = [_singular(w) for w in query_words(term)]
    return " " + " ".join(words) + " " if words else ""


def build_keyword_query(words: list[str], needs, table=None) -> KeywordQuery:
    """Split the words into synonym phrases (expanded) and plain words.

    `table`: synonym_table(needs), if the caller has it already.
    """
    singular = [_singular(w) for w in words]
    remaining = " " + " ".join(singular) + " "
    synonym_groups = []
    for term, group in table if table is not None else synonym_table(needs):
        needle = _needle(term)
        if needle and needle in remaining:
            synonym_groups.append(group)
            remaining = remaining.replace(needle, " ")
    # Words not taken by a synonym, as typed (plural or not).
    left = remaining.split()
    plain = [w for w, s in zip(words, singular, strict=True) if s in left]
    # Words people add that say little about what they want ("help for my son")
    # would otherwise have to appear in every result.
    # Likewise common English words and bare numbers ("things to do", "son 14").
    meaningful = [
        w for w in plain if w not in FILLER_WORDS and w not in STOP_WORDS and not w.isdigit()
    ]
    if meaningful or synonym_groups:
        plain = meaningful
    return KeywordQuery(words=words, synonym_groups=synonym_groups, plain_words=plain)
