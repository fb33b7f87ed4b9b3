import pytest
from django.core.exceptions import ValidationError

from directory.validators import normalise_postcode, validate_postcode, validate_uk_phone
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
    assert exc.value.code == "invalid_postcode"  # forms and the API key their wording on it


def test_the_model_field_validator_accepts_a_postcode_in_any_case_and_rejects_others():
    validate_postcode("bm1 4ls")
    with pytest.raises(ValidationError):
        validate_postcode("BM1")


@pytest.mark.parametrize(
    "raw", ["01632 960 001", "07700 900982", "+44 7700 900982", "020 7946 0123"]
)
def test_uk_phone_numbers_are_accepted(raw):
    validate_uk_phone(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "123",
        "call me",
        "0163",
        "+1 202 555 0100 99999",
        "+1 202 555 0100",  # the right length, but not a UK number
        "0163 29600",  # nine digits: one short
        "+44 (0)7700 9009821",  # fourteen digits: one too many
    ],
)
def test_bad_phone_numbers_are_rejected_with_a_plain_message(raw):
    with pytest.raises(ValidationError) as exc:
        validate_uk_phone(raw)
    assert exc.value.messages == ["Enter a UK phone number, like 01632 960 001 or 07700 900 982"]
    assert exc.value.code == "invalid_phone"


@pytest.mark.parametrize(
    "raw",
    [
        "016977 4567",  # ten digits: some small exchanges still have them
        "+44 (0)7700 900982",  # thirteen digits, with the (0) people often write
    ],
)
def test_phone_numbers_of_the_shortest_and_longest_lengths_are_accepted(raw):
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
