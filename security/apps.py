from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = "Security and audit"
    # No role gets anything here: only superusers read the audit log.
    role_permissions: dict = {}

    def ready(self):
        from security import checks, receivers  # noqa: F401  (registers the system checks)

        receivers.connect()


class StaffAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with two-factor sign-in on the default site."""

    default = False
    default_site = "security.admin_site.StaffAdminSite"
