"""Query parameters of the Open Referral API, checked before anything is read.

A bad value is answered with a 400 and a JSON body naming the parameter and
saying what would be accepted; it is never ignored silently and never a 500.
"""

import re
import uuid
from dataclasses import dataclass
from datetime import time

from postcodes.parsing import parse_postcode

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
MAX_PAGE = 100_000
MAX_SEARCH_LENGTH = 200

DAYS = {
    "MO": 0,
    "TU": 1,
    "WE": 2,
    "TH": 3,
    "FR": 4,
    "SA": 5,
    "SU": 6,
}
DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


class ApiError(Exception):
    """A request the API cannot answer: the status, a message and the parameter at fault."""

    def __init__(self, message: str, *, status: int = 400, parameter: str | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.parameter = parameter


def _single(params, name: str) -> str | None:
    values = params.getlist(name)
    if not values:
        return None
    if len(values) > 1:
        raise ApiError(f"Give {name} once.", parameter=name)
    return values[0].strip()


def _integer(params, name: str, *, default: int, low: int, high: int) -> int:
    raw = _single(params, name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"[+]?\d{1,9}", raw):
        raise ApiError(
            f"{name} must be a whole number from {low} to {high}, not {raw[:20]!r}.",
            parameter=name,
        )
    value = int(raw)
    if not low <= value <= high:
        raise ApiError(f"{name} must be from {low} to {high}; it was {value}.", parameter=name)
    return value


def page_params(params) -> tuple[int, int]:
    """(page, per_page): pages count from 1; at most MAX_PER_PAGE items a page."""
    page = _integer(params, "page", default=1, low=1, high=MAX_PAGE)
    per_page = _integer(params, "per_page", default=DEFAULT_PER_PAGE, low=1, high=MAX_PER_PAGE)
    return page, per_page


def parse_uuid(raw: str | None, name: str) -> str | None:
    if raw is None or raw == "":
        return None
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise ApiError(
            f"{name} must be a UUID like 3f7b145d-84af-42d7-8fae-eaca714b02b2.", parameter=name
        ) from None


def _age(params, name: str) -> float | None:
    raw = _single(params, name)
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is None or value != value or not 0 <= value <= 150:
        raise ApiError(f"{name} must be an age in years, like 5; not {raw[:20]!r}.", parameter=name)
    return value


def _time(params, name: str) -> time | None:
    raw = _single(params, name)
    if raw is None or raw == "":
        return None
    match = _TIME.match(raw.removesuffix("Z"))
    if not match:
        raise ApiError(f"{name} must be a time like 09:30 or 09:30:00.", parameter=name)
    return time(int(match[1]), int(match[2]), int(match[3] or 0))


def _day(params) -> int | None:
    raw = _single(params, "day")
    if raw is None or raw == "":
        return None
    key = raw.upper()
    if key in DAYS:
        return DAYS[key]
    if raw.lower() in DAY_NAMES:
        return DAY_NAMES.index(raw.lower())
    raise ApiError(
        "day must be one of MO, TU, WE, TH, FR, SA, SU (or the day's name in English).",
        parameter="day",
    )


@dataclass
class ServiceFilters:
    search: str = ""
    taxonomy_term_id: str | None = None
    taxonomy_id: str | None = None
    organization_id: str | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    day: int | None = None
    start_time: time | None = None
    end_time: time | None = None
    postcode: str | None = None  # full ("BM1 4LS") or partial ("BM1"), as typed
    proximity: float | None = None  # metres from the postcode's centroid


MAX_PROXIMITY_METRES = 200_000  # about 124 miles


def _postcode(params) -> str | None:
    raw = _single(params, "postcode")
    if raw is None or raw == "":
        return None
    if parse_postcode(raw) is None:
        raise ApiError(
            "postcode must be a UK postcode like BM1 4LS, or the first part of one like BM1.",
            parameter="postcode",
        )
    return raw


def _proximity(params) -> float | None:
    raw = _single(params, "proximity")
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is None or value != value or not 0 < value <= MAX_PROXIMITY_METRES:
        raise ApiError(
            f"proximity must be a distance in metres, more than 0 and at most "
            f"{MAX_PROXIMITY_METRES:,}; not {raw[:20]!r}.",
            parameter="proximity",
        )
    return value


def service_filters(params) -> ServiceFilters:
    """The filters of `/services` and `/service_at_locations`; they combine (AND)."""
    search = _single(params, "search") or ""
    if len(search) > MAX_SEARCH_LENGTH:
        raise ApiError(
            f"search must be at most {MAX_SEARCH_LENGTH} characters.", parameter="search"
        )
    filters = ServiceFilters(
        search=search,
        taxonomy_term_id=parse_uuid(_single(params, "taxonomy_term_id"), "taxonomy_term_id"),
        taxonomy_id=parse_uuid(_single(params, "taxonomy_id"), "taxonomy_id"),
        organization_id=parse_uuid(_single(params, "organization_id"), "organization_id"),
        minimum_age=_age(params, "minimum_age"),
        maximum_age=_age(params, "maximum_age"),
        day=_day(params),
        start_time=_time(params, "start_time"),
        end_time=_time(params, "end_time"),
        postcode=_postcode(params),
        proximity=_proximity(params),
    )
    if filters.proximity is not None and filters.postcode is None:
        raise ApiError("proximity needs a postcode to measure from.", parameter="proximity")
    if (
        filters.minimum_age is not None
        and filters.maximum_age is not None
        and filters.minimum_age > filters.maximum_age
    ):
        raise ApiError("minimum_age must not be more than maximum_age.", parameter="minimum_age")
    if filters.start_time and filters.end_time and filters.start_time >= filters.end_time:
        raise ApiError("start_time must be before end_time.", parameter="start_time")
    return filters
