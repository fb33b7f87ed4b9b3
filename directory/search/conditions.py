"""The search page's filters as SQL conditions over directory_service's own columns.

Filters combine with AND across groups and OR within a group. Each option is one
SQL condition (text from the constants below, values as parameters), so the same
conditions select the results and count every option in facets.py. The columns
they read (`need_ids`, `area_ids` and the plain ones) are all in the narrow
`service_facets` index.
"""

from dataclasses import dataclass
from functools import cached_property, reduce
from operator import and_

from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

from directory.filters import WHERE_GROUPS
from directory.models import AGE_GROUPS, MAX_AGE, AreaOfProvision, Need, Service
from directory.search.query import ID_BITS_MAX

# Groups in the order the page shows them; "age" (a typed age) has no options to count.
FACET_GROUPS = ["age_group", "need", "area", "level", "where", "free", "self_refer"]
# The columns the filters read: in the narrow `service_facets` index and FacetCombination.
FACET_COLUMNS = [
    "min_age",
    "max_age",
    "need_ids",
    "area_ids",
    "need_bits",
    "area_bits",
    "level",
    "where_offered",
    "is_free",
    "self_referral",
]
_MULTIPLE = ["age_group", "need", "area", "level", "where"]
_TICKBOXES = ["free", "self_refer"]


@dataclass
class FilterConditions:
    """The filters chosen on one search, and how to write each option as SQL."""

    data: dict  # the FilterSet's cleaned data
    needs: list[Need]
    areas: list[AreaOfProvision]
    typed_age: tuple[int, int] | None = None  # an age written in the search words

    def age_range(self) -> tuple[int, int] | None:
        """The age asked for: the age field if filled in, else an age typed in the words."""
        if self.data.get("age") is not None:
            return int(self.data["age"]), int(self.data["age"])
        return self.typed_age

    def fit_sql(self) -> str | None:
        """How loosely each service fits the chosen filters (0 = exactly), or None if none.

        With no search words, "Best match" puts services made for this age and
        these needs before broad "0 to 25, every need" ones.
        """
        parts = []
        if self.age_range() or self.data.get("age_group"):
            parts.append(f"(max_age - min_age) / {MAX_AGE + 1}.0")
        if self.data.get("need"):
            parts.append(f"cardinality(need_ids) / {max(len(self.needs), 1)}.0")
        if self.data.get("area"):
            parts.append(f"cardinality(area_ids) / {max(len(self.areas), 1)}.0")
        return " + ".join(parts) or None

    def options(self) -> dict[str, list]:
        """Every option of every filter group, as the values the query string uses."""
        return {
            "age_group": list(AGE_GROUPS),
            "need": [n.slug for n in self.needs],
            "area": [a.slug for a in self.areas],
            "level": list(Service.Level.values),
            "where": list(WHERE_GROUPS),
            "free": [True],
            "self_refer": [True],
        }

    def option_sql(self, group: str, value, *, counting: bool = False) -> tuple[str, list]:
        """SQL for one option of a filter group, with its parameters.

        `counting`: the form for counting an option row by row (facets.py). For needs and
        areas that is a test of one bit of `need_bits` or `area_bits` (about 3 ms rather
        than 8 for 28 options over 2,600 services), or `id = ANY(array)` for an id too
        large to have a bit. Filtering keeps `array @> ARRAY[id]`, which can use the
        GIN index.
        """
        if counting and group in ("need", "area"):
            ids = self._ids[group]
            if 1 <= ids[value] <= ID_BITS_MAX:
                return f"({group}_bits & %s::bigint) <> 0", [1 << ids[value]]
            return f"%s::bigint = ANY({group}_ids)", [ids[value]]
        if group == "age_group":
            low, high, _ = AGE_GROUPS[value]
            return "(min_age <= %s AND max_age >= %s)", [high, low]
        if group == "need":
            return "need_ids @> ARRAY[%s]::bigint[]", [self._ids["need"][value]]
        if group == "area":
            return "area_ids @> ARRAY[%s]::bigint[]", [self._ids["area"][value]]
        if group == "level":
            return "level = %s", [value]
        if group == "where":
            return "where_offered = ANY(%s)", [list(WHERE_GROUPS[value])]
        if group == "free":
            return "is_free", []
        if group == "self_refer":
            return "self_referral", []
        raise KeyError(group)

    @cached_property
    def _ids(self) -> dict[str, dict[str, int]]:
        """The id of each need and area, by slug (option_sql is asked about 80 times a
        search)."""
        return {
            "need": {n.slug: n.pk for n in self.needs},
            "area": {a.slug: a.pk for a in self.areas},
        }

    def by_group(self, *, counting: bool = False) -> dict[str, tuple[str, list]]:
        """SQL per filter group the user has chosen something in (OR within the group).

        `counting`: needs and areas tested on their bits (see option_sql), for rows that
        carry `need_bits` and `area_bits` but not the id arrays (facets.py).
        """
        conditions: dict[str, tuple[str, list]] = {}
        ages = self.age_range()
        if ages is not None:
            low, high = ages
            conditions["age"] = ("(min_age <= %s AND max_age >= %s)", [high, low])
        for group in _MULTIPLE:
            parts = [
                self.option_sql(group, v, counting=counting) for v in self.data.get(group) or []
            ]
            if parts:
                conditions[group] = (
                    "(" + " OR ".join(sql for sql, _ in parts) + ")",
                    [p for _, params in parts for p in params],
                )
        for group in _TICKBOXES:
            if self.data.get(group):
                conditions[group] = self.option_sql(group, True)
        return conditions

    def q(self) -> Q:
        """All the chosen filters together, for a queryset."""
        parts = [as_q(sql, params) for sql, params in self.by_group().values()]
        return reduce(and_, parts) if parts else Q()


def as_q(sql: str, params: list) -> Q:
    # The SQL text comes only from option_sql's constants; every value is a parameter.
    return Q(RawSQL(sql, params, output_field=BooleanField()))  # noqa: S611
