"""Display strings for the directory's public pages, kept out of templates and models."""

from functools import cached_property
from itertools import groupby

from django.utils.html import format_html

from core import hooks
from core.formatting import age_range, govuk_date, govuk_time_range, miles
from directory.models import OpeningTime, Service


class ServiceSummary:
    """What a search result shows."""

    def __init__(self, service: Service):
        self.service = service
        self.name = service.name
        self.url = service.get_absolute_url()
        self.summary = service.summary
        self.organisation = service.organisation.name
        self.ages = age_range(service.min_age, service.max_age)
        self.where = service.get_where_offered_display()
        self.level = service.get_level_display()
        # Not "there is a charge": some entries (direct payments) are a way to pay.
        self.cost = "Free" if service.is_free else "Cost: see details"
        self.self_referral = service.self_referral
        # Set only on searches near a place (directory.search.near.with_distance).
        self.distance = ""
        if getattr(service, "distance", None) is not None:
            self.distance = f"{miles(service.distance)} away"
            if service.nearest_venue:
                self.distance += f" ({service.nearest_venue})"
        elif hasattr(service, "distance"):
            self.distance = (
                "Online or by phone"
                if service.where_offered == Service.WhereOffered.REMOTE
                else "Distance not known: no address listed"
            )


class ServiceDetail:
    """What the service page shows, in plain words."""

    def __init__(self, service: Service):
        self.service = service
        self.ages = age_range(service.min_age, service.max_age)
        self.where = service.get_where_offered_display()
        self.level = service.get_level_display()
        # From the service page's own query (selectors.service_for_page), else prefetched.
        needs = getattr(service, "page_needs", None)
        areas = getattr(service, "page_areas", None)
        needs = service.needs.all() if needs is None else needs
        areas = service.areas.all() if areas is None else areas
        self.needs = [n.name for n in needs]
        self.areas = [a.name for a in areas]
        self.areas_slugs = {a.slug for a in areas}
        self.organisation_kind = service.organisation.get_kind_display().lower()
        self.referral_routes = [
            text
            for flag, text in [
                (service.self_referral, "You can contact the service yourself"),
                (
                    service.professional_referral,
                    _professional_referral_text(self.areas_slugs),
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
        self.review_due = govuk_date(service.review_due) if service.review_due else ""
        self.last_reviewed = govuk_date(service.last_reviewed) if service.last_reviewed else ""
        self.locations = [LocationView(loc) for loc in service.locations.all()]

    @cached_property
    def words_explained(self) -> list[hooks.Explanation]:
        """Words from the glossary (core.hooks explainers) that the service's own text uses.

        Only the service page asks, so a booklet or shortlist of many services runs no query for it.
        """
        service = self.service
        return hooks.explanations(
            [
                service.name,
                service.summary,
                service.description,
                service.eligibility,
                service.how_to_access,
                service.cost_details,
                service.decisions_and_accountability,
                service.how_to_complain,
                *self.needs,
                *self.referral_routes,
                *self.requirements,
            ]
        )


SOCIAL_CARE_AREA = "social-care"


def _professional_referral_text(area_slugs: set[str]) -> str:
    """Who can refer: a social care service is reached through a social care assessment,
    not a GP or teacher."""
    if SOCIAL_CARE_AREA in area_slugs and not area_slugs & {"health", "education"}:
        return "A social worker can refer you after a social care assessment"
    return "A professional (such as a GP, health visitor or teacher) can refer you"


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
                ", ".join(govuk_time_range(t.opens, t.closes) for t in group),
            )
            for day, group in groupby(times, key=lambda t: t.weekday)
        ]


def count_label(label: str, count: int):
    """A filter option's label with the number of results it would give."""
    return format_html(
        '{} <span class="app-count">({}<span class="govuk-visually-hidden"> services</span>)'
        "</span>",
        label,
        count,
    )
