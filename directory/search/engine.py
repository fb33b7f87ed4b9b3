"""The search page's one entry point: from the query string to a page of ranked results."""

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.paginator import Page, Paginator
from django.db.models import F, FloatField, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.http import QueryDict

from directory.filters import ServiceFilter, SortOrder
from directory.models import Service
from directory.search.ages import TypedAge, age_in_query
from directory.search.conditions import ID_BITS_MAX, FilterConditions
from directory.search.facets import PageOrder, facet_counts
from directory.search.near import (
    add_distances,
    nearest_first_page,
    place_for_search,
    within_q,
)
from directory.search.query import (
    RANK_WEIGHTS,
    KeywordQuery,
    build_keyword_query,
    clean_query,
    query_words,
)
from directory.search.reference import Reference, search_reference
from directory.search.spelling import suggest_spelling
from postcodes.selectors import Place

RESULTS_PER_PAGE = 20
# Pages the counting pass picks when ranked by words. It reads the names of the best
# (page x 20) matches and any tied with the last, so a page number far past the end
# (a crawler's ?page=999999) would read every match's name; later pages are read the
# ordinary way.
ONE_PASS_PAGES = 50
# Added to the rank of a service tagged with a need the words name ("ASD" -> autism),
# so services for that need come before ones that only mention a word.
NEED_MATCH_BOOST = 0.3
# How much more a match on the words as typed counts than a match on a synonym.
LITERAL_WEIGHT = 1.0
# Words that ask how to complain or appeal: the page also points to the complaints page.
COMPLAINT_WORDS = frozenset(
    ["complain", "complaint", "complaints", "appeal", "appeals", "tribunal", "unhappy"]
)


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
    typed_age: TypedAge | None = None  # an age read from the search words, used as a filter
    sort: str = SortOrder.NAME  # the order actually used
    about_complaints: bool = False
    place: Place | None = None  # where distances are measured from
    within: str = ""  # the distance filter used, e.g. "Within 5 miles"


def search_services(params, *, page_number=None) -> SearchResults:
    """Published services matching the search words and filters, ranked, paginated, with counts.

    A constant number of queries whatever the number of results. Unknown or
    out-of-range filter values are reported on the form and otherwise ignored.
    An age written in the words ("my 7 year old") filters like the age field.
    """
    params = _with_default_sort(params)
    reference = search_reference()
    needs, areas = reference.needs, reference.areas
    filterset = ServiceFilter(params, needs=needs, areas=areas)
    data = filterset.cleaned_data()
    text = clean_query(data.get("q") or "")
    typed_age = age_in_query(text)
    words = query_words(typed_age.rest if typed_age else text)
    conditions = FilterConditions(
        data=data,
        needs=needs,
        areas=areas,
        typed_age=(typed_age.low, typed_age.high) if typed_age else None,
    )
    base = Service.objects.published()
    filters_q = conditions.q()

    result = SearchResults(filterset=filterset, page=None, total=0, query=text)
    result.place = place_for_search(filterset, data)
    if data.get("within") and result.place is None and not filterset.form.errors.get("postcode"):
        filterset.form.add_error("within", "Enter your postcode to search within a distance.")
    elif data.get("within") and result.place is not None:
        result.within = dict(filterset.filters["within"].extra["choices"])[data["within"]]
        base = base.filter(within_q(result.place, float(data["within"])))
    result.typed_age = typed_age if data.get("age") is None else None
    result.about_complaints = bool(COMPLAINT_WORDS & set(words))
    keyword_q, keyword = Q(), None
    typed = build_keyword_query(words, reference.needs, reference.synonyms) if words else None
    if typed is not None and typed.compiled_tsquery() is not None:
        # The words as typed, without first asking whether anything matches them: the
        # counting pass says so (its total), and most searches find something.
        keyword_q, keyword = _match_condition(typed), typed
        _fill_page(
            result, conditions, base, keyword_q, keyword, page_number, words=True, trial=True
        )
        if result.total:
            return result
    if words:
        corrected = suggest_spelling(words)
        fixed = build_keyword_query(corrected, needs, reference.synonyms) if corrected else None
        if fixed is not None and fixed.compiled_tsquery() is not None:
            # The spelling corrected, also straight to the counting pass: a GIN index
            # cannot stop at the first match, so asking "anything?" first cost as much
            # as counting ("speach therapy" at 100,000 services: 21 ms). If it matches
            # only outside the chosen filters, that pass ranks matches it then drops
            # (rare; ADR 8 item 39).
            condition = _match_condition(fixed)
            _fill_page(
                result, conditions, base, condition, fixed, page_number, words=True, trial=True
            )
            if result.total:
                result.corrected_query = " ".join(corrected)
                return result
        candidates = base.filter(filters_q)
        keyword_q, keyword = _match_words(
            result, candidates, words, reference, typed=typed, corrected=(corrected, fixed)
        )
    _fill_page(result, conditions, base, keyword_q, keyword, page_number, words=bool(words))
    return result


