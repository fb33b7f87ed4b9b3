"""Reads from the directory: the home page, search and the service page."""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import BooleanField, F, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django.shortcuts import get_object_or_404

from core import hooks
from directory.filters import FACET_GROUPS, ServiceFilter
from directory.models import AGE_GROUPS, AreaOfProvision, Location, Need, NeedSynonym, Service
from directory.presenters import needs_in_order

RESULTS_PER_PAGE = 20
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


def home_page_context() -> dict:
    return {
        "age_groups": [(key, label) for key, (_, _, label) in AGE_GROUPS.items()],
        "broad_needs": list(Need.objects.broad_areas()),
        "areas": list(AreaOfProvision.objects.all()),
        # Blocks from feature apps (information pages), which the directory does not import.
        "link_groups": hooks.home_blocks(),
    }


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


def suggest_spelling(words: list[str]) -> list[str] | None:
    """The closest known word for each word we don't know, or None if nothing changes.

    Short words and common English words are left alone: "to" is not a typo for "too".
    """
    checkable = [w for w in words if len(w) >= 4 and w not in STOP_WORDS and not w.isdigit()]
    if not checkable:
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT q.word, best.word
            FROM unnest(%s::text[]) AS q(word)
            LEFT JOIN LATERAL (
                SELECT sw.word FROM directory_searchword sw
                WHERE sw.word %% q.word OR sw.word = q.word
                ORDER BY sw.word = q.word DESC, similarity(sw.word, q.word) DESC, sw.word
                LIMIT 1
            ) AS best ON true
            """,
            [checkable],
        )
        best = dict(cursor.fetchall())
    corrected = [best.get(w) or w for w in words]
    return corrected if corrected != words else None


@dataclass
class SearchResults:
    filterset: ServiceFilter
    page: Page
    total: int
    query: str = ""
    corrected_query: str = ""  # when results are for a corrected spelling
    suggestion: str = ""  # "Did you mean" when nothing matched
    matched_any_word: bool = False
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    selected: list = field(default_factory=list)


def _keyword_condition(keyword: KeywordQuery) -> tuple[Q, SearchQuery] | None:
    tsquery = keyword.tsquery()
    if tsquery is None:
        return None
    return Q(search_vector=tsquery), tsquery


def _first_match(base, filters_q, attempts):
    for attempt in attempts:
        built = _keyword_condition(attempt)
        if built and base.filter(built[0] & filters_q).exists():
            return attempt, built
    return None


def search_services(params, *, page_number=None) -> SearchResults:
    """Published services matching the search words and filters, ranked, paginated, with counts.

    A constant number of queries whatever the number of results. Unknown or
    out-of-range filter values are reported on the form and otherwise ignored.
    """
    if not hasattr(params, "getlist"):
        params = _as_querydict(params)
    needs = needs_in_order(Need.objects.all())
    areas = list(AreaOfProvision.objects.all())
    filterset = ServiceFilter(
        params, queryset=Service.objects.published(), needs=needs, areas=areas
    )
    filterset.is_valid()
    data = getattr(filterset.form, "cleaned_data", {})
    text = clean_query(data.get("q") or "")
    words = query_words(text)
    base = Service.objects.published()
    conditions = filterset.group_conditions()
    filters_q = reduce(and_, conditions.values()) if conditions else Q()

    result = SearchResults(filterset=filterset, page=None, total=0, query=text)
    tsquery = None
    keyword_q = Q()
    if words:
        keyword = build_keyword_query(text, words)
        # Most precise first: all the words as typed, then all the words with
        # spelling corrected, then any of the words (typed, then corrected).
        any_word = KeywordQuery(**{**keyword.__dict__, "match_any": True})
        chosen = _first_match(base, filters_q, [keyword])
        corrected = None
        if chosen is None:
            corrected = suggest_spelling(words)
            fixed = build_keyword_query(" ".join(corrected), corrected) if corrected else None
            fixed_any = KeywordQuery(**{**fixed.__dict__, "match_any": True}) if fixed else None
            for attempt, is_corrected in [(fixed, True), (any_word, False), (fixed_any, True)]:
                if attempt is None:
                    continue
                chosen = _first_match(base, filters_q, [attempt])
                if chosen is not None:
                    if is_corrected:
                        result.corrected_query = " ".join(corrected)
                    break
            if chosen is None and corrected:
                result.suggestion = " ".join(corrected)
        if chosen is None:
            keyword_q = Q(pk__in=[])
        else:
            attempt, (keyword_q, tsquery) = chosen
            result.matched_any_word = attempt.match_any and len(words) > 1

    queryset = base.filter(keyword_q & filters_q).for_listing()
    sort = data.get("sort") or "relevance"
    if sort == "name":
        queryset = queryset.order_by("name", "pk")
    elif sort == "reviewed":
        queryset = queryset.order_by("-last_reviewed", "name", "pk")
    elif tsquery is not None:
        queryset = queryset.annotate(rank=SearchRank(F("search_vector"), tsquery)).order_by(
            "-rank", "name", "pk"
        )
    else:
        queryset = queryset.order_by("name", "pk")

    paginator = Paginator(queryset, RESULTS_PER_PAGE)
    result.page = paginator.get_page(_page_number(page_number))
    result.total = paginator.count
    result.facets = facet_counts(filterset, base.filter(keyword_q))
    result.selected = filterset.selected()
    return result


def _as_querydict(params: dict) -> QueryDict:
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list | tuple) else [value])
    return data


def _page_number(value) -> int:
    try:
        number = int(str(value)[:6])
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


FACET_COLUMNS = [
    "min_age",
    "max_age",
    "need_ids",
    "area_ids",
    "level",
    "where_offered",
    "is_free",
    "self_referral",
]


def facet_counts(filterset: ServiceFilter, queryset: QuerySet):
    """How many results each filter option would give, in one query.

    Each group is counted with every other group's filters applied, but not
    its own, because options within a group are alternatives (OR). The inner
    query works out once per row whether it passes the other groups' filters
    (one column per group); the outer query counts each option among the rows
    that do. Everything reads the narrow `service_facets` index.
    """
    conditions = filterset.group_conditions_sql()
    options = {
        "age_group": list(AGE_GROUPS),
        "need": [n.slug for n in filterset.needs],
        "area": [a.slug for a in filterset.areas],
        "level": [c[0] for c in filterset.filters["level"].extra["choices"]],
        "where": [c[0] for c in filterset.filters["where"].extra["choices"]],
        "free": [True],
        "self_refer": [True],
    }
    passes_others = {}
    for group in FACET_GROUPS:
        others = [cond for name, cond in conditions.items() if name != group]
        sql = " AND ".join(c[0] for c in others) or "TRUE"
        params = [p for c in others for p in c[1]]
        # SQL text from ServiceFilter.option_sql's constants only; values are parameters.
        passes_others[f"others_{group}"] = RawSQL(sql, params, output_field=BooleanField())  # noqa: S611
    inner = queryset.order_by().annotate(**passes_others).values(*FACET_COLUMNS, *passes_others)
    try:
        inner_sql, inner_params = inner.query.sql_with_params()
    except EmptyResultSet:  # nothing can match (e.g. search words matched nothing)
        return {group: dict.fromkeys(options[group], 0) for group in FACET_GROUPS}

    counts_sql, counts_params, keys = [], [], []
    for group in FACET_GROUPS:
        for value in options[group]:
            option_sql, option_params = filterset.option_sql(group, value)
            counts_sql.append(f"count(*) FILTER (WHERE others_{group} AND {option_sql})")
            counts_params.extend(option_params)
            keys.append((group, value))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(counts_sql)} FROM ({inner_sql}) AS matching",  # noqa: S608
            [*counts_params, *inner_params],
        )
        row = cursor.fetchone()
    facets: dict[str, dict] = {group: {} for group in FACET_GROUPS}
    for (group, value), count in zip(keys, row, strict=True):
        facets[group][value] = count
    return facets


def service_for_page(slug: str) -> Service:
    """A published service with everything its page shows, in a fixed number of queries."""
    return get_object_or_404(
        Service.objects.published()
        .select_related("organisation")
        .prefetch_related(
            Prefetch(
                "needs",
                queryset=Need.objects.select_related("broad_area").order_by("name"),
            ),
            "areas",
            Prefetch(
                "locations",
                queryset=Location.objects.prefetch_related("opening_times"),
            ),
        ),
        slug=slug,
    )
