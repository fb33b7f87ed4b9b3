"""The staff roles and what each may do.

Groups are created (and their permissions brought up to date) after every
`migrate` and by `manage.py setup_roles`.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

LA_OFFICER = "LA officer"
MODERATOR = "Moderator"

# Role name -> app labels whose models the role may view, add, change and delete.
ROLE_APPS = {
    LA_OFFICER: ["directory", "consultation"],
    MODERATOR: ["feedback"],
}

# Role name -> permissions ("app_label.codename") withheld from what ROLE_APPS gives.
ROLE_EXCLUDED_PERMISSIONS = {
    # Moderators decide what happens to a comment; they never delete one. A comment
    # not for publication still counts in the report, and retention deletes what is
    # personal. (The moderation queue is a proxy of Comment with its own permissions.)
    MODERATOR: ["feedback.delete_comment", "feedback.delete_commenttomoderate"],
}


def _excluding(permissions: list[str]) -> Q:
    query = Q()
    for permission in permissions:
        app_label, codename = permission.split(".", 1)
        query |= Q(content_type__app_label=app_label, codename=codename)
    return query


def roles_ensure() -> dict[str, Group]:
    """Create the staff groups if missing and give each exactly its permissions."""
    groups = {}
    for role, app_labels in ROLE_APPS.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = Permission.objects.filter(content_type__app_label__in=app_labels)
        excluded = ROLE_EXCLUDED_PERMISSIONS.get(role, [])
        if excluded:
            perms = perms.exclude(_excluding(excluded))
        group.permissions.set(perms)
        groups[role] = group
    return groups
