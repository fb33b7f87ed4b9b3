from django.apps import AppConfig

from core.roles import ALL, LA_OFFICER


class DirectoryConfig(AppConfig):
    name = "directory"
    role_permissions = {LA_OFFICER: ALL}
