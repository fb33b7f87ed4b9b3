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


def test_two_limits_for_one_window_fail(settings):
    settings.FEEDBACK_RATE_LIMITS = [(5, 600), (6, 600)]
    assert "feedback.E002" in ids()


def test_a_zero_retention_period_fails(settings):
    settings.FEEDBACK_RETENTION_MONTHS = 0
    assert "feedback.E004" in ids()


def test_a_zero_fallback_retention_period_fails(settings):
    settings.FEEDBACK_FALLBACK_RETENTION_MONTHS = 0
    assert "feedback.E005" in ids()
