"""How many results each filter option would give, counted in one query."""

from typing import NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from directory.models import FacetCombination
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
    chosen = conditions.by_group()
    passes_others = {}
    for group in FACET_GROUPS:
        others = [cond for name, cond in chosen.items() if name != group]
        sql = " AND ".join(c[0] for c in others) or "TRUE"
        params = [p for c in others for p in c[1]]
        # SQL text from FilterConditions.option_sql's constants only; values are parameters.
        passes_others[f"others_{group}"] = RawSQL(sql, params, output_field=BooleanField())  # noqa: S611
    if every_published and (counts := _precounted(conditions, passes_others)) is not None:
        return counts
    every = list(chosen.values())
    passes_all = RawSQL(  # noqa: S611 - as above
        " AND ".join(c[0] for c in every) or "TRUE",
        [p for c in every for p in c[1]],
        output_field=BooleanField(),
    )
    # The columns the counting reads: the id arrays only if an id has no bit.
    columns = [*_counted_columns(conditions), *passes_others, "passes_all"]
    inner = queryset.order_by().annotate(**passes_others, passes_all=passes_all)
    if page is None:
        return _count(conditions, inner.values(*columns), "count(*)", group_by=columns)
    inner = inner.annotate(page_rank=page.rank).values(*columns, "id", "name", "page_rank")
    return _count(conditions, inner, "count(*)", page=page, group_by=columns)


def _counted_columns(conditions: FilterConditions) -> list[str]:
    """FACET_COLUMNS without need_ids and area_ids when every need and area has a bit
    (ID_BITS_MAX): narrower rows to keep, and arrays are slow to group by."""
    ids = [n.pk for n in conditions.needs] + [a.pk for a in conditions.areas]
    if all(1 <= pk <= ID_BITS_MAX for pk in ids):
        return [c for c in FACET_COLUMNS if c not in ("need_ids", "area_ids")]
    return list(FACET_COLUMNS)


def _precounted(conditions: FilterConditions, passes_others: dict) -> Counts | None:
    """The counts from the pre-counted combinations, or None if they are out of date
    (after rebuilding them for next time)."""
    inner = (
        FacetCombination.objects.order_by()
        .annotate(**passes_others)
        .values(*FACET_COLUMNS, "services", *passes_others)
    )
    counts = _count(conditions, inner, "sum(services)", check_fresh=True)
    if counts is None:
        precounted.rebuild()
    return counts


def _count(
    conditions,
    inner,
    counter: str,
    *,
    check_fresh: bool = False,
    page: PageOrder | None = None,
    group_by: list[str] | None = None,
) -> Counts | None:
    """Run the counting query over `inner` (rows with the facet columns and others_*;
    with `page`, also id, name and page_rank).

    `group_by`: the live matches are first grouped by these columns (everything the
    counting reads, with `passes_all`), so the filter counts add up a few hundred groups
    rather than test every match: "autism" at 100,000 services has 17,539 matches in 479
    groups. Without it (pre-counted combinations) the rows are counted as they are.
    """
    chosen = conditions.by_group()
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
        every = list(chosen.values())
        every_sql = " AND ".join(c[0] for c in every) or "TRUE"
        every_params = [p for c in every for p in c[1]]
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
    grouped = "matching"
    if group_by is not None:
        columns = ", ".join(connection.ops.quote_name(c) for c in group_by)
        grouped = f"(SELECT {columns}, count(*) AS n FROM matching GROUP BY {columns}) AS combos"  # noqa: S608 - column names
    if page is not None:
        # The page: the matches that pass every chosen filter, best first. MATERIALIZED:
        # the matches are read (and ranked) once for the counts and the page.
        counts_sql.append(
            f"ARRAY(SELECT id FROM matching WHERE {every_sql} "  # noqa: S608 - constants
            "ORDER BY page_rank DESC, name ASC, id ASC LIMIT %s OFFSET %s)"
        )
        counts_params.extend([*every_params, page.limit, page.offset])
        sql = f"WITH matching AS MATERIALIZED ({inner_sql}) SELECT {', '.join(counts_sql)} FROM {grouped}"  # noqa: S608, E501
        params = [*inner_params, *counts_params]
    else:
        sql = f"WITH matching AS ({inner_sql}) SELECT {', '.join(counts_sql)} FROM {grouped}"  # noqa: S608, E501
        params = [*inner_params, *counts_params]
    with connection.cursor() as cursor:
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
