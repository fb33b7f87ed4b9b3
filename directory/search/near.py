"""Distance from a family's postcode (or the browser's rounded location) to services.

A service's distance is the distance to its nearest venue with coordinates.
Services offered online or by phone have no distance: they are never dropped by
"within N miles" and come after the services with a distance when sorted nearest
first. Everything is worked out in PostgreSQL: a bounding box on the indexed
coordinates narrows the venues before the exact (haversine) distance is computed.
"""

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery

from directory.filters import NEAR_SHAPE, parse_near
from directory.models import Location, Service
from postcodes.geo import bounding_box, distance_miles
from postcodes.selectors import Place, PostcodeNotFound, place_for_postcode


def place_for_search(filterset, data: dict) -> Place | None:
    """Where to measure from: the postcode typed, else the browser's location, else None.

    An unknown postcode is reported on the form (the rest of the search still runs).
    """
    if data.get("postcode"):
        try:
            return place_for_postcode(data["postcode"])
        except PostcodeNotFound as problem:
            filterset.form.add_error("postcode", problem.message)
            data.pop("postcode", None)
            return None
    if data.get("near"):
        point = parse_near(data["near"])
        if point is None:
            filterset.form.add_error("postcode", NEAR_SHAPE)
            data.pop("near", None)
            return None
        return Place("your location", *point)
    return None


def within_q(place: Place, miles: float) -> Q:
    """Services with a venue within `miles` of the place, and those offered online or by phone.

    EXISTS, not IN: with an OR beside it, an IN list too big to hash is re-read for every
    service (minutes at 100,000 services); EXISTS probes each service's venues by index.
    """
    box = bounding_box(place.latitude, place.longitude, miles)
    close = (
        Location.objects.filter(
            service=OuterRef("pk"),
            latitude__gte=box.min_latitude,
            latitude__lte=box.max_latitude,
            longitude__gte=box.min_longitude,
            longitude__lte=box.max_longitude,
        )
        .annotate(miles=_miles(place))
        .filter(miles__lte=miles)
    )
    return Q(Exists(close)) | Q(where_offered=Service.WhereOffered.REMOTE)


def with_distance(queryset: QuerySet, place: Place) -> QuerySet:
    """Each service annotated with `distance` (miles to its nearest venue, or None) and
    `nearest_venue` (that venue's name)."""
    # Venues without coordinates have no distance and sort last (NULLs come last in
    # ascending order). No "has coordinates" filter here: it would steer the planner to
    # the coordinates index and a scan of every venue per service, not the service's own.
    nearest = (
        Location.objects.filter(service=OuterRef("pk"))
        .annotate(miles=_miles(place))
        .order_by(F("miles").asc(nulls_last=True), "pk")
    )
    return queryset.annotate(
        distance=Subquery(nearest.values("miles")[:1]),
        nearest_venue=Subquery(nearest.values("name")[:1]),
    )


def nearest_first(queryset: QuerySet) -> QuerySet:
    return queryset.order_by(F("distance").asc(nulls_last=True), "name", "pk")


def _miles(place: Place):
    return distance_miles(place.latitude, place.longitude, "latitude", "longitude")
