"""Reading postcodes as people type them: odd spacing, lower case, full or partial."""

import re
from dataclasses import dataclass

# Royal Mail's shapes: an outward code (area and district) and an inward code
# (sector and unit). GIR 0AA is the one historic exception.
_OUTWARD = r"(?:[A-PR-UWYZ][0-9][0-9A-HJKMNPR-Y]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
FULL_POSTCODE = re.compile(rf"^(?:GIR0AA|{_OUTWARD}{_INWARD})$")
OUTWARD_CODE = re.compile(rf"^{_OUTWARD}$")
POSTCODE_AREA = re.compile(r"^[A-Z]{1,2}$")


@dataclass(frozen=True)
class ParsedPostcode:
    """A postcode as typed, tidied: `text` is "BM1 4LS" (full) or "BM1" (outward code only)."""

    text: str
    partial: bool


def compact(value: str) -> str:
    """Upper case, with every kind of space removed."""
    return re.sub(r"\s+", "", value or "").upper()


def parse_postcode(value: str) -> ParsedPostcode | None:
    """A full or partial postcode in its usual form, or None if it has neither shape."""
    text = compact(value)
    if FULL_POSTCODE.match(text):
        return ParsedPostcode(text=f"{text[:-3]} {text[-3:]}", partial=False)
    if OUTWARD_CODE.match(text):
        return ParsedPostcode(text=text, partial=True)
    return None


def normalise_full_postcode(value: str) -> str | None:
    """ "bm14ls" -> "BM1 4LS"; None for anything that is not a full postcode."""
    parsed = parse_postcode(value)
    return parsed.text if parsed and not parsed.partial else None


def postcode_area(postcode: str) -> str:
    """The letters a postcode starts with: "BM" for "BM1 4LS"."""
    return re.match(r"[A-Z]*", compact(postcode)).group(0)
