"""Ages typed in the search box: "7 year old", "aged 14", "my 17yo", "16-19"."""

import re
from dataclasses import dataclass

from directory.models import MAX_AGE

_NUMBER = r"(\d{1,2})"
_YEARS_OLD = r"(?:-|\s)*(?:years?|yrs?)(?:-|\s)*olds?|\s*(?:yo|y/o|yrs?|years?)"
_PATTERNS = [
    # "16-19", "16 to 19", "16-19 year olds"
    re.compile(
        rf"\b{_NUMBER}\s*(?:-|–|to)\s*{_NUMBER}(?:{_YEARS_OLD})?\b(?!\s*(?:months?|weeks?))",
        re.IGNORECASE,
    ),
    # "aged 14", "age 7", "ages 5"
    re.compile(rf"\bages?d?\s*{_NUMBER}\b", re.IGNORECASE),
    # "7 year old", "7-year-old", "7 years", "14yo", "17 yrs"
    re.compile(rf"\b{_NUMBER}(?:{_YEARS_OLD})\b", re.IGNORECASE),
]


@dataclass(frozen=True)
class TypedAge:
    low: int
    high: int
    rest: str  # the query without the age

    @property
    def label(self) -> str:
        if self.low == self.high:
            return f"age {self.low}"
        return f"ages {self.low} to {self.high}"


def age_in_query(text: str) -> TypedAge | None:
    """The first age or age range written in the query, if it is within 0 to 25."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        numbers = [int(n) for n in match.groups() if n is not None]
        low, high = min(numbers), max(numbers)
        if high > MAX_AGE:
            continue
        rest = " ".join((text[: match.start()] + " " + text[match.end() :]).split())
        return TypedAge(low=low, high=high, rest=rest)
    return None
