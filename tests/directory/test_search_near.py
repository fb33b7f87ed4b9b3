"""Searching near a postcode or the browser's location: distances, sorting, "within"."""

from decimal import Decimal

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory.models import Service
from directory.search import search_services
from postcodes.geo import METRES_PER_MILE, haversine_miles
from tests.factories import LocationFactory, ServiceFactory, need
from tests.postcodes.factories import PostcodeFactory

pytestmark = pytest.mark.django_db

HOME = (53.7420, -1.9120)  # BM1 4LS, where the family lives
NEAR = (53.7500, -1.9000)  # about 0.7 miles away
TOWN = (53.7800, -1.8500)  # about 3.4 miles away
FAR = (54.2000, -1.2000)  # about 38 miles away


@pytest.fixture(autouse=True)
def postcodes():
    PostcodeFactory(postcode="BM1 4LS", outward="BM1", latitude=HOME[0], longitude=HOME[1])
    PostcodeFactory(postcode="BM1 9ZZ", outward="BM1", latitude=53.7440, longitude=-1.9160)
    PostcodeFactory(
        postcode="BM7 1AA",
        outward="BM7",
        latitude=TOWN[0],
        longitude=TOWN[1],
        terminated="2020-01-01",
    )


def at(name, *points, **kwargs):
    service = ServiceFactory(name=name, **kwargs)
    for index, (lat, lon) in enumerate(points):
        LocationFactory(
            service=service,
            name=f"{name} venue {index}",
            latitude=Decimal(str(lat)),
            longitude=Decimal(str(lon)),
            postcode="BM1 9ZZ",
        )
    return service


def remote(name):
    return ServiceFactory(name=name, where_offered=Service.WhereOffered.REMOTE)


def results(params):
    found = search_services(params)
    return found, [(s.name, getattr(s, "distance", None)) for s in found.page.object_list]


def test_a_postcode_sorts_nearest_first_with_online_services_after():
    at("Far club", FAR)
    at("Town club", TOWN)
    at("Near club", NEAR)
    remote("Helpline")
    found, rows = results({"postcode": "BM1 4LS"})
    assert found.sort == "distance"
    assert [name for name, _ in rows] == ["Near club", "Town club", "Far club", "Helpline"]
    assert rows[-1][1] is None


def test_the_distance_is_to_the_nearest_venue_and_matches_a_reference_calculation():
    at("Two venues", FAR, TOWN)
    _, rows = results({"postcode": "bm14ls"})
    expected = haversine_miles(*HOME, *TOWN)
    assert rows[0][1] * METRES_PER_MILE == pytest.approx(expected * METRES_PER_MILE, abs=5)


def test_within_keeps_services_close_enough_and_online_ones():
    at("Near club", NEAR)
    at("Town club", TOWN)
    at("Far club", FAR)
    remote("Helpline")
    ServiceFactory(name="No address")  # in person, but no venue listed
    _, rows = results({"postcode": "BM1 4LS", "within": "1"})
    assert [name for name, _ in rows] == ["Near club", "Helpline"]
    _, rows = results({"postcode": "BM1 4LS", "within": "5"})
    assert [name for name, _ in rows] == ["Near club", "Town club", "Helpline"]


def test_within_an_online_service_with_a_far_venue_is_shown_as_online_after_the_near_ones():
    at("Near club", NEAR)
    at("Online club with a far office", FAR, where_offered=Service.WhereOffered.REMOTE)
    at("Online club with a near office", NEAR, where_offered=Service.WhereOffered.REMOTE)
    at("Town club", TOWN)
    _, rows = results({"postcode": "BM1 4LS", "within": "5"})
    assert [name for name, _ in rows] == [
        "Near club",
        "Online club with a near office",
        "Town club",
        "Online club with a far office",
    ]
    assert rows[-1][1] is None  # no "42.9 miles away" on a search within 5 miles
    _, rows = results({"postcode": "BM1 4LS"})  # no limit: every distance is shown
    assert rows[-1] == ("Online club with a far office", pytest.approx(42.9, abs=0.5))


def test_within_narrows_the_counts_beside_the_filters_too():
    at("Near autism club", NEAR, needs=[need("autism")])
    at("Far autism club", FAR, needs=[need("autism")])
    found = search_services({"postcode": "BM1 4LS", "within": "5"})
    assert found.facets["need"]["autism"] == 1
    assert found.total == 1


def test_a_partial_postcode_measures_from_the_middle_of_its_live_postcodes():
    at("Near club", NEAR)
    found, _ = results({"postcode": "bm1"})
    assert found.place.partial
    assert found.place.latitude == pytest.approx((HOME[0] + 53.7440) / 2)


def test_words_and_a_postcode_work_together():
    at("Speech therapy near", NEAR)
    at("Speech therapy far", FAR)
    at("Swimming near", NEAR)
    _, rows = results({"q": "speech therapy", "postcode": "BM1 4LS"})
    assert [name for name, _ in rows] == ["Speech therapy near", "Speech therapy far"]


