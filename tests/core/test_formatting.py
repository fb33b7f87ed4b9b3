"""Dates, times and ages are written one way on every page."""

from datetime import UTC, date, datetime, time

import pytest

from core.formatting import age_range, govuk_date, govuk_time, govuk_time_range, miles


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2026, 1, 5, 1, 50, tzinfo=UTC), "1:50am"),
        (datetime(2026, 1, 5, 10, 0, tzinfo=UTC), "10am"),
        (datetime(2026, 1, 5, 17, 30, tzinfo=UTC), "5:30pm"),
        (datetime(2026, 1, 5, 12, 0, tzinfo=UTC), "midday"),
        (datetime(2026, 1, 5, 0, 0, tzinfo=UTC), "midnight"),
        (datetime(2026, 1, 5, 12, 5, tzinfo=UTC), "12:05pm"),
        (datetime(2026, 1, 5, 0, 5, tzinfo=UTC), "12:05am"),
    ],
)
def test_times_are_shown_in_the_govuk_style(moment, shown):
    assert govuk_time(moment) == shown


def test_times_are_shown_in_uk_time():
    # 23:00 UTC in June is midnight in London (British Summer Time).
    assert govuk_time(datetime(2026, 6, 1, 23, 0, tzinfo=UTC)) == "midnight"


def test_a_clock_time_at_midnight_and_midday_is_written_as_a_word():
    # Opening times (time values) and moments (datetimes) used to disagree at midnight.
    assert govuk_time(time(0, 0)) == "midnight"
    assert govuk_time(time(12, 0)) == "midday"
    assert govuk_time_range(time(9, 0), time(13, 30)) == "9am to 1:30pm"


def test_dates_have_no_leading_zero():
    assert govuk_date(date(2026, 3, 4)) == "4 March 2026"


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (0, 0, "Under 1 year only"),
        (7, 7, "Age 7 only"),
        (0, 5, "From birth to 5 years"),
        (16, 25, "16 to 25 years"),
        (5, 11, "5 to 11 years"),
    ],
)
def test_age_ranges_in_words(low, high, text):
    assert age_range(low, high) == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.04, "Less than 0.1 miles"),
        (0.1, "0.1 miles"),
        (0.96, "1 mile"),
        (1.0, "1 mile"),
        (1.25, "1.2 miles"),
        (9.96, "10 miles"),
        (12.4, "12 miles"),
        (37.7, "38 miles"),
    ],
)
def test_miles_are_written_as_people_say_them(value, expected):
    assert miles(value) == expected
