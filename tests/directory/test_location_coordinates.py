"""Locations get their coordinates from the postcode table."""

from decimal import Decimal

import pytest

from directory.models import Location
from directory.services import location_coordinates_fill, locations_fill_coordinates
from tests.factories import LocationFactory
from tests.postcodes.factories import PostcodeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def postcodes():
    PostcodeFactory(postcode="BM1 4LS", latitude=53.7421234, longitude=-1.9129876)
    PostcodeFactory(postcode="HB1 2AB", latitude=53.86, longitude=-1.87)


def test_a_location_without_coordinates_gets_its_postcodes(postcodes):
    location = Location(postcode="BM1 4LS")
    location_coordinates_fill(location=location)
    assert (location.latitude, location.longitude) == (Decimal("53.742123"), Decimal("-1.912988"))


def test_an_unknown_postcode_leaves_the_coordinates_empty(postcodes):
    location = Location(postcode="BM9 9ZZ")
    location_coordinates_fill(location=location)
    assert location.latitude is None and location.longitude is None


def test_typed_coordinates_are_kept(postcodes):
    location = Location(postcode="BM1 4LS", latitude=Decimal("53.1"), longitude=Decimal("-1.1"))
    location_coordinates_fill(location=location)
    assert (location.latitude, location.longitude) == (Decimal("53.1"), Decimal("-1.1"))


def _saved(**kwargs):
    location = LocationFactory(**kwargs)
    Location.objects.filter(pk=location.pk).update(
        latitude=kwargs.get("latitude"), longitude=kwargs.get("longitude")
    )
    return Location.objects.get(pk=location.pk)


def test_filled_coordinates_follow_a_changed_postcode(postcodes):
    location = _saved(
        postcode="BM1 4LS", latitude=Decimal("53.742123"), longitude=Decimal("-1.912988")
    )
    location.postcode = "HB1 2AB"
    location_coordinates_fill(location=location)
    assert (location.latitude, location.longitude) == (Decimal("53.86"), Decimal("-1.87"))


def test_filled_coordinates_are_cleared_when_the_new_postcode_is_unknown(postcodes):
    location = _saved(
        postcode="BM1 4LS", latitude=Decimal("53.742123"), longitude=Decimal("-1.912988")
    )
    location.postcode = "BM9 9ZZ"
    location_coordinates_fill(location=location)
    assert location.latitude is None and location.longitude is None


def test_an_officers_own_coordinates_stay_when_the_postcode_changes(postcodes):
    location = _saved(postcode="BM1 4LS", latitude=Decimal("53.5"), longitude=Decimal("-1.5"))
    location.postcode = "HB1 2AB"
    location_coordinates_fill(location=location)
    assert (location.latitude, location.longitude) == (Decimal("53.5"), Decimal("-1.5"))


def test_coordinates_changed_with_the_postcode_are_kept(postcodes):
    location = _saved(
        postcode="BM1 4LS", latitude=Decimal("53.742123"), longitude=Decimal("-1.912988")
    )
    location.postcode = "HB1 2AB"
    location.latitude, location.longitude = Decimal("53.9"), Decimal("-1.8")
    location_coordinates_fill(location=location)
    assert (location.latitude, location.longitude) == (Decimal("53.9"), Decimal("-1.8"))


def test_bulk_fill_gives_missing_coordinates_with_history(postcodes):
    missing = _saved(postcode="BM1 4LS")
    unknown = _saved(postcode="BM9 9ZZ")
    typed = _saved(postcode="HB1 2AB", latitude=Decimal("50"), longitude=Decimal("-2"))
    assert locations_fill_coordinates() == 1
    missing.refresh_from_db()
    unknown.refresh_from_db()
    typed.refresh_from_db()
    assert missing.latitude == Decimal("53.742123")
    assert unknown.latitude is None
    assert typed.latitude == Decimal("50")
    assert missing.history.first().history_change_reason == "Coordinates from the postcode"
    assert locations_fill_coordinates() == 0


def test_saving_through_the_write_path_fills_coordinates(postcodes):
    location = LocationFactory(postcode="bm1 4ls")
    location.refresh_from_db()
    assert (location.postcode, location.latitude) == ("BM1 4LS", Decimal("53.742123"))


def test_officer_adding_a_location_in_admin_gets_coordinates(postcodes, officer_client):
    from tests.factories import ServiceFactory

    service = ServiceFactory()
    response = officer_client.post(
        "/admin/directory/location/add/",
        {
            "service": service.pk,
            "name": "Hall",
            "address": "1 Street",
            "postcode": "HB1 2AB",
            "latitude": "",
            "longitude": "",
            "accessibility": "",
            "opening_exceptions": "",
            "opening_times-TOTAL_FORMS": "0",
            "opening_times-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    location = Location.objects.get(name="Hall")
    assert (location.latitude, location.longitude) == (Decimal("53.86"), Decimal("-1.87"))
