"""Reads for the Open Referral API: published directory records, filtered and paged.

Every function runs a fixed number of queries whatever the page size (the
tests assert it): one to count, one for the page, one per prefetched relation.
"""

import math
from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet

from directory.models import AreaOfProvision, Location, Need, OpeningTime, Organisation, Service
from directory.search import keyword_filter, keyword_search
from directory.search.near import nearest_first, nearest_first_ids, with_distance, within_q
from openreferral import ids
from openreferral.params import ApiError, ServiceFilters
from postcodes.geo import METRES_PER_MILE, distance_miles
from postcodes.selectors import Place, PostcodeNotFound, place_for_postcode


@dataclass
class Page:
    items: list
    total: int
    number: int
    per_page: int

    @property
    def total_pages(self) -> int:
        return math.ceil(self.total / self.per_page) if self.total else 0

    def envelope(self, contents: list) -> dict:
        """The paging fields the standard asks for, around the page's contents."""
        return {
            "total_items": self.total,
            "total_pages": self.total_pages,
            "page_number": self.number,
            "size": len(contents),
            "first_page": self.number == 1,
            "last_page": self.number >= self.total_pages,
            "empty": not contents,
            "contents": contents,
        }


def paginate(queryset, page: int, per_page: int) -> Page:
    """One count and one page query (a list is sliced in memory)."""
    offset = (page - 1) * per_page
    if isinstance(queryset, list):
        return Page(queryset[offset : offset + per_page], len(queryset), page, per_page)
    total = queryset.count()
    items = list(queryset[offset : offset + per_page]) if offset < total else []
    return Page(items, total, page, per_page)


# Prefetching -----------------------------------------------------------------


def _full_service_prefetches(prefix: str = "") -> list:
    return [
        Prefetch(
            f"{prefix}needs",
            queryset=Need.objects.select_related("broad_area").order_by("order", "name"),
        ),
        f"{prefix}areas",
        Prefetch(
            f"{prefix}locations",
            queryset=Location.objects.order_by("name", "pk").prefetch_related(
                Prefetch("opening_times", queryset=OpeningTime.objects.order_by("weekday", "opens"))
            ),
        ),
    ]


def published_services() -> QuerySet:
    return Service.objects.published().select_related("organisation")


def service_full(uuid: str) -> Service | None:
    return (
        published_services().prefetch_related(*_full_service_prefetches()).filter(uuid=uuid).first()
    )


def service_at_location_full(uuid: str) -> Location | None:
    return (
        Location.objects.filter(service__status=Service.Status.PUBLISHED, uuid=uuid)
        .select_related("service__organisation")
        .prefetch_related(
            Prefetch("opening_times", queryset=OpeningTime.objects.order_by("weekday", "opens")),
            *_full_service_prefetches("service__"),
        )
        .first()
    )


# Filtering -------------------------------------------------------------------


def _term_condition(term_id: str) -> Q:
    fixed = ids.FIXED_TERM_BY_ID.get(term_id)
    if fixed is not None:
        if fixed.taxonomy_key == ids.LEVEL:
            return Q(level=fixed.value)
        if fixed.taxonomy_key == ids.WHERE:
            return Q(where_offered=fixed.value)
        return Q(**{fixed.value: True})
    need = Need.objects.filter(uuid=term_id).values_list("pk", flat=True).first()
    if need is not None:
        # need_ids holds each need and its broad area, so a broad area's term
        # also finds services tagged with the specific needs under it.
        return Q(need_ids__contains=[need])
    area = AreaOfProvision.objects.filter(uuid=term_id).values_list("pk", flat=True).first()
    if area is not None:
        return Q(area_ids__contains=[area])
    return Q(pk__in=[])


def _taxonomy_condition(taxonomy_id: str) -> Q:
    tax = ids.TAXONOMY_BY_ID.get(taxonomy_id)
    if tax is None:
        return Q(pk__in=[])
    if tax.key == ids.NEEDS:
        return ~Q(need_ids=[])
    if tax.key == ids.AREAS:
        return ~Q(area_ids=[])
    if tax.key == ids.ACCESS:
        q = Q(pk__in=[])
        for name in ids.ACCESS_FIELDS:
            q |= Q(**{name: True})
        return q
    return Q()  # every service has a level and a place where it is offered


def _opening_condition(filters: ServiceFilters) -> Q:
    if filters.day is None and filters.start_time is None and filters.end_time is None:
        return Q()
    times = OpeningTime.objects.filter(location__service=OuterRef("pk"))
    if filters.day is not None:
        times = times.filter(weekday=filters.day)
    if filters.start_time is not None:
        times = times.filter(opens__gte=filters.start_time)
    if filters.end_time is not None:
        times = times.filter(closes__lte=filters.end_time)
    return Q(Exists(times))


def _place(filters: ServiceFilters) -> Place | None:
    """Where `postcode` is (a partial postcode stands for the centre of its postcodes)."""
    if filters.postcode is None:
        return None
    try:
        return place_for_postcode(filters.postcode)
    except PostcodeNotFound as problem:
        raise ApiError(f"postcode: {problem.message}.", parameter="postcode") from None


def _proximity_miles(filters: ServiceFilters) -> float | None:
    return None if filters.proximity is None else filters.proximity / METRES_PER_MILE


