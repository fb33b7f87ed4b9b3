"""System checks for the information settings: a mistake here fails `manage.py check`."""

from django.core.checks import register

from core import ratelimit


@register()
def information_settings_check(app_configs=None, **kwargs):
    return ratelimit.setting_errors(
        "FORMAT_REQUEST_RATE_LIMITS", invalid_id="information.E001", repeated_id="information.E002"
    )
