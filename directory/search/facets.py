"""How many results each filter option would give, counted in one query."""

from typing import NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from core.replicas import read_connection
from directory.models import FacetCombination, Service
from directory.search import precounted
from directory.search.conditions import (
    FACET_COLUMNS,
    FACET_GROUPS,
    ID_BITS_MAX,
    FilterConditions,
)


class Counts(NamedTuple):
    facets: dict[str, dict]  # group -> option -> how many results it would give
    total: int  # how many results the search has, with every chosen filter applied
    page_ids: list[int] | None = None  # the ids of the page asked for (see PageOrder)


class PageOrder(NamedTuple):
    """Choose a page of results in the same pass as the counts: the matches are read once
    (one GIN index scan for search words), ranked, counted, and the page's ids taken."""

    rank: object  # an expression: higher first, then by name and id
    offset: int
    limit: int


def facet_counts(
    conditions: FilterConditions,
    queryset: QuerySet,
    *,
    every_published: bool = False,
    page: PageOrder | None = None,
) -> Counts:
    """How many results each filter option would give, and the total, in one query.

    `every_published`: the queryset is every published service (no search words, no
    place), so the counts can come from the pre-counted combinations (precounted.py),
    which hold the same columns with how many services share them.

    Each group is counted with every other group's filters applied, but not
    its own, because options within a group are alternatives (OR). The inner
    query works out once per row whether it passes the other groups' filters
    (one column per group); the outer query counts each option among the rows
    that do. The total counts the rows that pass every chosen filter, so the
    page needs no separate COUNT (one pass over the matches, not two).
    Everything reads the narrow `service_facets` index.

    With `page`, the same pass also ranks the matches and returns the page's ids
    (`Counts.page_ids`), so a keyword search reads its matches once, not twice.
    """
    chosen = conditions.by_group(counting=True)
    others: dict[str, tuple[str, list]] = {}
    for group in FACET_GROUPS:
        conds = [cond for name, cond in chosen.items() if name != group]
        others[f"others_{group}"] = (
            " AND ".join(c[0] for c in conds) or "TRUE",
            [p for c in conds for p in c[1]],
        )
    every = (
        " AND ".join(c[0] for c in chosen.values()) or "TRUE",
        [p for c in chosen.values() for p in c[1]],
    )
    if every_published and (counts := _precounted(conditions, others)) is not None:
        return counts
    # The columns the counting reads: the id arrays only if an id has no bit.
    columns = _counted_columns(conditions)
    inner = queryset.order_by()
    if page is None:
        return _count(conditions, inner.values(*columns), group_by=columns, others=others)
    inner = inner.annotate(page_rank=page.rank).values(*columns, "id", "page_rank")
    return _count(conditions, inner, group_by=columns, others=others, every=every, page=page)


def _counted_columns(conditions: FilterConditions) -> list[str]:
    """FACET_COLUMNS without need_ids and area_ids when every need and area has a bit
    (ID_BITS_MAX): narrower rows to keep, and arrays are slow to group by."""
    ids = [n.pk for n in conditions.needs] + [a.pk for a in conditions.areas]
    if all(1 <= pk <= ID_BITS_MAX for pk in ids):
        return [c for c in FACET_COLUMNS if c not in ("need_ids", "area_ids")]
    return list(FACET_COLUMNS)


def _precounted(conditions: FilterConditions, others: dict) -> Counts | None:
    """The counts from the pre-counted combinations, or None if they are out of date
    (after rebuilding them for next time)."""
    # SQL text from FilterConditions.option_sql's constants only; values are parameters.
    passes_others = {
        name: RawSQL(sql, params, output_field=BooleanField())  # noqa: S611
        for name, (sql, params) in others.items()
    }
    inner = (
        FacetCombination.objects.order_by()
        .annotate(**passes_others)
        .values(*FACET_COLUMNS, "services", *passes_others)
    )
    counts = _count(conditions, inner, check_fresh=True)
    if counts is None:
        precounted.rebuild()
    return counts


