"""The staff roles and what each may do.

Groups are created (and their permissions brought up to date) after every
`migrate` and by `manage.py setup_roles`.
"""

from django.contrib.auth.models import Group, Permission

LA_OFFICER = "LA officer"
MODERATOR = "Moderator"

# Role name -> app labels whose models the role may view, add, change and delete.
ROLE_APPS = {
    LA_OFFICER: ["directory", "consultation"],
    MODERATOR: ["feedback"],
}


def roles_ensure() -> dict[str, Group]:
    """Create the staff groups if missing and give each exactly its permissions."""
    groups = {}
    for role, app_labels in ROLE_APPS.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = Permission.objects.filter(content_type__app_label__in=app_labels)
        group.permissions.set(perms)
        groups[role] = group
    return groups
