"""The search page's filters.

Filters combine with AND across groups and OR within a group. Each group
turns its selected values into one Q object (`group_conditions`), so the
same conditions drive both the results and the count shown beside every
option.
"""

from functools import reduce
from operator import and_

import django_filters
from django import forms
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

from directory.models import AGE_GROUPS, MAX_AGE, AreaOfProvision, Need, Service

WHERE_CHOICES = [
    ("in_area", "In our area"),
    ("out_of_area", "Outside our area"),
    ("remote", "Online or by phone"),
]
WHERE_VALUES = {
    "in_area": [Service.WhereOffered.IN_AREA],
    "out_of_area": [Service.WhereOffered.OUT_OF_AREA, Service.WhereOffered.REGIONAL_NATIONAL],
    "remote": [Service.WhereOffered.REMOTE],
}
SORT_CHOICES = [
    ("relevance", "Best match"),
    ("name", "Name (A to Z)"),
    ("reviewed", "Recently reviewed"),
]
LEVEL_CHOICES = [
    (Service.Level.UNIVERSAL, "Universal - open to everyone"),
    (Service.Level.TARGETED, "Targeted - extra support for some"),
    (Service.Level.SPECIALIST, "Specialist - longer-term specialist support"),
]
FACET_GROUPS = ["age_group", "need", "area", "level", "where", "free", "self_refer"]


def _as_q(sql: str, params: list) -> Q:
    # The SQL text comes only from option_sql's constants; every value is a parameter.
    return Q(RawSQL(sql, params, output_field=BooleanField()))  # noqa: S611


def _unknown(what: str) -> dict:
    return {"invalid_choice": f"We do not recognise “%(value)s” as {what}. It has been ignored."}


class ServiceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_nothing",
        max_length=200,
        error_messages={"max_length": "Search words must be 200 characters or fewer."},
        help_text="For example: speech therapy, autism, short breaks",
    )
    age = django_filters.NumberFilter(
        label="Age of the child or young person",
        method="filter_age",
        min_value=0,
        max_value=MAX_AGE,
        decimal_places=0,
        help_text="In years, from 0 to 25",
        error_messages={
            "invalid": "Enter the age as a whole number, like 7.",
            "max_decimal_places": "Enter the age as a whole number, like 7.",
            "max_digits": "Age must be 25 or less: the Local Offer covers ages 0 to 25.",
            "max_whole_digits": "Age must be 25 or less: the Local Offer covers ages 0 to 25.",
            "min_value": "Age must be 0 or more.",
            "max_value": "Age must be 25 or less: the Local Offer covers ages 0 to 25.",
        },
    )
    age_group = django_filters.MultipleChoiceFilter(
        label="Age group",
        choices=[(key, label) for key, (_, _, label) in AGE_GROUPS.items()],
        method="filter_nothing",
        widget=forms.CheckboxSelectMultiple,
        error_messages=_unknown("an age group"),
    )
    need = django_filters.MultipleChoiceFilter(
        label="Need",
        choices=[],
        method="filter_nothing",
        widget=forms.CheckboxSelectMultiple,
        error_messages=_unknown("a need"),
    )
    area = django_filters.MultipleChoiceFilter(
        label="Type of support",
        choices=[],
        method="filter_nothing",
        widget=forms.CheckboxSelectMultiple,
        error_messages=_unknown("a type of support"),
    )
    level = django_filters.MultipleChoiceFilter(
        label="Level of support",
        choices=LEVEL_CHOICES,
        method="filter_nothing",
        widget=forms.CheckboxSelectMultiple,
        error_messages=_unknown("a level of support"),
    )
    where = django_filters.MultipleChoiceFilter(
        label="Where",
        choices=WHERE_CHOICES,
        method="filter_nothing",
        widget=forms.CheckboxSelectMultiple,
        error_messages=_unknown("a place"),
    )
    free = django_filters.BooleanFilter(
        label="Free services only", method="filter_nothing", widget=forms.CheckboxInput
    )
    self_refer = django_filters.BooleanFilter(
        label="I can contact them myself (no referral needed)",
        method="filter_nothing",
        widget=forms.CheckboxInput,
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by",
        choices=SORT_CHOICES,
        method="filter_nothing",
        empty_label=None,
        error_messages=_unknown("a way to sort"),
    )

    class Meta:
        model = Service
        fields: list[str] = []

    def __init__(self, data=None, *args, needs=None, areas=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.needs = list(needs if needs is not None else Need.objects.all())
        self.areas = list(areas if areas is not None else AreaOfProvision.objects.all())
        self.filters["need"].extra["choices"] = [(n.slug, n.name) for n in self.needs]
        self.filters["area"].extra["choices"] = [(a.slug, a.name) for a in self.areas]

    @property
    def form(self):
        form = super().form
        form.fields["age"].input_class = "govuk-input--width-3"
        return form

    def filter_nothing(self, queryset, name, value):
        # Applied together in filter_queryset, so facet counts can reuse them.
        return queryset

    def filter_age(self, queryset, name, value):
        return queryset

    # -- conditions -------------------------------------------------------

    def option_sql(self, group: str, value) -> tuple[str, list]:
        """SQL (over directory_service's own columns) for one option of a filter group.

        Kept as SQL so the same condition serves the results (as a Q) and the
        one-pass filter counts in directory.selectors.facet_counts.
        """
        if group == "age_group":
            low, high, _ = AGE_GROUPS[value]
            return "(min_age <= %s AND max_age >= %s)", [high, low]
        if group == "need":
            return "need_ids @> ARRAY[%s]::bigint[]", [self._need_ids[value]]
        if group == "area":
            return "area_ids @> ARRAY[%s]::bigint[]", [self._area_ids[value]]
        if group == "level":
            return "level = %s", [value]
        if group == "where":
            return "where_offered = ANY(%s)", [list(WHERE_VALUES[value])]
        if group == "free":
            return "is_free", []
        if group == "self_refer":
            return "self_referral", []
        raise KeyError(group)

    def option_condition(self, group: str, value) -> Q:
        """The condition for one option of a filter group."""
        return _as_q(*self.option_sql(group, value))

    @property
    def _need_ids(self):
        return {n.slug: n.pk for n in self.needs}

    @property
    def _area_ids(self):
        return {a.slug: a.pk for a in self.areas}

    def group_conditions_sql(self) -> dict[str, tuple[str, list]]:
        """SQL per filter group the user has chosen something in (OR within the group)."""
        data = (
            self.form.cleaned_data if self.is_bound and hasattr(self.form, "cleaned_data") else {}
        )
        conditions: dict[str, tuple[str, list]] = {}
        age = data.get("age")
        if age is not None:
            age = int(age)
            conditions["age"] = ("(min_age <= %s AND max_age >= %s)", [age, age])
        for group in ["age_group", "need", "area", "level", "where"]:
            values = data.get(group) or []
            if values:
                parts = [self.option_sql(group, v) for v in values]
                conditions[group] = (
                    "(" + " OR ".join(sql for sql, _ in parts) + ")",
                    [p for _, params in parts for p in params],
                )
        for group in ["free", "self_refer"]:
            if data.get(group):
                conditions[group] = self.option_sql(group, True)
        return conditions

    def group_conditions(self) -> dict[str, Q]:
        """One Q per filter group the user has chosen something in (OR within the group)."""
        return {group: _as_q(*sql) for group, sql in self.group_conditions_sql().items()}

    def filter_queryset(self, queryset):
        conditions = self.group_conditions()
        if conditions:
            queryset = queryset.filter(reduce(and_, conditions.values()))
        return queryset

    def selected(self) -> list[tuple[str, str, str]]:
        """(parameter, value, label) for each selected filter, to show as removable tags."""
        data = self.form.cleaned_data if hasattr(self.form, "cleaned_data") else {}
        tags = []
        if data.get("age") is not None:
            tags.append(("age", "", f"Age {int(data['age'])}"))
        for group in ["age_group", "need", "area", "level", "where"]:
            labels = dict(self.filters[group].extra["choices"])
            for value in data.get(group) or []:
                tags.append((group, value, labels[value]))
        if data.get("free"):
            tags.append(("free", "", "Free only"))
        if data.get("self_refer"):
            tags.append(("self_refer", "", "No referral needed"))
        return tags