def _fill_page(
    result, conditions, base, keyword_q, keyword, page_number, *, words: bool, trial=False
):
    """Order, count and paginate the matches of `keyword_q` and the filters (among `base`:
    the published services, within a distance if one is chosen) into `result`.
    `words`: whether the search has words (matched or not). `trial`: an attempt the
    caller drops if it finds nothing (then only the counts are filled in: the caller
    fills the page again with its next attempt)."""
    filterset, data = result.filterset, conditions.data
    anywhere = Service.objects.published()
    filters_q = conditions.q()
    near = result.place is not None
    result.sort = _sort_used(data.get("sort"), keyword, conditions, near=near)
    rank = None
    if keyword is not None and result.sort == SortOrder.RELEVANCE:
        rank = _relevance(keyword.compiled_tsquery(), keyword)
    # The total comes with the filter counts (one pass over the matches): no COUNT query.
    # Without words or a distance, the counts are over every published service: they can
    # come from the pre-counted combinations (precounted.py).
    number = _page_number(page_number)
    one_pass = None
    if (
        keyword is not None
        and result.sort == SortOrder.RELEVANCE
        and result.place is None
        and number <= ONE_PASS_PAGES
    ):
        # Ranked by the words: the counting pass also ranks the matches and picks the page.
        one_pass = PageOrder(
            rank=rank,
            offset=(number - 1) * RESULTS_PER_PAGE,
            limit=RESULTS_PER_PAGE,
        )
    counts = facet_counts(
        conditions,
        base.filter(keyword_q),
        every_published=not words and not result.within,
        page=one_pass,
    )
    result.facets, result.total = counts.facets, counts.total
    if trial and not result.total:
        return
    matching = base.filter(keyword_q & filters_q)
    queryset = _ordered(matching.for_listing(), result.sort, keyword, conditions, rank=rank)
    paginator = Paginator(queryset, RESULTS_PER_PAGE)
    paginator.count = result.total
    result.page = paginator.get_page(number)
    within = float(data["within"]) if result.within else None
    if not result.total:
        result.page.object_list = []  # no query for a page with nothing on it
    elif one_pass is not None and result.page.number == number:
        # (A page number past the end shows the last page, read the ordinary way.)
        found = {s.pk: s for s in Service.objects.filter(pk__in=counts.page_ids).for_results_page()}
        result.page.object_list = [found[pk] for pk in counts.page_ids if pk in found]
    elif result.sort == SortOrder.DISTANCE:
        # Put in order by one pass over the venues; only the page's rows are fetched.
        result.page.object_list = nearest_first_page(
            anywhere.filter(keyword_q & filters_q),  # "within" is applied by the ordering
            result.place,
            within=within,
            offset=(result.page.number - 1) * RESULTS_PER_PAGE,
            limit=RESULTS_PER_PAGE,
            matches=result.total,
        )
    else:
        rows = _page_rows(queryset, result, keyword, conditions)
        if result.place is not None:
            # Another order near a place: the page's services, each with its distance.
            rows = add_distances(list(rows), result.place, within=within)
        result.page.object_list = rows
    result.selected = filterset.selected()


