import pytest

from feedback.checks import feedback_settings_check


def ids():
    return [error.id for error in feedback_settings_check()]


def test_the_default_settings_pass():
    assert ids() == []


@pytest.mark.parametrize("limits", [[(5,)], [(0, 600)], "5 per minute", [(5, "600")]])
def test_badly_formed_rate_limits_fail(settings, limits):
    settings.FEEDBACK_RATE_LIMITS = limits
    assert "feedback.E001" in ids()


def test_a_limit_of_one_comment_per_window_passes(settings):
    settings.FEEDBACK_RATE_LIMITS = [(1, 600), (1, 86400)]
    assert ids() == []


def test_the_message_for_badly_formed_limits_names_the_setting_and_shows_an_example(settings):
    settings.FEEDBACK_RATE_LIMITS = "5 per minute"
    [error] = [e for e in feedback_settings_check() if e.id == "feedback.E001"]
    assert error.msg == (
        "FEEDBACK_RATE_LIMITS must be a list of (how many, seconds) pairs of positive "
        "whole numbers, like [(5, 600), (20, 86400)]."
    )


def test_the_message_for_two_limits_for_one_window_names_the_setting(settings):
    settings.FEEDBACK_RATE_LIMITS = [(5, 600), (6, 600)]
    [error] = [e for e in feedback_settings_check() if e.id == "feedback.E002"]
    assert error.msg == "FEEDBACK_RATE_LIMITS has two limits for the same window."


def test_two_limits_for_one_window_fail(settings):
    settings.FEEDBACK_RATE_LIMITS = [(5, 600), (6, 600)]
    assert "feedback.E002" in ids()


def test_a_zero_retention_period_fails(settings):
    settings.FEEDBACK_RETENTION_MONTHS = 0
    assert "feedback.E004" in ids()


def test_a_zero_fallback_retention_period_fails(settings):
    settings.FEEDBACK_FALLBACK_RETENTION_MONTHS = 0
    assert "feedback.E005" in ids()
