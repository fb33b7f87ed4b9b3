"""Display strings for services, kept out of templates and models."""

from collections import defaultdict
from itertools import groupby

from django.utils.html import format_html

from directory.models import MAX_AGE, OpeningTime, Service


def age_range_text(min_age: int, max_age: int) -> str:
    """An age range in words: 'From birth to 5 years', 'Age 7 only', '16 to 25 years'."""
    if min_age == max_age:
        return "Under 1 year only" if min_age == 0 else f"Age {min_age} only"
    if min_age == 0:
        return f"From birth to {max_age} years"
    if max_age == MAX_AGE and min_age > 0:
        return f"{min_age} to {MAX_AGE} years"
    return f"{min_age} to {max_age} years"


WHERE_TEXT = {
    Service.WhereOffered.IN_AREA: "In our area",
    Service.WhereOffered.OUT_OF_AREA: "Outside our area",
    Service.WhereOffered.REGIONAL_NATIONAL: (
        "Regional or national specialist provision, outside our area"
    ),
    Service.WhereOffered.REMOTE: "Online or by phone",
}

LEVEL_TEXT = {
    Service.Level.UNIVERSAL: "Universal: open to everyone",
    Service.Level.TARGETED: "Targeted: extra support for some children and young people",
    Service.Level.SPECIALIST: "Specialist: longer-term, specialised support",
}


class ServiceSummary:
    """What a search result shows."""

    def __init__(self, service: Service):
        self.service = service
        self.name = service.name
        self.url = service.get_absolute_url()
        self.summary = service.summary
        self.organisation = service.organisation.name
        self.ages = age_range_text(service.min_age, service.max_age)
        self.where = WHERE_TEXT[service.where_offered]
        self.level = service.get_level_display().split(" (")[0]
        self.cost = "Free" if service.is_free else "There is a charge"
        self.self_referral = service.self_referral


class ServiceDetail:
    """What the service page shows, in plain words."""

    def __init__(self, service: Service):
        self.service = service
        self.ages = age_range_text(service.min_age, service.max_age)
        self.where = WHERE_TEXT[service.where_offered]
        self.level = LEVEL_TEXT[service.level]
        needs = list(service.needs.all())
        self.needs = [n.name for n in needs]
        self.areas = [a.name for a in service.areas.all()]
        self.referral_routes = [
            text
            for flag, text in [
                (service.self_referral, "You can contact the service yourself"),
                (
                    service.professional_referral,
                    "A professional (such as a GP, health visitor or teacher) can refer you",
                ),
                (service.ehc_plan_referral, "Through an education, health and care (EHC) plan"),
            ]
            if flag
        ]
        self.requirements = [
            text
            for flag, text in [
                (service.ehc_plan_required, "An EHC plan is needed"),
                (service.diagnosis_required, "A diagnosis is needed"),
            ]
            if flag
        ]
        self.locations = [LocationView(loc) for loc in service.locations.all()]


class LocationView:
    def __init__(self, location):
        self.location = location
        self.address_lines = [
            line.strip() for line in location.address.splitlines() if line.strip()
        ]
        times = sorted(location.opening_times.all(), key=lambda t: (t.weekday, t.opens))
        self.opening_times = [
            (
                OpeningTime.Weekday(day).label,
                ", ".join(f"{_clock(t.opens)} to {_clock(t.closes)}" for t in group),
            )
            for day, group in groupby(times, key=lambda t: t.weekday)
        ]


def _clock(value) -> str:
    """9:00 -> 9am, 13:30 -> 1:30pm (GOV.UK style)."""
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    if value.hour == 12 and value.minute == 0:
        return "midday"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"


def count_label(label: str, count: int):
    return format_html(
        '{} <span class="app-count">({}<span class="govuk-visually-hidden"> services</span>)'
        "</span>",
        label,
        count,
    )


def filter_groups(results) -> None:
    """Put the result count beside every filter option on the form."""
    form = results.filterset.form
    facets = results.facets
    for group, counts in facets.items():
        field = form.fields.get(group)
        if field is None:
            continue
        field.small = True
        if group in ("free", "self_refer"):
            # Bound fields are cached (with their label) once the form is validated.
            form[group].label = count_label(str(field.label), counts.get(True, 0))
            continue
        field.choices = [
            (value, count_label(str(label), counts.get(value, 0))) for value, label in field.choices
        ]
    return None


def needs_in_order(needs):
    """Broad areas of need, each followed by its specific needs."""
    children = defaultdict(list)
    broad = []
    for need in needs:
        if need.broad_area_id:
            children[need.broad_area_id].append(need)
        else:
            broad.append(need)
    ordered = []
    for area in broad:
        ordered.append(area)
        ordered.extend(children[area.pk])
    return ordered
