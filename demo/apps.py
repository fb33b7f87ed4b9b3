from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Invented demo content for a fictional council and the commands that load it."""

    name = "demo"
    verbose_name = "Demo data"