def test_the_browsers_location_works_like_a_postcode():
    at("Far club", FAR)
    at("Near club", NEAR)
    _, rows = results({"near": "53.74,-1.91"})
    assert [name for name, _ in rows] == ["Near club", "Far club"]


def test_best_match_can_still_be_chosen_with_a_postcode():
    at("Aardvark club", FAR)
    at("Zebra club", NEAR)
    found, rows = results({"postcode": "BM1 4LS", "sort": "name"})
    assert found.sort == "name"
    assert [name for name, _ in rows] == ["Aardvark club", "Zebra club"]


def page(client, **params):
    return client.get(reverse("directory:service_search"), params).content.decode()


def test_the_page_shows_each_distance_and_where_it_is_measured_from(client):
    at("Near club", NEAR)
    remote("Helpline")
    html = page(client, postcode="bm1 4ls")
    assert "Distances are measured from BM1 4LS." in html
    assert "0.7 miles away (Near club venue 0)" in html
    assert "Online or by phone" in html
    assert "Sorted by distance" in html


def test_a_partial_postcode_says_distances_are_approximate(client):
    at("Near club", NEAR)
    html = page(client, postcode="BM1")
    assert "from the middle of the BM1 area" in html


def test_a_terminated_postcode_still_works_and_says_so(client):
    at("Town club", TOWN)
    html = page(client, postcode="BM7 1AA")
    assert "BM7 1AA is no longer used by Royal Mail" in html
    assert "Less than 0.1 miles away" in html


@pytest.mark.parametrize(
    ("postcode", "message"),
    [
        ("BM9 9ZZ", "We do not know the postcode BM9 9ZZ"),
        ("BM9", "We do not know any postcodes starting BM9"),
        ("ZZ9 9ZZ", "Enter a postcode, like BM1 4LS, or the first part of one"),
        ("not a postcode", "Enter a postcode, like BM1 4LS, or the first part of one"),
        ("B" * 30, "Enter a postcode, like BM1 4LS, or the first part of one"),
    ],
)
def test_a_bad_postcode_gets_a_plain_message_and_keeps_the_rest_of_the_search(
    client, postcode, message
):
    at("Speech therapy", NEAR)
    at("Swimming", NEAR)
    html = page(client, q="speech", postcode=postcode, within="5")
    assert message in html
    assert "<title>Error: " in html
    assert "Speech therapy" in html and "Swimming" not in html
    assert "1 service found" in html


def test_a_distance_without_a_postcode_asks_for_one(client):
    at("Near club", NEAR)
    html = page(client, within="5")
    assert "Enter your postcode to search within a distance." in html
    assert "1 service found" in html


@pytest.mark.parametrize("within", ["abc", "0", "-1", "4", "99999999999"])
def test_a_distance_that_is_not_an_option_is_ignored_with_a_message(client, within):
    at("Far club", FAR)
    html = page(client, postcode="BM1 4LS", within=within)
    assert "as a distance. It has been ignored." in html
    assert "1 service found" in html


@pytest.mark.parametrize("near", ["abc", "nan,nan", "91,0", "1e400,1", "1,2,3"])
def test_an_unreadable_location_asks_for_a_postcode(client, near):
    html = page(client, near=near)
    assert "We could not read your location. Enter your postcode instead." in html


def test_searches_near_a_place_are_never_cached(client, settings):
    settings.PAGE_CACHE = True
    at("Near club", NEAR)
    page(client, postcode="BM1 4LS")
    assert not caches["pages"]._cache
    page(client, q="club")
    assert caches["pages"]._cache


def test_the_booklet_link_keeps_the_filters_but_not_the_postcode(client):
    at("Near club", NEAR, needs=[need("autism")])
    html = page(client, need="autism", postcode="BM1 4LS", within="5")
    assert 'href="/booklet/?need=autism"' in html


def test_only_the_search_page_may_ask_for_the_browsers_location(client):
    search = client.get(reverse("directory:service_search"))["Permissions-Policy"]
    home = client.get(reverse("home"))["Permissions-Policy"]
    assert "geolocation=(self)" in search
    assert "geolocation=()" in home and "camera=()" in search


def test_a_postcode_search_makes_the_same_number_of_queries_for_more_services(client):
    at("Club 0", NEAR)
    remote("Helpline 0")
    url = reverse("directory:service_search") + "?postcode=BM1+4LS&within=25"
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for index in range(1, 8):
        at(f"Club {index}", NEAR, TOWN)
        remote(f"Helpline {index}")
    with CaptureQueriesContext(connection) as many:
        assert "16 services found" in client.get(url).content.decode()
    assert len(many.captured_queries) == len(few.captured_queries) <= 12
