import math

import pytest
from django.db.models import FloatField, Value

from postcodes.geo import (
    EARTH_RADIUS_MILES,
    METRES_PER_MILE,
    bounding_box,
    distance_miles,
    haversine_miles,
)
from postcodes.models import Postcode
from tests.postcodes.factories import PostcodeFactory

# Known distances (great circle on the mean-radius sphere), worked out independently.
LONDON = (51.5007, -0.1246)  # Big Ben
PARIS = (48.8584, 2.2945)  # Eiffel Tower


def _reference_metres(lat1, lon1, lat2, lon2):
    # Spherical law of cosines: a different formula from the haversine under test.
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cos_angle = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return math.acos(min(1.0, cos_angle)) * EARTH_RADIUS_MILES * METRES_PER_MILE


def test_haversine_matches_a_known_distance():
    # London to Paris is about 340.6 km on the mean-radius sphere.
    assert haversine_miles(*LONDON, *PARIS) * METRES_PER_MILE == pytest.approx(340_600, abs=500)


@pytest.mark.parametrize(
    "other", [(53.75, -1.90), (53.80, -2.10), (54.5, -1.0), (51.5, 0.0), (53.742, -1.912)]
)
def test_haversine_agrees_with_an_independent_formula(other):
    here = (53.742, -1.912)
    metres = haversine_miles(*here, *other) * METRES_PER_MILE
    assert metres == pytest.approx(_reference_metres(*here, *other), abs=2)


@pytest.mark.django_db
def test_sql_distance_is_within_a_few_metres_of_the_reference():
    points = [(53.75, -1.90), (53.80, -2.10), (54.5, -1.0), (51.5007, -0.1246), (53.742, -1.912)]
    for i, (lat, lon) in enumerate(points):
        PostcodeFactory(postcode=f"BM1 {i}AB", latitude=lat, longitude=lon)
    origin = (53.742, -1.912)
    rows = Postcode.objects.annotate(
        miles=distance_miles(*origin, "latitude", "longitude")
    ).values_list("latitude", "longitude", "miles")
    assert len(rows) == len(points)
    for lat, lon, miles in rows:
        expected = _reference_metres(*origin, lat, lon)
        assert miles * METRES_PER_MILE == pytest.approx(expected, abs=3)


@pytest.mark.django_db
def test_sql_distance_is_null_without_coordinates():
    PostcodeFactory(postcode="BM1 1AB")
    row = (
        Postcode.objects.annotate(nothing=Value(None, output_field=FloatField()))
        .annotate(miles=distance_miles(53.7, -1.9, "nothing", "nothing"))
        .values_list("miles", flat=True)
        .get()
    )
    assert row is None


@pytest.mark.parametrize("miles", [0.5, 5, 20, 100])
@pytest.mark.parametrize("centre", [(53.742, -1.912), (58.6, -3.5), (50.0, -5.7)])
def test_bounding_box_holds_every_point_on_the_circle(centre, miles):
    box = bounding_box(*centre, miles)
    lat0, lon0 = map(math.radians, centre)
    angle = miles / EARTH_RADIUS_MILES
    for step in range(36):
        bearing = math.radians(step * 10)
        lat = math.asin(
            math.sin(lat0) * math.cos(angle) + math.cos(lat0) * math.sin(angle) * math.cos(bearing)
        )
        lon = lon0 + math.atan2(
            math.sin(bearing) * math.sin(angle) * math.cos(lat0),
            math.cos(angle) - math.sin(lat0) * math.sin(lat),
        )
        assert box.min_latitude <= math.degrees(lat) <= box.max_latitude
        assert box.min_longitude <= math.degrees(lon) <= box.max_longitude
