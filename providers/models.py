"""Providers: who may propose changes for an organisation, and the changes they propose."""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from directory.models import Organisation, Service


def token_hash(token: str) -> str:
    """Invitation links carry a random token; only its hash is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


class ProviderMembership(models.Model):
    """A provider user who may propose changes to one organisation's services."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provider_memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="provider_memberships"
    )
    created = models.DateTimeField(auto_now_add=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["organisation__name", "user__email"]
        verbose_name = "provider's access"
        verbose_name_plural = "providers' access"
        permissions = [("use_provider_portal", "Can use the provider portal")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"],
                name="unique_provider_membership",
                violation_error_message="That person can already update this organisation.",
            )
        ]

    def __str__(self):
        return f"{self.user.email or self.user.get_username()} for {self.organisation}"


class Invitation(models.Model):
    """An email invitation for a person to update an organisation's services."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        ACCEPTED = "accepted", "Accepted"
        REVOKED = "revoked", "Revoked"
        EXPIRED = "expired", "Expired"

    email = models.EmailField("email address")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="provider_invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created = models.DateTimeField(default=timezone.now, editable=False)
    sent = models.DateTimeField("last sent", default=timezone.now, editable=False)
    expires = models.DateTimeField(editable=False)
    accepted = models.DateTimeField(null=True, blank=True, editable=False)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    revoked = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.email} for {self.organisation}"

    @property
    def status(self) -> str:
        if self.accepted:
            return self.Status.ACCEPTED
        if self.revoked:
            return self.Status.REVOKED
        if self.expires <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.PENDING

    def get_status_display(self) -> str:
        return self.Status(self.status).label


class ChangeRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ChangeRequest.Status.PENDING)

    def for_user(self, user):
        """Only the change requests of the organisations this provider belongs to."""
        return self.filter(organisation__provider_memberships__user=user)


class ChangeRequest(models.Model):
    """A change a provider proposes. Nothing public changes until an officer approves it.

    `proposed` holds every value a family sees (service fields, needs and areas by
    id, locations with opening times); `base` holds the same for the service as it
    was when the change was proposed, so approval can tell what changed since.
    """

    class Kind(models.TextChoices):
        UPDATE = "update", "Change to a service"
        NEW = "new", "New service"
        ARCHIVE = "archive", "Remove a service"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for approval"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Not approved"
        WITHDRAWN = "withdrawn", "Withdrawn"

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="change_requests"
    )
    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="change_requests",
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.UPDATE)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    proposed = models.JSONField(default=dict, blank=True)
    base = models.JSONField(default=dict, blank=True)
    note = models.TextField("note from the provider", blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="proposed_changes",
    )
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(default=timezone.now)
    # Goes up with every amendment: an amendment made from an older copy is refused.
    version = models.PositiveIntegerField(default=1)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decided_changes",
    )
    decided = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.TextField("reason for not approving", blank=True)

    objects = ChangeRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = "proposed change"
        constraints = [
            # Two providers cannot each have a change waiting for one service: the
            # second amends the first, so neither silently overwrites the other.
            models.UniqueConstraint(
                fields=["service"],
                condition=Q(status="pending"),
                name="one_pending_change_per_service",
                violation_error_message="A change to this service is already waiting.",
            )
        ]
        indexes = [models.Index(fields=["status", "-created"], name="changerequest_status")]

    def __str__(self):
        name = (self.proposed or {}).get("name") or (self.service and self.service.name) or ""
        return f"{self.get_kind_display()}: {name}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING


class ReviewReminder(models.Model):
    """One review reminder for one service to one person, recorded so it is sent only once.

    `period` tells reminders apart: "due-soon", "due-today", or "overdue-<n>" for
    the n-th week a review has been overdue.
    """

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField()
    review_due = models.DateField()
    period = models.CharField(max_length=20)
    created = models.DateTimeField(default=timezone.now)
    sent = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "email", "review_due", "period"],
                name="unique_review_reminder",
            )
        ]

    def __str__(self):
        return f"{self.service} to {self.email} ({self.period})"


class ServiceForReview(Service):
    """Services whose review is due, for officers: who will be reminded, and who will not."""

    class Meta:
        proxy = True
        verbose_name = "service due for a check"
        verbose_name_plural = "services due for a check"
