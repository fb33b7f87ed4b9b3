from django.apps import AppConfig

from core.roles import LA_OFFICER


class PostcodesConfig(AppConfig):
    """Postcodes and their coordinates, from open data: the basis of distance search."""

    name = "postcodes"
    verbose_name = "Postcodes"
    # Officers can look a postcode up; the table changes only through import_postcodes.
    role_permissions = {LA_OFFICER: ["view_postcode"]}
