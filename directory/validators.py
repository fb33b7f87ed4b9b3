"""Validation and normalisation of UK-specific values."""

import re

from django.core.exceptions import ValidationError

# The outward code (area + district) and inward code (sector + unit) of a UK
# postcode, as published by Royal Mail, plus the special GIR 0AA.
_POSTCODE = re.compile(
    r"^(GIR ?0AA|"
    r"(?:[A-PR-UWYZ][0-9][0-9A-HJKMNPR-Y]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2})$"
)


def normalise_postcode(value: str) -> str:
    """Return the postcode in upper case with one space before the inward code.

    Raises ValidationError with a plain-English message when it is not a UK postcode.
    """
    compact = re.sub(r"\s+", "", value or "").upper()
    if not _POSTCODE.match(compact) or len(compact) < 5:
        raise ValidationError(
            "Enter a real UK postcode, like BM1 4LS",
            code="invalid_postcode",
        )
    return f"{compact[:-3]} {compact[-3:]}"


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
