from django.apps import AppConfig

from core.roles import ALL, LA_OFFICER


class ConsultationConfig(AppConfig):
    name = "consultation"
    role_permissions = {LA_OFFICER: ALL}
