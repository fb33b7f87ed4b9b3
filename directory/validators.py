"""Validation and normalisation of UK-specific values."""

import re

from django.core.exceptions import ValidationError

from postcodes.parsing import normalise_full_postcode


def normalise_postcode(value: str) -> str:
    """Return the postcode in upper case with one space before the inward code.

    Raises ValidationError with a plain-English message when it is not a full UK
    postcode (the shape is postcodes.parsing's).
    """
    postcode = normalise_full_postcode(value)
    if postcode is None:
        raise ValidationError(
            "Enter a real UK postcode, like BM1 4LS",
            code="invalid_postcode",
        )
    return postcode


def validate_postcode(value: str) -> None:
    normalise_postcode(value)


_UK_PHONE = re.compile(r"^(?:\+44\s?(?:\(0\))?|0)[\d\s\-()]{9,13}$")


def validate_uk_phone(value: str) -> None:
    digits = re.sub(r"\D", "", value)
    if not _UK_PHONE.match(value.strip()) or not 10 <= len(digits) <= 13:
        raise ValidationError(
            "Enter a UK phone number, like 01632 960 001 or 07700 900 982",
            code="invalid_phone",
        )
