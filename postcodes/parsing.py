"""Reading postcodes as people type them: odd spacing, lower case, full or partial.

The one place the shape of a UK postcode is written down: the directory's
validation, admin search, search near a postcode and the comment anonymiser
all build on it.
"""

import re
from dataclasses import dataclass

# Royal Mail's shapes: an outward code (area and district) and an inward code
# (sector and unit). GIR 0AA is the one historic exception.
OUTWARD = r"(?:[A-PR-UWYZ][0-9][0-9A-HJKMNPR-Y]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
FULL_POSTCODE = re.compile(rf"^(?:GIR0AA|{OUTWARD}{INWARD})$")
OUTWARD_CODE = re.compile(rf"^{OUTWARD}$")
POSTCODE_AREA = re.compile(r"^[A-Z]{1,2}$")
# The start of a postcode typed without its space ("BM32NW", "BM3"): for prefix searches.
POSTCODE_START = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]{0,5}$")


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


def is_postcode_start(value: str) -> bool:
    """Whether `value` (compacted) could be the start of a postcode: "bm3", "bm32nw"."""
    return bool(POSTCODE_START.match(compact(value)))
