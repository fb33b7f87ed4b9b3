from datetime import date

import pytest

from postcodes.selectors import PostcodeNotFound, place_for_postcode, postcode_point
from tests.postcodes.factories import PostcodeFactory

pytestmark = pytest.mark.django_db


def test_a_full_postcode_resolves_in_one_query(django_assert_num_queries):
    PostcodeFactory(postcode="BM1 4LS", latitude=53.74, longitude=-1.91)
    with django_assert_num_queries(1):
        place = place_for_postcode(" bm14ls ")
    assert (place.label, place.latitude, place.longitude) == ("BM1 4LS", 53.74, -1.91)
    assert not place.partial and place.terminated is None


def test_a_terminated_postcode_still_resolves_and_is_marked():
    PostcodeFactory(postcode="BM1 9ZZ", terminated=date(2019, 4, 1))
    place = place_for_postcode("BM1 9ZZ")
    assert place.terminated == date(2019, 4, 1)


def test_a_partial_postcode_is_the_centre_of_its_live_postcodes(django_assert_num_queries):
    PostcodeFactory(postcode="BM4 1AB", latitude=53.70, longitude=-1.90)
    PostcodeFactory(postcode="BM4 2AB", latitude=53.72, longitude=-1.94)
    PostcodeFactory(postcode="BM4 9ZZ", latitude=60.0, longitude=0.0, terminated=date(2000, 1, 1))
    PostcodeFactory(postcode="BM41 1AB", latitude=10.0, longitude=10.0)
    with django_assert_num_queries(1):
        place = place_for_postcode("bm4")
    assert place.partial and place.label == "BM4"
    assert place.latitude == pytest.approx(53.71)
    assert place.longitude == pytest.approx(-1.92)


def test_a_partial_postcode_with_only_terminated_postcodes_still_resolves():
    PostcodeFactory(postcode="BM8 1AB", latitude=53.5, longitude=-1.5, terminated=date(2000, 1, 1))
    assert place_for_postcode("BM8").latitude == pytest.approx(53.5)


@pytest.mark.parametrize(
    ("typed", "code", "words"),
    [
        ("not a postcode", "malformed", "Enter a postcode, like BM1 4LS"),
        ("", "malformed", "Enter a postcode"),
        ("BM9 9ZZ", "unknown", "We do not know the postcode BM9 9ZZ"),
        ("bm9", "unknown", "We do not know any postcodes starting BM9"),
    ],
)
def test_unknown_and_malformed_postcodes_say_what_is_wrong(typed, code, words):
    with pytest.raises(PostcodeNotFound) as caught:
        place_for_postcode(typed)
    assert caught.value.code == code
    assert words in caught.value.message


def test_postcode_point_is_none_for_unknown_or_partial_postcodes():
    PostcodeFactory(postcode="BM1 4LS", latitude=53.74, longitude=-1.91)
    assert postcode_point("bm1 4ls") == (53.74, -1.91)
    assert postcode_point("BM1") is None
    assert postcode_point("BM2 2AA") is None
    assert postcode_point("") is None
