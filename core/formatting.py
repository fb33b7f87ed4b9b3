"""Dates, times and ages in words, the GOV.UK way. Every app formats them here."""

from datetime import date, datetime, time

from django.utils import timezone


def govuk_time(value: time | datetime) -> str:
    """A clock time: "9am", "1:30pm", "midday", "midnight" (datetimes in local time)."""
    if isinstance(value, datetime):
        value = timezone.localtime(value).time()
    if value.minute == 0 and value.hour in (0, 12):
        return "midnight" if value.hour == 0 else "midday"
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


def govuk_time_range(opens: time, closes: time) -> str:
    return f"{govuk_time(opens)} to {govuk_time(closes)}"


def govuk_date(value: date | datetime) -> str:
    """A date: "14 March 2026" (datetimes in local time)."""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return f"{value.day} {value:%B %Y}"


def govuk_date_time(value: datetime) -> str:
    """A moment: "14 March 2026 at 1:30pm", in local time."""
    return f"{govuk_date(value)} at {govuk_time(value)}"


def age_range(min_age: int, max_age: int) -> str:
    """An age range in words: 'From birth to 5 years', 'Age 7 only', '16 to 25 years'."""
    if min_age == max_age:
        return "Under 1 year only" if min_age == 0 else f"Age {min_age} only"
    if min_age == 0:
        return f"From birth to {max_age} years"
    return f"{min_age} to {max_age} years"


def miles(value: float) -> str:
    """A distance as people say it: "0.3 miles", "1 mile", "12 miles"."""
    if value < 0.1:
        return "Less than 0.1 miles"
    rounded = f"{value:.1f}".removesuffix(".0") if value < 10 else f"{value:.0f}"
    return "1 mile" if rounded == "1" else f"{rounded} miles"
