from django.apps import AppConfig

from core.roles import ALL, LA_OFFICER


class OpenReferralConfig(AppConfig):
    name = "openreferral"
    verbose_name = "Open data (Open Referral UK)"
    role_permissions = {LA_OFFICER: ALL}
    # The rate-limit counters are nobody's business in admin.
    role_withheld = {
        LA_OFFICER: [f"{action}_apiratelimit" for action in ("add", "change", "delete", "view")]
    }
