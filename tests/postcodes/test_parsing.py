import pytest

from postcodes.parsing import (
    is_postcode_start,
    normalise_full_postcode,
    parse_postcode,
    postcode_area,
)


@pytest.mark.parametrize(
    ("typed", "text", "partial"),
    [
        ("BM1 4LS", "BM1 4LS", False),
        ("bm14ls", "BM1 4LS", False),
        ("  bm1   4ls ", "BM1 4LS", False),
        ("b m 1 4 l s", "BM1 4LS", False),
        ("SW1A 1AA", "SW1A 1AA", False),
        ("m1 1ae", "M1 1AE", False),
        ("BM4", "BM4", True),
        (" bm4 ", "BM4", True),
        ("EC1A", "EC1A", True),
    ],
)
def test_postcodes_are_read_however_they_are_typed(typed, text, partial):
    parsed = parse_postcode(typed)
    assert parsed is not None
    assert (parsed.text, parsed.partial) == (text, partial)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "BM",
        "4LS",
        "BM1 4L",
        "BM1 4LSX",
        "Q1 1AA",
        "BM1 4CI",
        "12345",
        "<b>",
        "BM1\x004LS",
    ],
)
def test_things_that_are_not_postcodes_are_refused(typed):
    assert parse_postcode(typed) is None


def test_a_partial_postcode_is_not_a_full_one():
    assert normalise_full_postcode("BM4") is None
    assert normalise_full_postcode("bm4 3rg") == "BM4 3RG"


def test_postcode_area_is_the_leading_letters():
    assert postcode_area("BM1 4LS") == "BM"
    assert postcode_area("m1 1ae") == "M"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("bm3", True), ("BM32NW", True), ("bm3 2nw", True), ("m1", True), ("3bm", False),
     ("hello", False), ("", False), ("BM", False)],
)  # fmt: skip
def test_the_start_of_a_postcode_is_recognised_for_admin_search(typed, expected):
    assert is_postcode_start(typed) is expected
