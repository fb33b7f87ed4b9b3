"""Distances on the Earth's surface, in Python (for checks) and as SQL (for searching).

Both use the haversine formula on a sphere of the Earth's mean radius: within
about 0.5% of the true (ellipsoidal) distance, far finer than "1.2 miles" needs.
"""

import math
from dataclasses import dataclass

from django.db.models import Case, F, FloatField, Func, Q, Value, When
from django.db.models.functions import ASin, Cast, Cos, Least, Power, Radians, Sin, Sqrt

EARTH_RADIUS_MILES = 3958.7613  # mean radius, 6,371.0088 km
METRES_PER_MILE = 1609.344


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in miles."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def distance_miles(latitude: float, longitude: float, lat_field: str, lon_field: str) -> Func:
    """An SQL expression: miles from (latitude, longitude) to the row's coordinates.

    NULL when the row has no coordinates.
    """
    missing = Q(**{f"{lat_field}__isnull": True}) | Q(**{f"{lon_field}__isnull": True})
    lat = Radians(Cast(F(lat_field), FloatField()))
    lon = Radians(Cast(F(lon_field), FloatField()))
    origin_lat = math.radians(latitude)
    origin_lon = math.radians(longitude)
    a = Power(Sin((lat - Value(origin_lat)) / Value(2.0)), 2) + Value(math.cos(origin_lat)) * Cos(
        lat
    ) * Power(Sin((lon - Value(origin_lon)) / Value(2.0)), 2)
    # LEAST skips NULLs in PostgreSQL, so rows without coordinates are caught first.
    return Case(
        When(missing, then=Value(None)),
        default=Value(2 * EARTH_RADIUS_MILES) * ASin(Least(Sqrt(a), Value(1.0))),
        output_field=FloatField(),
    )


@dataclass(frozen=True)
class Box:
    """A latitude/longitude box that holds every point within some distance of a centre."""

    min_latitude: float
    max_latitude: float
    min_longitude: float
    max_longitude: float


def bounding_box(latitude: float, longitude: float, miles: float) -> Box:
    """A box around the point, a little larger than the circle of `miles` radius.

    Used as an indexed pre-filter before the exact distance is worked out.
    """
    angle = miles / EARTH_RADIUS_MILES
    dlat = math.degrees(angle) * 1.01
    min_lat, max_lat = max(-90.0, latitude - dlat), min(90.0, latitude + dlat)
    widest = max(abs(min_lat), abs(max_lat))
    if widest >= 89.9:
        return Box(min_lat, max_lat, -180.0, 180.0)
    dlon = math.degrees(angle / math.cos(math.radians(widest))) * 1.01
    return Box(min_lat, max_lat, max(-180.0, longitude - dlon), min(180.0, longitude + dlon))
