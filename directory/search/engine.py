"""The search page's one entry point: from the query string to a page of ranked results."""

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.paginator import Page, Paginator
from django.db.models import F, Q
from django.http import QueryDict

from directory.filters import ServiceFilter, SortOrder
from directory.models import AreaOfProvision, Need, Service
from directory.search.conditions import FilterConditions
from directory.search.facets import facet_counts
from directory.search.query import KeywordQuery, build_keyword_query, clean_query, query_words
from directory.search.spelling import suggest_spelling

RESULTS_PER_PAGE = 20


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


def search_services(params, *, page_number=None) -> SearchResults:
    """Published services matching the search words and filters, ranked, paginated, with counts.

    A constant number of queries whatever the number of results. Unknown or
    out-of-range filter values are reported on the form and otherwise ignored.
    """
    if not hasattr(params, "getlist"):
        params = _as_querydict(params)
    needs = Need.objects.in_tree_order()
    areas = list(AreaOfProvision.objects.all())
    filterset = ServiceFilter(params, needs=needs, areas=areas)
    data = filterset.cleaned_data()
    text = clean_query(data.get("q") or "")
    words = query_words(text)
    conditions = FilterConditions(data=data, needs=needs, areas=areas)
    base = Service.objects.published()
    filters_q = conditions.q()

    result = SearchResults(filterset=filterset, page=None, total=0, query=text)
    keyword_q, tsquery = Q(), None
    if words:
        keyword_q, tsquery = _match_words(result, base.filter(filters_q), text, words)

    queryset = _ordered(base.filter(keyword_q & filters_q).for_listing(), data.get("sort"), tsquery)
    paginator = Paginator(queryset, RESULTS_PER_PAGE)
    result.page = paginator.get_page(_page_number(page_number))
    result.total = paginator.count
    result.facets = facet_counts(conditions, base.filter(keyword_q))
    result.selected = filterset.selected()
    return result


def _match_words(result: SearchResults, candidates, text: str, words: list[str]):
    """The keyword condition and tsquery of the most precise attempt that finds something.

    Most precise first: all the words as typed, then all the words with spelling
    corrected, then any of the words (typed, then corrected). Records on `result`
    which attempt was used, or a "Did you mean" suggestion when none finds anything.
    """
    typed = build_keyword_query(text, words)
    if found := _first_match(candidates, typed):
        return found
    corrected = suggest_spelling(words)
    fixed = build_keyword_query(" ".join(corrected), corrected) if corrected else None
    attempts = [(fixed, True), (typed.any_word(), False), (fixed and fixed.any_word(), True)]
    for attempt, is_corrected in attempts:
        if attempt is not None and (found := _first_match(candidates, attempt)):
            if is_corrected:
                result.corrected_query = " ".join(corrected)
            result.matched_any_word = attempt.match_any and len(words) > 1
            return found
    if corrected:
        result.suggestion = " ".join(corrected)
    return Q(pk__in=[]), None


def _first_match(candidates, keyword: KeywordQuery) -> tuple[Q, SearchQuery] | None:
    tsquery = keyword.tsquery()
    if tsquery is None:
        return None
    condition = Q(search_vector=tsquery)
    return (condition, tsquery) if candidates.filter(condition).exists() else None


def _ordered(queryset, sort: str | None, tsquery: SearchQuery | None):
    if sort == SortOrder.NAME:
        return queryset.order_by("name", "pk")
    if sort == SortOrder.REVIEWED:
        return queryset.order_by("-last_reviewed", "name", "pk")
    if tsquery is not None:
        return queryset.annotate(rank=SearchRank(F("search_vector"), tsquery)).order_by(
            "-rank", "name", "pk"
        )
    return queryset.order_by("name", "pk")


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
