from django.apps import AppConfig

from core.roles import ALL, LA_OFFICER, PROVIDER


class ProvidersConfig(AppConfig):
    name = "providers"
    verbose_name = "Providers and their proposed changes"
    # Officers invite providers and approve or reject their changes in admin.
    # Providers never reach admin (they are not staff): this permission only lets
    # them into the provider portal, where every page is limited to their own
    # organisations' services.
    role_permissions = {LA_OFFICER: ALL, PROVIDER: ["use_provider_portal"]}