def _match_words(
    result: SearchResults,
    candidates,
    words: list[str],
    reference: Reference,
    *,
    typed: KeywordQuery | None = None,
    corrected: tuple[list[str] | None, KeywordQuery | None] | None = None,
):
    """The keyword condition and query of the most precise attempt that finds something.

    Most precise first: all the words as typed, then all the words with spelling
    corrected, then any of the words (typed, then corrected). Records on `result`
    which attempt was used, or a "Did you mean" suggestion when none finds anything.
    `typed`: the words as typed, already known to find nothing among `candidates`.
    `corrected`: (the corrected words, their query), the query already known to find
    nothing among `candidates`.
    """
    if typed is None:
        typed = build_keyword_query(words, reference.needs, reference.synonyms)
        if found := _first_match(candidates, typed):
            return found
    if corrected is None:
        words_fixed = suggest_spelling(words)
        fixed = (
            build_keyword_query(words_fixed, reference.needs, reference.synonyms)
            if words_fixed
            else None
        )
        attempts = [(fixed, True)]
    else:
        words_fixed, fixed = corrected
        attempts = []
    attempts += [(_any_word(typed), False), (fixed and _any_word(fixed), True)]
    for attempt, is_corrected in attempts:
        if attempt is not None and (found := _first_match(candidates, attempt)):
            if is_corrected:
                result.corrected_query = " ".join(words_fixed)
            result.matched_any_word = attempt.match_any and len(words) > 1
            return found
    if words_fixed:
        result.suggestion = " ".join(words_fixed)
    return Q(pk__in=[]), None


def _any_word(keyword: KeywordQuery) -> KeywordQuery | None:
    """The query matching any of its parts, or None if it has only one part (then it is
    the same search again)."""
    if len(keyword.synonym_groups) + len(keyword.plain_words) < 2:
        return None
    return keyword.any_word()


def _first_match(candidates, keyword: KeywordQuery) -> tuple[Q, KeywordQuery] | None:
    if keyword.compiled_tsquery() is None:
        return None
    condition = _match_condition(keyword)
    return (condition, keyword) if candidates.filter(condition).exists() else None


def _match_condition(keyword: KeywordQuery) -> Q:
    return Q(search_vector=keyword.compiled_tsquery().for_matching())


def _sort_used(sort: str | None, keyword: KeywordQuery | None, conditions, *, near=False) -> str:
    """The order used. "Best match" always means relevance: to the words when there are
    some, else to the filters; with neither, by name. "Nearest first" needs a place;
    without one, best match is used."""
    if sort == SortOrder.DISTANCE and near:
        return sort
    if sort == SortOrder.REVIEWED:
        return sort
    if sort != SortOrder.NAME and (keyword is not None or conditions.fit_sql() is not None):
        return SortOrder.RELEVANCE
    return SortOrder.NAME


def _ordered(queryset, sort: str, keyword: KeywordQuery | None, conditions, *, rank=None):
    """The queryset in the order `sort` (from _sort_used). `rank`: the relevance
    expression to the words, if already built."""
    if sort == SortOrder.DISTANCE:
        # Put in order by nearest_first_page, after the page is chosen.
        return queryset.order_by("name", "pk")
    if sort == SortOrder.REVIEWED:
        return queryset.order_by("-last_reviewed", "name", "pk")
    if sort == SortOrder.RELEVANCE and keyword is not None:
        rank = rank if rank is not None else _relevance(keyword.compiled_tsquery(), keyword)
        return queryset.annotate(rank=rank).order_by("-rank", "name", "pk")
    if sort == SortOrder.RELEVANCE:
        # SQL text from FilterConditions.fit_sql's constants only.
        loose = RawSQL(conditions.fit_sql(), [], output_field=FloatField())  # noqa: S611
        return queryset.annotate(fit=loose).order_by("fit", "name", "pk")
    return queryset.order_by("name", "pk")


def _page_rows(queryset, result: SearchResults, keyword, conditions):
    """The page's services, in order: their ids are chosen first, then only those rows read.

    Choosing the page reads just the columns the filters and the order need, which the
    `service_facets` index holds, so without search words the database need not visit
    every matching row in the table (three filters at 100,000 services: 1,768 matches,
    11,275 table pages visited before). The outer query puts the page's rows in the same
    order as the choice, with the same expression.
    """
    offset = (result.page.number - 1) * RESULTS_PER_PAGE
    ids = queryset.values("pk")[offset : offset + RESULTS_PER_PAGE]
    rows = Service.objects.filter(pk__in=ids).for_listing()
    # Lazy: read when the page is shown (the booklet uses only the paginator's list).
    return _ordered(rows, result.sort, keyword, conditions)


