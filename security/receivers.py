"""Audit records for sign-ins, role changes and deletions, from Django's own signals.

Connected in `SecurityConfig.ready()`. They only record; they change nothing.
"""

from axes.signals import user_locked_out
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, pre_save
from simple_history.models import HistoricalRecords

from security.models import AuditEvent
from security.services import audit_record

Action = AuditEvent.Action


def _current_request():
    return getattr(HistoricalRecords.context, "request", None)


def signed_in(sender, request, user, **kwargs):
    audit_record(action=Action.SIGN_IN, request=request, user=user)


def signed_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record(action=Action.SIGN_OUT, request=request, user=user)


def sign_in_failed(sender, credentials, request=None, **kwargs):
    audit_record(
        action=Action.SIGN_IN_FAILED,
        request=request,
        by_signed_in_user=False,
        username=str(credentials.get("username", ""))[:150],
        detail=kwargs.get("reason", "wrong username or password"),
    )


def locked_out(sender, request, username=None, ip_address=None, **kwargs):
    audit_record(
        action=Action.LOCKED_OUT,
        request=request,
        by_signed_in_user=False,
        username=str(username or "")[:150],
        detail=f"too many failed sign-ins (limit {settings.AXES_FAILURE_LIMIT})",
    )


def _actor_request():
    request = _current_request()
    user = getattr(request, "user", None)
    if request is None or user is None or not user.is_authenticated:
        return None
    return request


def groups_changed(sender, instance, action, model, pk_set, reverse=False, **kwargs):
    """A person's roles (groups) or permissions changed, by someone signed in."""
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    request = _actor_request()
    if request is None:
        return
    names = sorted(str(obj) for obj in model.objects.filter(pk__in=pk_set or []))
    verb = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    audit_record(
        action=Action.ROLE_CHANGE,
        request=request,
        target=f"{instance._meta.verbose_name} {instance}",
        detail=f"{model._meta.verbose_name_plural} {verb}: {', '.join(names) or 'all'}",
    )


def staff_status_changing(sender, instance, raw=False, **kwargs):
    """Staff or superuser status switched on or off, by someone signed in."""
    request = _actor_request()
    if raw or request is None or instance.pk is None:
        return
    before = sender.objects.filter(pk=instance.pk).values("is_staff", "is_superuser").first()
    if before is None:
        return
    changes = [
        f"{name} {'on' if getattr(instance, name) else 'off'}"
        for name in ("is_staff", "is_superuser")
        if before[name] != getattr(instance, name)
    ]
    if changes:
        audit_record(
            action=Action.ROLE_CHANGE,
            request=request,
            target=f"User {instance.get_username()}",
            detail=", ".join(changes),
        )


def record_deleted(sender, instance, **kwargs):
    """A record of a kind listed in AUDITED_DELETES was deleted by someone signed in."""
    request = _actor_request()
    if request is None:
        return
    audit_record(
        action=Action.DELETE,
        request=request,
        target=f"{sender._meta.verbose_name} {instance.pk}: {str(instance)[:120]}",
    )


def connect() -> None:
    user_logged_in.connect(signed_in, dispatch_uid="security.signed_in")
    user_logged_out.connect(signed_out, dispatch_uid="security.signed_out")
    user_login_failed.connect(sign_in_failed, dispatch_uid="security.sign_in_failed")
    user_locked_out.connect(locked_out, dispatch_uid="security.locked_out")
    User = get_user_model()
    pre_save.connect(staff_status_changing, sender=User, dispatch_uid="security.staff_status")
    for through in (User.groups.through, User.user_permissions.through):
        m2m_changed.connect(groups_changed, sender=through, dispatch_uid=f"security.{through}")
    for label in settings.AUDITED_DELETES:
        model = apps.get_model(label)
        post_delete.connect(record_deleted, sender=model, dispatch_uid=f"security.delete.{label}")
