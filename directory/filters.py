"""The search page's query string, validated.

ServiceFilter only checks and cleans what the query string asks for and renders
the filter form; it builds no query. directory.search turns its cleaned data into
SQL (directory/search/conditions.py), so the same conditions drive both the results
and the count beside every option. Labels come from the model's TextChoices.
"""

import django_filters
from django import forms
from django.db import models

from directory.models import AGE_GROUPS, MAX_AGE, Service
from directory.presenters import count_label
from postcodes.parsing import parse_postcode

Where = Service.WhereOffered
# The "Where" filter's options, each covering one or more WhereOffered values.
WHERE_GROUPS = {
    Where.IN_AREA: [Where.IN_AREA],
    Where.OUT_OF_AREA: [Where.OUT_OF_AREA, Where.REGIONAL_NATIONAL],
    Where.REMOTE: [Where.REMOTE],
}


class SortOrder(models.TextChoices):
    RELEVANCE = "relevance", "Best match"
    NAME = "name", "Name (A to Z)"
    REVIEWED = "reviewed", "Recently checked"
    DISTANCE = "distance", "Nearest first"


# "Within" choices, in miles. A family can reach these by car or bus; 25 covers
# specialist provision in the next county.
DISTANCE_CHOICES = [(str(m), f"Within {m} mile{'s' if m > 1 else ''}") for m in (1, 3, 5, 10, 25)]
# Parameters that say where the family is: never cached, never kept in a booklet.
LOCATION_PARAMS = ["postcode", "within", "near"]
POSTCODE_SHAPE = "Enter a postcode, like BM1 4LS, or the first part of one, like BM1"
NEAR_SHAPE = "We could not read your location. Enter your postcode instead."


def _postcode_shape(value: str) -> None:
    if parse_postcode(value) is None:
        raise forms.ValidationError(POSTCODE_SHAPE, code="malformed")


def parse_near(value: str) -> tuple[float, float] | None:
    """ "53.74,-1.91" -> (53.74, -1.91): coordinates from the browser, rounded to about
    a kilometre so no exact address is ever in a URL. None unless both are in range."""
    parts = (value or "").split(",")
    if len(parts) != 2:
        return None
    try:
        latitude, longitude = (round(float(part), 2) for part in parts)
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None  # also rejects nan and infinity
    return latitude, longitude


def _unknown(what: str) -> dict:
    return {"invalid_choice": f"We do not recognise “%(value)s” as {what}. It has been ignored."}


def _choices(label: str, choices, what: str):
    return django_filters.MultipleChoiceFilter(
        label=label,
        choices=choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages=_unknown(what),
    )


AGE_MESSAGE = "Age must be 25 or less: the Local Offer covers ages 0 to 25."
WHOLE_NUMBER = "Enter the age as a whole number, like 7."


# ServiceFilter.get_form_class: the form class for each list of needs and areas.
_FORM_CLASSES: dict[tuple, type] = {}


class ServiceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search for a service",
        widget=forms.SearchInput,
        max_length=200,
        error_messages={"max_length": "Search words must be 200 characters or fewer."},
        help_text="For example: speech therapy, autism, short breaks",
    )
    postcode = django_filters.CharFilter(
        label="Postcode (optional)",
        max_length=20,
        validators=[_postcode_shape],
        error_messages={"max_length": POSTCODE_SHAPE},
        help_text="To see the nearest services first. For example, BM1 4LS or BM1. "
        "We use it only to work out distances and do not keep it.",
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "spellcheck": "false"}),
    )
    within = django_filters.ChoiceFilter(
        label="Distance from your postcode",
        choices=DISTANCE_CHOICES,
        empty_label="Any distance",
        error_messages=_unknown("a distance"),
    )
    # Filled in by the "Use my location" button (progressive enhancement). Checked by
    # directory.search.near, which reports a problem on the postcode field (this one is hidden).
    near = django_filters.CharFilter(widget=forms.HiddenInput)
    age = django_filters.NumberFilter(
        label="Age of the child or young person",
        min_value=0,
        max_value=MAX_AGE,
        decimal_places=0,
        help_text="In years, from 0 to 25",
        # GOV.UK advises a text input with a numeric keyboard rather than type="number".
        widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}),
        error_messages={
            "invalid": WHOLE_NUMBER,
            "max_decimal_places": WHOLE_NUMBER,
            "max_digits": AGE_MESSAGE,
            "max_whole_digits": AGE_MESSAGE,
            "min_value": "Age must be 0 or more.",
            "max_value": AGE_MESSAGE,
        },
    )
    age_group = _choices(
        "Age group", [(key, label) for key, (_, _, label) in AGE_GROUPS.items()], "an age group"
    )
    need = _choices("Need", [], "a need")
    area = _choices("Type of support", [], "a type of support")
    level = _choices("Level of support", Service.Level.choices, "a level of support")
    where = _choices("Where", [(value, Where(value).label) for value in WHERE_GROUPS], "a place")
    free = django_filters.BooleanFilter(label="Free services only", widget=forms.CheckboxInput)
    self_refer = django_filters.BooleanFilter(
        label="I can contact them myself (no referral needed)", widget=forms.CheckboxInput
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by",
        choices=SortOrder.choices,
        empty_label=None,
        error_messages=_unknown("a way to sort"),
    )

    class Meta:
        model = Service
        fields: list[str] = []

    def __init__(self, data=None, *args, needs, areas, **kwargs):
        super().__init__(data, *args, queryset=Service.objects.none(), **kwargs)
        self.needs = needs
        self.areas = areas
        self.filters["need"].extra["choices"] = [(n.slug, n.name) for n in needs]
        self.filters["area"].extra["choices"] = [(a.slug, a.name) for a in areas]

    def get_form_class(self):
        """The form class for these needs and areas, built once and reused: django-filter
        builds a new class, with a new field for every filter, for each search."""
        key = (type(self), *(tuple(self.filters[f].extra["choices"]) for f in ("need", "area")))
        form_class = _FORM_CLASSES.get(key)
        if form_class is None:
            if len(_FORM_CLASSES) >= 8:  # old versions of the needs and areas
                _FORM_CLASSES.clear()
            form_class = _FORM_CLASSES[key] = super().get_form_class()
        return form_class

    @property
    def form(self):
        form = super().form
        form.fields["age"].input_class = "govuk-input--width-3"
        form.fields["postcode"].input_class = "govuk-input--width-10"
        form.fields["q"].input_class = "govuk-!-width-two-thirds"
        form.fields["q"].label_class = "govuk-label--m"
        return form

    def cleaned_data(self) -> dict:
        """The valid part of the query string; invalid values are left out (and shown as errors)."""
        self.is_valid()
        return getattr(self.form, "cleaned_data", {})

    def selected(self) -> list[tuple[str, str, str]]:
        """(parameter, value, label) for each selected filter, to show as removable tags."""
        data = self.cleaned_data()
        tags = []
        if data.get("within") and (data.get("postcode") or data.get("near")):
            postcode = parse_postcode(data.get("postcode") or "")
            place = postcode.text if postcode else "your location"
            miles = dict(DISTANCE_CHOICES)[data["within"]]
            tags.append(("within", "", f"{miles} of {place}"))
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

    def show_counts(self, facets: dict[str, dict]) -> None:
        """Show beside every option how many results it would give."""
        form = self.form
        for group, counts in facets.items():
            field = form.fields[group]
            field.small = True
            if group in ("free", "self_refer"):
                # Bound fields are cached (with their label) once the form is validated.
                form[group].label = count_label(str(field.label), counts.get(True, 0))
                continue
            field.choices = [
                (value, count_label(str(label), counts.get(value, 0)))
                for value, label in field.choices
            ]


# What a booklet of search results keeps: the filters and words, never where the family is.
BOOKLET_PARAMS = [p for p in ServiceFilter.base_filters if p not in LOCATION_PARAMS]
