import pytest
from django.core.exceptions import ValidationError

from directory.validators import normalise_postcode, validate_uk_phone
from postcodes.parsing import normalise_full_postcode


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("bm1 4ls", "BM1 4LS"),
        ("BM14LS", "BM1 4LS"),
        ("  ec1a  1bb ", "EC1A 1BB"),
        ("W1A 0AX", "W1A 0AX"),
        ("m11ae", "M1 1AE"),
        ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
    ],
)
def test_valid_postcodes_are_normalised(raw, expected):
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "12345", "BM1", "QM1 4LS", "BM1 4CS", "not a postcode", "BM1 4LSX", "SW1A1AAA"]
)
def test_invalid_postcodes_get_a_plain_message(raw):
    with pytest.raises(ValidationError) as exc:
        normalise_postcode(raw)
    assert exc.value.messages == ["Enter a real UK postcode, like BM1 4LS"]


@pytest.mark.parametrize(
    "raw", ["01632 960 001", "07700 900982", "+44 7700 900982", "020 7946 0123"]
)
def test_uk_phone_numbers_are_accepted(raw):
    validate_uk_phone(raw)


@pytest.mark.parametrize("raw", ["123", "call me", "0163", "+1 202 555 0100 99999"])
def test_bad_phone_numbers_are_rejected(raw):
    with pytest.raises(ValidationError):
        validate_uk_phone(raw)


@pytest.mark.parametrize(
    "raw", ["BM1 4LS", "gir0aa", "W1A 0AX", "ec1a1bb", "BM4", "Q1 1AA", "BM1 4CI", "", "BM1\x004LS"]
)
def test_the_directory_accepts_exactly_the_full_postcodes_postcodes_parsing_reads(raw):
    expected = normalise_full_postcode(raw)
    if expected is None:
        with pytest.raises(ValidationError):
            normalise_postcode(raw)
    else:
        assert normalise_postcode(raw) == expected
