"""From the words typed in the search box to a PostgreSQL full-text query.

Words are normalised, common and filler words dropped, and need names, their
synonyms (admin-editable `NeedSynonym`) and the words parents use for services
(admin-editable `SearchSynonym`) expanded into alternatives. A synonym's term is
matched as whole words; only other words also match longer words they start.
"""

import copy
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache, reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchQueryField, SearchRank
from django.db.models import F, Func
from django.db.models.sql import Query

from core.replicas import read_connection
from directory.models import Need, Service

# ts_rank weights for the search vector's parts: D (unused), C (description), B (summary
# and tags: needs, areas, organisation, venues), A (name).
RANK_WEIGHTS = [0.05, 0.2, 0.4, 1.0]
# need_bits, area_bits and need_ranks hold ids 1 to 62 (the SQL function directory_id_bits).
ID_BITS_MAX = 62
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
    # The need's own name and synonyms only (no search synonym adds to them): then each
    # service's rank for the alternatives is stored with it (Service.need_ranks).
    need_terms_only: bool = field(default=False, compare=False)

    def search_type(self, alternative: str) -> str:
        """How an alternative matches: all its words, except a parent's own phrase for a
        service ("home schooling"), which must appear as written, or it would find
        anything with "home" and "school" in it."""
        if self.need_id is None and alternative == self.term and " " in alternative:
            return "phrase"
        return "plain"


def synonym_table(needs) -> list[tuple[str, SynonymGroup]]:
    """(term, group) for every need name, need synonym and search synonym, longest first."""
    with read_connection().cursor() as cursor:
        cursor.execute(
            "SELECT need_id, term, '' FROM directory_needsynonym "
            "UNION ALL SELECT NULL, term, means FROM directory_searchsynonym"
        )
        rows = cursor.fetchall()
    need_terms = _need_terms(needs, [(need_id, term) for need_id, term, _ in rows if need_id])
    extra: dict[str, set[str]] = {}
    for need_id, term, means in rows:
        if need_id is None:
            lines = [line.strip().lower() for line in means.splitlines() if line.strip()]
            extra.setdefault(term.lower(), set()).update([term.lower(), *lines])
    table: dict[str, SynonymGroup] = {}
    listed = {n.pk for n in needs}  # a need left out has no name here: not its own terms
    for need_id, terms in need_terms.items():
        for term in terms:
            own = need_id in listed
            table[term] = SynonymGroup(term, sorted(terms), need_id, need_terms_only=own)
    for term, alternatives in extra.items():
        group = table.get(term)
        if group:  # a need's word that also has search synonyms: both meanings
            # (Only this term's: the need's other terms keep its own alternatives.)
            group.need_terms_only = set(group.alternatives) >= alternatives
            group.alternatives = sorted(set(group.alternatives) | alternatives)
        else:
            table[term] = SynonymGroup(term, sorted(alternatives))
    return sorted(table.items(), key=lambda item: -len(item[0]))


def _need_terms(needs, synonyms) -> dict[int, set[str]]:
    """Each need's name and synonyms, lower case: {need id: terms}."""
    terms: dict[int, set[str]] = {n.pk: {n.name.lower()} for n in needs}
    for need_id, term in synonyms:
        terms.setdefault(need_id, set()).add(term.lower())
    return terms


def search_vector_sql(connection, alias: str) -> tuple[str, list]:
    """Service.search_vector's expression, reading the columns of `alias` (a row with the
    service's name, summary, search_extra and description): the vector a row will have."""
    query = Query(Service)
    compiler = query.get_compiler(connection=connection)
    expression = Service._meta.get_field("search_vector").expression
    sql, params = expression.resolve_expression(query).as_sql(compiler, connection)
    table = connection.ops.quote_name(Service._meta.db_table)
    return sql.replace(f"{table}.", f"{alias}."), list(params)


def need_ranks_sql(connection, vector: str) -> tuple[str, list]:
    """SQL for Service.need_ranks from the search vector `vector` (SQL): a real[] with, at
    each need's id, the vector's rank for a search for the need (need_match_queries), or
    NULL where the vector does not match it. Ids 1 to ID_BITS_MAX."""
    queries = need_match_queries(connection)
    query = Query(Service)
    compiler = query.get_compiler(connection=connection)
    items, params = [], []
    for need_id in range(1, ID_BITS_MAX + 1):
        if need_id not in queries:
            items.append("NULL")
            continue
        tsquery = queries[need_id].resolve_expression(query)
        rank = SearchRank(F("search_vector"), tsquery, weights=RANK_WEIGHTS)
        rank_sql, rank_params = rank.resolve_expression(query).as_sql(compiler, connection)
        match_sql, match_params = compiler.compile(tsquery)
        table = connection.ops.quote_name(Service._meta.db_table)
        column = f"{table}.{connection.ops.quote_name('search_vector')}"
        assert column in rank_sql, rank_sql  # noqa: S101 - the vector is read from `vector`
        items.append(
            f"CASE WHEN {vector} @@ {match_sql} THEN {rank_sql.replace(column, vector)} END"
        )
        params += [*match_params, *rank_params]
    return f"ARRAY[{', '.join(items)}]::real[]", params


def need_match_queries(connection) -> dict[int, SearchQuery]:
    """{need id: the tsquery a search for the need's name matches and ranks services by},
    read on `connection`: the query of a search whose words are just one of the need's
    terms (SynonymGroup.need_terms_only). Service.need_ranks holds each service's rank
    for each of these."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT need_id, term FROM directory_needsynonym")
        synonyms = cursor.fetchall()
    needs = Need.objects.using(connection.alias).only("pk", "name")
    queries = {}
    for need_id, terms in _need_terms(needs, synonyms).items():
        group = SynonymGroup(sorted(terms)[0], sorted(terms), need_id, need_terms_only=True)
        queries[need_id] = KeywordQuery(words=[], synonym_groups=[group], plain_words=[]).tsquery()
    return queries


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
