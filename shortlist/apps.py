from django.apps import AppConfig


class ShortlistConfig(AppConfig):
    """A family's list of services ("My list"): kept in their session, no account needed."""

    name = "shortlist"
    verbose_name = "My list"

    def ready(self):
        from core import slots
        from shortlist.slots import service_actions

        slots.register("service_actions", service_actions)
