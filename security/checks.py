"""System checks: `check --deploy` fails (an error, not a warning) when production
runs without HTTPS settings, so the README's promise holds."""

from django.conf import settings
from django.core.checks import Error, Tags, register

from security.clientip import trusted_networks


@register(Tags.security, deploy=True)
def https_settings_check(app_configs=None, **kwargs):
    errors = []
    required = [
        ("SECURE_SSL_REDIRECT", "true", "security.E101"),
        ("SESSION_COOKIE_SECURE", "true (SECURE_COOKIES)", "security.E102"),
        ("CSRF_COOKIE_SECURE", "true (SECURE_COOKIES)", "security.E103"),
    ]
    for name, value, check_id in required:
        if not getattr(settings, name, False):
            errors.append(Error(f"{name} must be {value} in production.", id=check_id))
    if getattr(settings, "SECURE_HSTS_SECONDS", 0) < 31536000:
        errors.append(
            Error(
                "SECURE_HSTS_SECONDS must be at least 31536000 (a year) in production.",
                id="security.E104",
            )
        )
    return errors


@register()
def security_settings_check(app_configs=None, **kwargs):
    errors = []
    try:
        trusted_networks(tuple(settings.TRUSTED_PROXIES))
    except (TypeError, ValueError) as error:
        errors.append(
            Error(
                f"TRUSTED_PROXIES must list IP addresses or networks like 10.0.0.0/8: {error}",
                id="security.E110",
            )
        )
    return errors
