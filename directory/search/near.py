"""Distance from a family's postcode (or the browser's rounded location) to services.

A service's distance is the distance to its nearest venue with coordinates.
Services offered online or by phone have no distance: they are never dropped by
"within N miles" and come after the services with a distance when sorted nearest
first. Everything is worked out in PostgreSQL: a bounding box on the indexed
coordinates narrows the venues; "within" and "nearest first" then compare each venue's
point on a unit sphere (Location.unit_x/y/z, stored) with the family's by straight-line
distance, which orders and limits exactly as distance over the Earth does, with plain
arithmetic per venue. Only the page's services get their distance in miles (haversine).
"""

import math

from django.core.exceptions import EmptyResultSet
from django.db.models import (
    Exists,
    F,
    FloatField,
    Func,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.expressions import RawSQL

from core.replicas import read_connection
from directory.filters import NEAR_SHAPE, parse_near
from directory.models import Location, Service
from postcodes.geo import EARTH_RADIUS_MILES, bounding_box, distance_miles, haversine_miles
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
    close = (
        _venues_in_box(place, miles)
        .filter(service=OuterRef("pk"))
        .annotate(chord=_chord_squared(place))
        .filter(chord__lte=_chord_squared_for(miles))
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


# Up to this many matches (and no "within"), each match's venues are looked up by its id;
# more, and one pass over every venue is cheaper (at 10,000 services: 500 matches, 4 ms
# rather than 10; 9,000 matches, 25 ms rather than 10).
LOOKUP_EACH_MAX = 2000
# Under "within", nearest first looks first within a radius expected to hold this many
# times the services up to the page (0: never). At 100,000 services, "within 5 miles" of
# BM1 4LS orders 25,746 matches; page 1 needs only those within about 0.3 miles.
FIRST_RADIUS_SHARE = 4
# Nearest first without "within", for more matches than LOOKUP_EACH_MAX: look first at
# the venues within this many miles (0: never). If the page's services all have one that
# close, every other match is further away and the page is theirs. At 100,000 services,
# "speech therapy" near BM1 has 4,301 matches; finding every one's nearest venue took
# 230 ms in SQL, the 20 within 3 miles a few.
FIRST_PROBE_MILES = 3.0


def nearest_first_page(
    matching: QuerySet,
    place: Place,
    *,
    within: float | None,
    offset: int,
    limit: int,
    matches: int | None = None,
) -> list[Service]:
    """One page of the matching services, nearest first (see `nearest_first_ids`), each
    with `distance` and `nearest_venue`. Three queries: the order, the page's services
    (only what a page of results shows) and their distances."""
    ids = nearest_first_ids(
        matching, place, within=within, offset=offset, limit=limit, matches=matches
    )
    found = {s.pk: s for s in Service.objects.filter(pk__in=ids).for_results_page()}
    return add_distances([found[pk] for pk in ids if pk in found], place, within=within)


def nearest_first_ids(
    matching: QuerySet,
    place: Place,
    *,
    within: float | None,
    offset: int,
    limit: int,
    matches: int | None = None,
) -> list[int]:
    """The ids of one page of the matching services, nearest first; services without a
    distance (online, phone) after, by name.

    `matching`: the services the words and filters find, wherever they are. Under
    "within N miles" only those with a venue that near, or offered online or by phone,
    are kept (as `within_q` keeps them), here by the join rather than a second pass.

    One query whatever the number of matches. It puts the matches in order without
    reading their full rows or any trigonometry: the nearest venue of every service is
    found in one pass over the venues' stored unit-sphere points (only those within the
    distance when there is one), or, for a few matches (`matches`, the total if known),
    by looking up each match's venues.
    """
    try:
        matching_sql, matching_params = (
            matching.order_by()
            .values(sid=F("pk"), sname=F("name"), swhere=F("where_offered"))
            .query.sql_with_params()
        )
    except EmptyResultSet:  # nothing can match
        return []
    radius = None
    if within is not None and matches and FIRST_RADIUS_SHARE:
        # First look only close by: a radius expected to hold FIRST_RADIUS_SHARE times the
        # services up to this page if the matches were spread evenly over the distance.
        # If at least that many matches have a venue within it, the page is theirs (every
        # service further away comes after them); if not, order every match as below.
        radius = within * math.sqrt(FIRST_RADIUS_SHARE * (offset + limit) / matches)
        radius = radius if radius < within * 0.7 else None
    elif within is None and FIRST_PROBE_MILES and (matches is None or matches > LOOKUP_EACH_MAX):
        # No distance to scale by: a fixed first look (FIRST_PROBE_MILES), the same test.
        radius = FIRST_PROBE_MILES
    if radius is not None:
        close_sql, close_params = _nearest_venues_sql(place, radius)
        ids = _run_order(
            f"SELECT s.sid FROM ({matching_sql}) AS s "  # noqa: S608 - SQL from the ORM
            f"JOIN ({close_sql}) AS n ON n.service_id = s.sid ",
            [*matching_params, *close_params],
            limit,
            offset,
        )
        if len(ids) == limit:
            return ids
    nearest_sql, nearest_params = _nearest_venues_sql(place, within)
    join = f"LEFT JOIN ({nearest_sql}) AS n ON n.service_id = s.sid "
    if within is None and matches is not None and matches <= LOOKUP_EACH_MAX:
        # Each match's own venues, joined LATERAL to the match (s.sid, below).
        own = Location.objects.filter(service_id=RawSQL("s.sid", [])).order_by()  # noqa: S611
        own = own.values("service_id").annotate(nearest=Min(_chord_squared(place)))
        own_sql, nearest_params = own.values("nearest").query.sql_with_params()
        join = f"LEFT JOIN LATERAL ({own_sql}) AS n ON TRUE "
    kept, kept_params = "", []
    if within is not None:
        kept, kept_params = (
            "WHERE n.service_id IS NOT NULL OR s.swhere = %s ",
            [Service.WhereOffered.REMOTE.value],
        )
    return _run_order(
        f"SELECT s.sid FROM ({matching_sql}) AS s {join}{kept}",  # noqa: S608 - from the ORM
        [*matching_params, *nearest_params, *kept_params],
        limit,
        offset,
    )


def _nearest_venues_sql(place: Place, within: float | None) -> tuple[str, list]:
    """SQL for each service's nearest venue (as `service_id`, `nearest`: squared chord),
    among its venues within `within` miles of the place (or all with coordinates)."""
    if within is None:
        venues = Location.objects.filter(latitude__isnull=False)
    else:
        venues = (
            _venues_in_box(place, within)
            .annotate(chord=_chord_squared(place))
            .filter(chord__lte=_chord_squared_for(within))
        )
    nearest = venues.order_by().values("service_id").annotate(nearest=Min(_chord_squared(place)))
    return nearest.query.sql_with_params()


def _run_order(sql: str, params: list, limit: int, offset: int) -> list[int]:
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"{sql} ORDER BY n.nearest ASC NULLS LAST, s.sname ASC, s.sid ASC LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        return [row[0] for row in cursor.fetchall()]


def add_distances(services: list[Service], place: Place, *, within: float | None = None):
    """Give each service `distance` (miles to its nearest venue with coordinates, or None)
    and `nearest_venue` (that venue's name). One query, whatever the number of services.

    The nearest venue is chosen in SQL by the stored unit-sphere points (the same order
    as distance over the Earth); its distance in miles is worked out here by haversine.
    Under "within N miles", a service whose nearest venue is further away was kept only
    because it is offered online or by phone: it gets no distance, so the page says that
    rather than how far its venue is (beyond what the family asked for).
    """
    nearest = (
        Location.objects.filter(service_id__in=[s.pk for s in services], unit_x__isnull=False)
        .annotate(chord=_chord_squared(place))
        .order_by("service_id", "chord", "pk")
        .distinct("service_id")
        .values_list("service_id", "name", "latitude", "longitude")
    )
    venues = {sid: (name, lat, lon) for sid, name, lat, lon in nearest} if services else {}
    for service in services:
        service.distance = service.nearest_venue = None
        if service.pk in venues:
            name, lat, lon = venues[service.pk]
            miles = haversine_miles(place.latitude, place.longitude, float(lat), float(lon))
            if within is None or miles <= within * (1 + 1e-9):  # rounding at the edge
                service.distance, service.nearest_venue = miles, name
    return services


def _venues_in_box(place: Place, miles: float) -> QuerySet:
    box = bounding_box(place.latitude, place.longitude, miles)
    return Location.objects.filter(
        latitude__gte=box.min_latitude,
        latitude__lte=box.max_latitude,
        longitude__gte=box.min_longitude,
        longitude__lte=box.max_longitude,
    )


def _unit_point(place: Place) -> tuple[float, float, float]:
    lat, lon = math.radians(place.latitude), math.radians(place.longitude)
    return math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)


class _ChordSquared(Func):
    """SQL: the squared straight-line distance from a point to the venue, both on a sphere
    of radius 1 (NULL for a venue without coordinates). One node, not fifteen: Django
    resolves and copies it for every query it is in."""

    output_field = FloatField()

    def __init__(self, point: tuple[float, float, float]):
        super().__init__(F("unit_x"), F("unit_y"), F("unit_z"))
        self.point = point

    def as_sql(self, compiler, connection, **extra):
        parts, params = [], []
        for expression, value in zip(self.get_source_expressions(), self.point, strict=True):
            column, column_params = compiler.compile(expression)
            parts.append(f"({column} - %s) * ({column} - %s)")
            params.extend([*column_params, value, *column_params, value])
        return "(" + " + ".join(parts) + ")", params


def _chord_squared(place: Place) -> _ChordSquared:
    return _ChordSquared(_unit_point(place))


def _chord_squared_for(miles: float) -> Value:
    """The squared straight-line distance matching `miles` over the Earth's surface."""
    return Value((2 * math.sin(miles / (2 * EARTH_RADIUS_MILES))) ** 2, FloatField())


def _miles(place: Place):
    return distance_miles(place.latitude, place.longitude, "latitude", "longitude")