def _count(
    conditions,
    inner,
    *,
    check_fresh: bool = False,
    group_by: list[str] | None = None,
    others: dict[str, tuple[str, list]] | None = None,
    every: tuple[str, list] | None = None,
    page: PageOrder | None = None,
) -> Counts | None:
    """Run the counting query over `inner`.

    Pre-counted combinations (`group_by` None): `inner` rows have the facet columns,
    `services` (how many share them) and `others_*`, and are counted as they are.

    Live matches (`group_by`: the columns the counting reads): the matches are first
    grouped by those columns alone, and whether a group passes the other groups' filters
    (`others`) is worked out once per group, so the filter counts add up a few hundred
    groups rather than test every match: "autism" at 100,000 services has 17,539
    matches in 479 groups. With `page`, `inner` also has id and page_rank, and `every`
    (every chosen filter) picks the page from the matches.
    """
    chosen = conditions.by_group(counting=True)
    options = conditions.options()
    try:
        inner_sql, inner_params = inner.query.sql_with_params()
    except EmptyResultSet:  # nothing can match (e.g. search words matched nothing)
        empty = {group: dict.fromkeys(options[group], 0) for group in FACET_GROUPS}
        return Counts(empty, 0, [] if page else None)

    if group_by is not None:
        every_sql, every_params = "passes_all", []
        counter = "sum(n)"  # numeric in SQL: made int below
    else:
        counter = "sum(services)"
        every_sql = " AND ".join(c[0] for c in chosen.values()) or "TRUE"
        every_params = [p for c in chosen.values() for p in c[1]]
    counts_sql = [f"{counter} FILTER (WHERE {every_sql})"]
    counts_params = list(every_params)
    keys = []
    for group in FACET_GROUPS:
        for value in options[group]:
            option_sql, option_params = conditions.option_sql(group, value, counting=True)
            counts_sql.append(f"{counter} FILTER (WHERE others_{group} AND {option_sql})")
            counts_params.extend(option_params)
            keys.append((group, value))
    if check_fresh:
        # The combinations describe the current content only if built for its version.
        counts_sql.append(precounted.FRESH_SQL)
    if page is not None:
        # The page: the matches that pass every chosen filter, best first, then by name.
        # The names are read for the best (offset + limit) and any that tie with the
        # last of them, not kept for every match (about 5 ms for "autism" at 100,000).
        # Those are the matches ranked at least as high as the (offset + limit)th best,
        # found with a bounded sort (FETCH FIRST ... WITH TIES sorted every match: 1.3 ms
        # more for "autism" at 100,000 services; ADR 8 item 41). With fewer matches than
        # that, every match.
        counts_sql.append(
            f"ARRAY(SELECT best.id FROM (SELECT id, page_rank FROM matching WHERE {every[0]} "  # noqa: S608 - constants
            "AND page_rank >= COALESCE((SELECT page_rank FROM matching "
            f"WHERE {every[0]} ORDER BY page_rank DESC LIMIT 1 OFFSET (%s)), "
            "'-Infinity'::float8)) AS best "
            f"JOIN {Service._meta.db_table} AS service ON service.id = best.id "
            "ORDER BY best.page_rank DESC, service.name ASC, best.id ASC LIMIT %s OFFSET %s)"
        )
        counts_params.extend(
            [*every[1], *every[1], page.offset + page.limit - 1, page.limit, page.offset]
        )
    source, source_params = "matching", []
    if group_by is not None:
        columns = ", ".join(read_connection().ops.quote_name(c) for c in group_by)
        tests = [f"({sql}) AS {name}" for name, (sql, _) in others.items()]
        tests.append(f"({' AND '.join(c[0] for c in chosen.values()) or 'TRUE'}) AS passes_all")
        source = (
            f"(SELECT grouped.*, {', '.join(tests)} FROM "  # noqa: S608 - constants and names
            f"(SELECT {columns}, count(*) AS n FROM matching GROUP BY {columns}) AS grouped)"
            " AS combos"
        )
        source_params = [p for _, params in others.values() for p in params]
        source_params += [p for c in chosen.values() for p in c[1]]
    # MATERIALIZED with a page: the matches are read (and ranked) once for both.
    materialized = "MATERIALIZED " if page is not None else ""
    sql = (
        f"WITH matching AS {materialized}({inner_sql}) SELECT {', '.join(counts_sql)} FROM {source}"  # noqa: S608, E501
    )
    params = [*inner_params, *counts_params, *source_params]
    with read_connection().cursor() as cursor:
        cursor.execute(sql, params)
        total, *row = cursor.fetchone()
    page_ids = row.pop() if page is not None else None
    if check_fresh and not row.pop():
        return None
    total = int(total or 0)  # sum() over no rows is NULL, and numeric
    row = [int(count or 0) for count in row]
    facets: dict[str, dict] = {group: {} for group in FACET_GROUPS}
    for (group, value), count in zip(keys, row, strict=True):
        facets[group][value] = count
    return Counts(facets, total, page_ids)
