"""The audit log: who signed in, who saw personal data, who changed a role or deleted a record.

Rows are written by `security.services.audit_record` only; nobody edits them
(the admin shows them read-only, to superusers only), and
`manage.py audit_retention` deletes them after AUDIT_RETENTION_DAYS.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        SIGN_IN = "sign_in", "Signed in"
        SIGN_IN_FAILED = "sign_in_failed", "Failed to sign in"
        LOCKED_OUT = "locked_out", "Locked out after repeated failures"
        SIGN_OUT = "sign_out", "Signed out"
        TIMED_OUT = "timed_out", "Signed out after being idle"
        VIEW_ORIGINAL = "view_original", "Viewed an original comment and contact details"
        EXPORT = "export", "Exported data"
        ROLE_CHANGE = "role_change", "Changed a person's roles or staff status"
        DELETE = "delete", "Deleted a record"
        TWO_FACTOR = "two_factor", "Changed two-factor sign-in"

    at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    #: Kept as text too: the account may be deleted, and a failed sign-in may name no account.
    username = models.CharField(max_length=150, blank=True, editable=False)
    action = models.CharField(max_length=20, choices=Action.choices, editable=False)
    #: What was acted on, never its personal content: "Comment LO-2026-00042".
    target = models.CharField(max_length=200, blank=True, editable=False)
    detail = models.CharField(max_length=500, blank=True, editable=False)
    ip_address = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-at"]
        verbose_name = "audit event"
        indexes = [models.Index(fields=["action", "at"], name="security_audit_action_at")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username or '-'} {self.get_action_display()}"