def filter_services(queryset: QuerySet, filters: ServiceFilters) -> tuple[QuerySet, bool]:
    """Services matching every filter given; and whether they are ranked by the search.

    With a postcode they come nearest first (services offered online or by phone,
    which have no distance, last); with a proximity too, only those with a venue
    that close, and those offered online or by phone, which reach everyone.
    """
    place = _place(filters)
    queryset = _matching(queryset, filters, place, within=True)
    if place is not None:
        return nearest_first(with_distance(queryset, place)), False
    if filters.search:
        return _search(queryset, filters.search), True
    return queryset.order_by("name", "pk"), False


def _matching(
    queryset: QuerySet, filters: ServiceFilters, place: Place | None, *, within: bool
) -> QuerySet:
    """The services matching every filter (and the search words, near a place); with
    `within`, only those within the proximity asked for (and online or phone ones)."""
    condition = Q()
    if filters.taxonomy_term_id:
        condition &= _term_condition(filters.taxonomy_term_id)
    if filters.taxonomy_id:
        condition &= _taxonomy_condition(filters.taxonomy_id)
    if filters.organization_id:
        condition &= Q(organisation__uuid=filters.organization_id)
    if filters.minimum_age is not None:
        condition &= Q(max_age__gte=filters.minimum_age)
    if filters.maximum_age is not None:
        condition &= Q(min_age__lte=filters.maximum_age)
    condition &= _opening_condition(filters)
    if within and place is not None and filters.proximity is not None:
        condition &= within_q(place, _proximity_miles(filters))
    queryset = queryset.filter(condition)
    if place is not None and filters.search:
        queryset = _search(queryset, filters.search)
    return queryset


def _search(queryset: QuerySet, text: str) -> QuerySet:
    """The website's keyword search (synonyms, prefixes and spelling) over `queryset`."""
    return keyword_search(queryset, text)


def services_page(filters: ServiceFilters, page: int, per_page: int) -> Page:
    place = _place(filters)
    if place is None:
        queryset, _ = filter_services(published_services(), filters)
        return paginate(queryset.defer("search_vector", "search_extra"), page, per_page)
    # Near a postcode: put in order as the website's search does (one pass over the
    # venues, directory.search.near), then fetch only the page's services.
    anywhere = _matching(Service.objects.published(), filters, None, within=False)
    miles = _proximity_miles(filters)
    close = anywhere if miles is None else anywhere.filter(within_q(place, miles))
    if filters.search:
        # The words are matched as the website matches them among the services in reach
        # (all the words, then corrected, then any word: whichever finds one close by).
        words = keyword_filter(close, filters.search)
        anywhere, close = anywhere.filter(words), close.filter(words)
    total = close.count()
    offset = (page - 1) * per_page
    if offset >= total:
        return Page([], total, page, per_page)
    ids = nearest_first_ids(
        anywhere,
        place,
        within=miles,
        offset=offset,
        limit=per_page,
        matches=total,
    )
    rows = published_services().defer("search_vector", "search_extra").in_bulk(ids)
    return Page([rows[pk] for pk in ids if pk in rows], total, page, per_page)


def service_at_locations_page(filters: ServiceFilters, page: int, per_page: int) -> Page:
    services, ranked = filter_services(Service.objects.published(), filters)
    queryset = Location.objects.filter(service__in=services.values("pk")).select_related(
        "service__organisation"
    )
    queryset = queryset.defer("service__search_vector", "service__search_extra")
    place = _place(filters)
    if place is None:
        return paginate(
            queryset.order_by("service__name", "service__pk", "name", "pk"), page, per_page
        )
    # Near a postcode: each place itself is measured, nearest first.
    queryset = queryset.annotate(
        miles=distance_miles(place.latitude, place.longitude, "latitude", "longitude")
    )
    if filters.proximity is not None:
        queryset = queryset.filter(miles__lte=_proximity_miles(filters))
    return paginate(
        queryset.order_by(F("miles").asc(nulls_last=True), "service__name", "name", "pk"),
        page,
        per_page,
    )


# Organisations ---------------------------------------------------------------


def _with_published_services() -> QuerySet:
    return Organisation.objects.filter(
        Exists(Service.objects.published().filter(organisation=OuterRef("pk")))
    )


def organizations_page(page: int, per_page: int) -> Page:
    return paginate(_with_published_services().order_by("name", "pk"), page, per_page)


def organization_full(uuid: str) -> tuple[Organisation, list[Service]] | None:
    org = _with_published_services().filter(uuid=uuid).first()
    if org is None:
        return None
    services = list(
        Service.objects.published()
        .filter(organisation=org)
        .prefetch_related(*_full_service_prefetches())
        .order_by("name", "pk")
    )
    for service in services:
        service.organisation = org
    return org, services


# Taxonomies ------------------------------------------------------------------


def needs() -> list[Need]:
    return list(Need.objects.select_related("broad_area").order_by("order", "name", "pk"))


def areas() -> list[AreaOfProvision]:
    return list(AreaOfProvision.objects.order_by("order", "name", "pk"))


def term_by_id(term_id: str):
    """A fixed term, a Need or an AreaOfProvision with this id, or None."""
    fixed = ids.FIXED_TERM_BY_ID.get(term_id)
    if fixed is not None:
        return fixed
    need = Need.objects.select_related("broad_area").filter(uuid=term_id).first()
    if need is not None:
        return need
    return AreaOfProvision.objects.filter(uuid=term_id).first()