def _relevance(tsquery: SearchQuery, keyword: KeywordQuery):
    """Full-text rank (name above summary above description), plus a boost for services
    tagged with a need the words name."""
    rank = SearchRank(F("search_vector"), tsquery, weights=RANK_WEIGHTS)
    if (need_id := _one_need(keyword)) is not None:
        # A search for one need's name: each service's rank for it is stored with the
        # service (Service.need_ranks), computed with this same tsquery and weights; a
        # NULL (not yet computed) falls back to working it out.
        stored = RawSQL("need_ranks[%s]", [need_id], output_field=FloatField())  # noqa: S611
        rank = Coalesce(stored, rank, output_field=FloatField())
    literal = keyword.compiled_literal_tsquery()
    if literal is not None:
        rank = rank + LITERAL_WEIGHT * SearchRank(F("search_vector"), literal, weights=RANK_WEIGHTS)
    need_ids = [g.need_id for g in keyword.synonym_groups if g.need_id is not None]
    if not need_ids:
        return rank
    if all(1 <= pk <= ID_BITS_MAX for pk in need_ids):
        # The same test on the bits (need_bits): the counting pass need not keep the arrays.
        mask = sum(1 << pk for pk in set(need_ids))
        sql, params = "CASE WHEN (need_bits & %s::bigint) <> 0 THEN %s ELSE 0 END", [mask]
    else:
        sql, params = "CASE WHEN need_ids && %s::bigint[] THEN %s ELSE 0 END", [need_ids]
    # Constant SQL, values as parameters.
    boost = RawSQL(sql, [*params, NEED_MATCH_BOOST], output_field=FloatField())  # noqa: S611
    return rank + boost + Value(0.0)


def _one_need(keyword: KeywordQuery) -> int | None:
    """The need's id when the words are only one of its terms (its name or a synonym), so
    the query is exactly the one Service.need_ranks holds ranks for; else None."""
    if keyword.plain_words or len(keyword.synonym_groups) != 1:
        return None
    group = keyword.synonym_groups[0]
    if group.need_id is None or not group.need_terms_only:
        return None
    return group.need_id if 1 <= group.need_id <= ID_BITS_MAX else None


def _with_default_sort(params) -> QueryDict:
    """The parameters, with "Best match" chosen when there is something to match, else name."""
    if not hasattr(params, "getlist"):
        data = QueryDict(mutable=True)
        for key, value in params.items():
            data.setlist(key, value if isinstance(value, list | tuple) else [value])
        params = data
    if params.get("sort"):
        return params
    params = params.copy()
    chosen = [k for k in ServiceFilter.base_filters if k != "sort" and params.get(k)]
    if params.get("postcode") or params.get("near"):
        params["sort"] = SortOrder.DISTANCE
    else:
        params["sort"] = SortOrder.RELEVANCE if chosen else SortOrder.NAME
    return params


def _page_number(value) -> int:
    try:
        number = int(str(value)[:6])
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def keyword_filter(candidates, text: str) -> Q:
    """The condition the search page would use for `text` over `candidates` (synonyms,
    prefixes, spelling, any word as a last resort: the attempt is chosen by what
    `candidates` hold). Q() when there are no words; a condition nothing meets when no
    attempt finds anything. For ordering the matches another way (by distance)."""
    words = query_words(clean_query(text))
    if not words:
        return Q()
    scratch = SearchResults(filterset=None, page=None, total=0)
    return _match_words(scratch, candidates, words, search_reference())[0]


def keyword_search(queryset, text: str):
    """The services in `queryset` that match `text` as the search page matches words
    (synonyms, prefixes, spelling, any word as a last resort), best first.

    For other ways into the directory, such as the Open Referral API.
    """
    words = query_words(clean_query(text))
    if not words:
        return queryset.order_by("name", "pk")
    scratch = SearchResults(filterset=None, page=None, total=0)
    keyword_q, keyword = _match_words(scratch, queryset, words, search_reference())
    queryset = queryset.filter(keyword_q)
    if keyword is None:
        return queryset.order_by("name", "pk")
    return queryset.annotate(rank=_relevance(keyword.compiled_tsquery(), keyword)).order_by(
        "-rank", "name", "pk"
    )
