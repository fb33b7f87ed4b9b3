"""System checks for the feedback settings: a mistake here fails `manage.py check`."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def feedback_settings_check(app_configs=None, **kwargs):
    errors = []
    limits = getattr(settings, "FEEDBACK_RATE_LIMITS", None)
    valid_limits = isinstance(limits, list | tuple) and all(
        isinstance(pair, list | tuple)
        and len(pair) == 2
        and all(isinstance(n, int) and n > 0 for n in pair)
        for pair in limits
    )
    if not valid_limits:
        errors.append(
            Error(
                "FEEDBACK_RATE_LIMITS must be a list of (comments, seconds) pairs of positive "
                "whole numbers, like [(5, 600), (20, 86400)].",
                id="feedback.E001",
            )
        )
    elif len({seconds for _, seconds in limits}) != len(limits):
        errors.append(
            Error("FEEDBACK_RATE_LIMITS has two limits for the same window.", id="feedback.E002")
        )
    for name, check_id in [
        ("FEEDBACK_RETENTION_MONTHS", "feedback.E004"),
        ("FEEDBACK_FALLBACK_RETENTION_MONTHS", "feedback.E005"),
    ]:
        months = getattr(settings, name, None)
        if not isinstance(months, int) or months < 1:
            errors.append(
                Error(f"{name} must be a whole number of months, 1 or more.", id=check_id)
            )
    return errors
