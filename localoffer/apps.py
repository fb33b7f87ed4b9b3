from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_roles(sender, **kwargs):
    from localoffer.roles import roles_ensure

    roles_ensure()


class LocalOfferConfig(AppConfig):
    name = "localoffer"
    verbose_name = "Local Offer"

    def ready(self):
        # Permissions exist only after migrate, so groups are synced then.
        post_migrate.connect(_ensure_roles, dispatch_uid="localoffer_roles")
