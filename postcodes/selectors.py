"""Where a postcode is. Nothing here asks a web service: the answer is in our own table."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Avg, Count, Q

from postcodes.models import Postcode
from postcodes.parsing import normalise_full_postcode, parse_postcode


@dataclass(frozen=True)
class Place:
    """A point to measure distances from, and how to describe it to the person who typed it."""

    label: str
    latitude: float
    longitude: float
    partial: bool = False
    terminated: date | None = None


class PostcodeNotFound(ValueError):
    """The text is not a postcode, or not one we know. `message` says which, plainly."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def postcode_point(postcode: str) -> tuple[float, float] | None:
    """The coordinates of a full postcode (in any spacing or case), or None if unknown."""
    text = normalise_full_postcode(postcode)
    if text is None:
        return None
    return Postcode.objects.filter(postcode=text).values_list("latitude", "longitude").first()


def place_for_postcode(value: str) -> Place:
    """The place a full postcode, or the first part of one ("BM4"), stands for. One query.

    Terminated postcodes still resolve (marked). A partial postcode stands for the
    centre of its live postcodes (of all of them if none is live).
    Raises PostcodeNotFound with a message to show the person.
    """
    parsed = parse_postcode(value)
    if parsed is None:
        raise PostcodeNotFound(
            "Enter a postcode, like BM1 4LS, or the first part of one, like BM1",
            code="malformed",
        )
    if not parsed.partial:
        row = (
            Postcode.objects.filter(postcode=parsed.text)
            .values_list("latitude", "longitude", "terminated")
            .first()
        )
        if row is None:
            raise PostcodeNotFound(
                f"We do not know the postcode {parsed.text}. Check it, or enter only the "
                f"first part, like {parsed.text.split()[0]}",
                code="unknown",
            )
        latitude, longitude, terminated = row
        return Place(parsed.text, latitude, longitude, terminated=terminated)

    live = Q(terminated__isnull=True)
    centre = Postcode.objects.filter(outward=parsed.text).aggregate(
        live=Count("pk", filter=live),
        live_latitude=Avg("latitude", filter=live),
        live_longitude=Avg("longitude", filter=live),
        any_latitude=Avg("latitude"),
        any_longitude=Avg("longitude"),
    )
    if centre["any_latitude"] is None:
        raise PostcodeNotFound(
            f"We do not know any postcodes starting {parsed.text}. Check it, or enter your "
            "full postcode",
            code="unknown",
        )
    if centre["live"]:
        return Place(parsed.text, centre["live_latitude"], centre["live_longitude"], partial=True)
    return Place(parsed.text, centre["any_latitude"], centre["any_longitude"], partial=True)
