from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_roles(sender, **kwargs):
    from core.roles import roles_ensure

    roles_ensure()


class CoreConfig(AppConfig):
    """What every app shares: page template pieces, formatting, page cache, roles."""

    name = "core"
    verbose_name = "Local Offer"

    def ready(self):
        # Permissions exist only after migrate, so groups are synced then.
        post_migrate.connect(_ensure_roles, sender=self, dispatch_uid="core_roles")
