import io

import pytest
from django.core.management import call_command

from demo import postcode_data
from directory.models import Location
from postcodes.geo import haversine_miles
from postcodes.models import Postcode
from postcodes.selectors import place_for_postcode


def test_demo_coordinates_are_deterministic_and_in_their_district():
    assert postcode_data.coordinates("BM1 4LS") == postcode_data.coordinates("BM1 4LS")
    centre = postcode_data.ORIGIN
    # Brindlemoor's own districts are within a few miles of the town centre...
    for district in ("BM1", "BM2", "BM3", "BM4", "BM5"):
        assert haversine_miles(*centre, *postcode_data.coordinates(f"{district} 5AB")) < 4
    # ...its other towns further out, and the regional centres a long way off.
    assert 6 < haversine_miles(*centre, *postcode_data.coordinates("HB1 2AB")) < 12
    assert haversine_miles(*centre, *postcode_data.coordinates("WQ1 4AD")) > 35


def test_only_demo_districts_are_taken_from_extra_postcodes():
    rows = postcode_data.postcode_rows(extra=["BM1 4LS", "M1 1AE", "HB8 3XY"])
    postcodes = {row[0] for row in rows}
    assert {"BM1 4LS", "HB8 3XY"} <= postcodes
    assert "M1 1AE" not in postcodes
    assert all(row[3] is None for row in rows if row[0] not in postcode_data.TERMINATED)


@pytest.mark.django_db
def test_seed_locates_every_demo_venue_and_is_idempotent():
    call_command("seed_demo", stdout=io.StringIO())
    out = io.StringIO()
    call_command("seed_postcodes_demo", stdout=out)
    assert "venues given coordinates" in out.getvalue()
    assert not Location.objects.filter(latitude__isnull=True).exists()
    venue_postcodes = set(Location.objects.values_list("postcode", flat=True))
    assert venue_postcodes <= set(Postcode.objects.values_list("postcode", flat=True))
    count = Postcode.objects.count()
    call_command("seed_postcodes_demo", stdout=out)
    assert Postcode.objects.count() == count
    assert "0 venues given coordinates" in out.getvalue().splitlines()[-1]


@pytest.mark.django_db
def test_demo_has_a_terminated_postcode_and_partial_postcodes_work():
    call_command("seed_postcodes_demo", stdout=io.StringIO())
    assert place_for_postcode("BM1 9ZZ").terminated is not None
    assert place_for_postcode("BM4").partial
