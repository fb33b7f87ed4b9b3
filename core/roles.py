"""The staff roles, and how each app says what a role may do there.

Core names the roles but no app. Each app's `AppConfig` declares, for the roles
that work in it:

    role_permissions = {LA_OFFICER: ALL}            # or a list of codenames
    role_withheld = {MODERATOR: ["delete_comment"]}  # taken back out of ALL

Groups are created (and their permissions brought up to date) after every
`migrate` and by `manage.py setup_roles`.
"""

from django.apps import apps
from django.db.models import Q

LA_OFFICER = "LA officer"
MODERATOR = "Moderator"
PROVIDER = "Provider"

ALL = "__all__"


def role_grants() -> dict[str, Q]:
    """Role name -> a filter on Permission for everything every app gives that role."""
    grants: dict[str, Q] = {}
    for config in apps.get_app_configs():
        withheld = getattr(config, "role_withheld", {})
        for role, granted in getattr(config, "role_permissions", {}).items():
            query = Q(content_type__app_label=config.label)
            if granted != ALL:
                query &= Q(codename__in=list(granted))
            if withheld.get(role):
                query &= ~Q(codename__in=list(withheld[role]))
            grants[role] = grants.get(role, Q(pk__in=[])) | query
    return grants


def roles_ensure() -> dict:
    """Create the staff groups if missing and give each exactly its permissions."""
    # Imported here because apps' AppConfigs import the role names from this module
    # before the model registry is ready.
    from django.contrib.auth.models import Group, Permission

    groups = {}
    for role, query in role_grants().items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(Permission.objects.filter(query))
        groups[role] = group
    return groups
