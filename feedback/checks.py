"""System checks for the feedback settings: a mistake here fails `manage.py check`."""

from django.conf import settings
from django.core.checks import Error, register

from core import ratelimit


@register()
def feedback_settings_check(app_configs=None, **kwargs):
    errors = ratelimit.setting_errors(
        "FEEDBACK_RATE_LIMITS", invalid_id="feedback.E001", repeated_id="feedback.E002"
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
