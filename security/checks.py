"""System checks: `check --deploy` fails (an error, not a warning) when production
runs without HTTPS settings, so the README's promise holds."""

import os

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

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


#: Proxy counts the site used to take; TRUSTED_PROXIES (addresses or networks) replaced them.
REMOVED_PROXY_SETTINGS = ("FEEDBACK_TRUSTED_PROXY_COUNT", "OPEN_DATA_TRUSTED_PROXY_COUNT")


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
    for name in REMOVED_PROXY_SETTINGS:
        if os.environ.get(name, "").strip():
            errors.append(
                Warning(
                    f"{name} is no longer used: X-Forwarded-For is believed only from "
                    "the addresses or networks in TRUSTED_PROXIES.",
                    hint="List your load balancers and proxies in TRUSTED_PROXIES "
                    "(e.g. 10.0.0.0/8) and remove this variable.",
                    id="security.W111",
                )
            )
    return errors
