from django.apps import AppConfig

from core.roles import ALL, LA_OFFICER


class DirectoryConfig(AppConfig):
    name = "directory"
    role_permissions = {LA_OFFICER: ALL}
    # Services and organisations are archived, never deleted, by officers (only a
    # superuser can delete one, and it is audited).
    role_withheld = {LA_OFFICER: ["delete_service", "delete_organisation"]}
