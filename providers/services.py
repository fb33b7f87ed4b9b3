"""Writes for providers: invitations, access, proposed changes, approvals and reminders.

A proposal never touches the directory. Only approval changes it, and only
through `directory.services`, so history, the search index and cached pages
stay right.
"""

import logging
import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from core.roles import LA_OFFICER, PROVIDER, roles_ensure
from directory.models import (
    AreaOfProvision,
    Location,
    Need,
    OpeningTime,
    Organisation,
    Service,
    default_review_due,
)
from directory.services import (
    directory_writes,
    record_delete,
    record_save,
    service_save,
    services_set_status,
)
from providers import tasks
from providers.models import (
    ChangeRequest,
    Invitation,
    ProviderMembership,
    ReviewReminder,
    token_hash,
)
from providers.selectors import (
    LOCATION_FIELDS,
    SERVICE_FIELDS,
    change_conflicts,
    changed_keys,
    services_needing_review,
)

logger = logging.getLogger(__name__)

INVITATION_VALID_FOR = timedelta(days=7)
REMINDER_MAX_ATTEMPTS = 5


class ChangeNotAllowed(Exception):
    """A change that cannot be made, with a message to show the person."""

    def __init__(self, message: str, *, existing: ChangeRequest | None = None):
        super().__init__(message)
        self.message = message
        self.existing = existing


class ChangeConflict(Exception):
    """The service changed since the proposal in the same fields the proposal changes."""

    def __init__(self, fields: list[str]):
        super().__init__(", ".join(fields))
        self.fields = fields


def site_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


# --- Email -------------------------------------------------------------------------------


def _enqueue_email(to: list[str], subject: str, body: str) -> None:
    try:
        tasks.send_email.enqueue(to, subject, body)
    except Exception:
        logger.exception("Could not queue an email to %s: %s", ", ".join(to), subject)


def _email(*, to: list[str], subject: str, body: str) -> None:
    """Send once the transaction commits (never for a change that was rolled back)."""
    to = [address for address in to if address]
    if to:
        transaction.on_commit(partial(_enqueue_email, to, subject, body), robust=True)


def _officer_emails() -> list[str]:
    return sorted(
        set(
            get_user_model()
            .objects.filter(is_active=True, is_staff=True, groups__name=LA_OFFICER)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )


def provider_emails(organisation: Organisation) -> list[str]:
    return sorted(
        set(
            ProviderMembership.objects.filter(organisation=organisation, user__is_active=True)
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
    )


# --- Invitations and access --------------------------------------------------------------


def _send_invitation(invitation: Invitation, token: str) -> None:
    link = site_url(reverse("providers:invitation", kwargs={"token": token}))
    days = INVITATION_VALID_FOR.days
    _email(
        to=[invitation.email],
        subject=f"You are invited to keep {invitation.organisation}'s Local Offer entries "
        "up to date",
        body=(
            f"{settings.COUNCIL_NAME} has invited you to keep the information about "
            f"{invitation.organisation}'s services on the {settings.SITE_NAME} up to date.\n\n"
            f"Open this link to accept and choose a password:\n{link}\n\n"
            f"The link works once and expires in {days} days. If you were not expecting "
            f"this email, you can ignore it, or tell us at {settings.COUNCIL_CONTACT_EMAIL}.\n"
        ),
    )


def invitation_create(*, email: str, organisation: Organisation, invited_by=None) -> Invitation:
    """Invite a person by email to propose changes for an organisation."""
    email = get_user_model().objects.normalize_email(email.strip())
    if ProviderMembership.objects.filter(
        organisation=organisation, user__email__iexact=email
    ).exists():
        raise ValidationError({"email": f"{email} can already update {organisation}."})
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation = Invitation(
        email=email,
        organisation=organisation,
        token_hash=token_hash(token),
        invited_by=invited_by,
        created=now,
        sent=now,
        expires=now + INVITATION_VALID_FOR,
    )
    invitation.full_clean()
    with transaction.atomic():
        # Older invitations for the same person and organisation stop working.
        Invitation.objects.filter(
            email__iexact=email, organisation=organisation, accepted=None, revoked=None
        ).update(revoked=now)
        invitation.save()
        _send_invitation(invitation, token)
    return invitation


def invitation_resend(*, invitation: Invitation) -> Invitation:
    """A new link (the old one stops working) valid for another seven days."""
    if invitation.accepted or invitation.revoked:
        raise ChangeNotAllowed("Only an invitation that is waiting or expired can be sent again.")
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    with transaction.atomic():
        invitation.token_hash = token_hash(token)
        invitation.sent = now
        invitation.expires = now + INVITATION_VALID_FOR
        invitation.save(update_fields=["token_hash", "sent", "expires"])
        _send_invitation(invitation, token)
    return invitation


def invitation_revoke(*, invitation: Invitation) -> bool:
    if invitation.accepted or invitation.revoked:
        return False
    invitation.revoked = timezone.now()
    invitation.save(update_fields=["revoked"])
    return True


def invitation_accept(
    *,
    invitation: Invitation,
    user=None,
    password: str = "",
    first_name: str = "",
    last_name: str = "",
):
    """Use an invitation: make the account (or use the signed-in one) and give it access.

    Works once: the invitation is locked while it is used.
    """
    User = get_user_model()
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.status != Invitation.Status.PENDING:
            raise ChangeNotAllowed(
                "This invitation link has already been used, has expired or was withdrawn."
            )
        if user is None:
            if User.objects.filter(username__iexact=invitation.email).exists():
                raise ChangeNotAllowed("An account with this email address already exists.")
            user = User(
                username=invitation.email,
                email=invitation.email,
                first_name=first_name,
                last_name=last_name,
                is_staff=False,
            )
            user.set_password(password)
            user.save()
        roles_ensure()
        user.groups.add(Group.objects.get(name=PROVIDER))
        ProviderMembership.objects.get_or_create(
            user=user,
            organisation=invitation.organisation,
            defaults={"invited_by": invitation.invited_by},
        )
        invitation.accepted = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted", "accepted_by"])
    return user


def membership_remove(*, membership: ProviderMembership) -> None:
    """Take away a provider's access to one organisation (and the portal, if it was the last)."""
    with transaction.atomic():
        user = membership.user
        membership.delete()
        if not ProviderMembership.objects.filter(user=user).exists():
            user.groups.remove(*Group.objects.filter(name=PROVIDER))


# --- Proposed changes --------------------------------------------------------------------


def _check_service_open(service: Service) -> None:
    if service.status == Service.Status.ARCHIVED:
        raise ChangeNotAllowed(
            "This service has been removed from the Local Offer, so it cannot be changed. "
            "Propose a new service instead, or contact the council."
        )


def change_request_submit(
    *,
    user,
    organisation: Organisation,
    kind: str,
    proposed: dict,
    base: dict,
    service: Service | None = None,
    note: str = "",
    change: ChangeRequest | None = None,
    version: int | None = None,
    edited_by_officer: bool = False,
) -> ChangeRequest:
    """Propose (or amend) a change. The published service is not touched.

    A service has at most one pending change. Proposing while another is waiting
    raises ChangeNotAllowed with the waiting one; amending from an out-of-date copy
    (someone else amended it meanwhile) is refused too, so nobody's edits are lost.
    """
    if kind != ChangeRequest.Kind.NEW and (
        service is None or service.organisation_id != organisation.pk
    ):
        raise ChangeNotAllowed("That service is not one of your organisation's services.")
    now = timezone.now()
    try:
        with transaction.atomic():
            if service is not None:
                service = Service.objects.select_for_update().get(pk=service.pk)
                _check_service_open(service)
                waiting = ChangeRequest.objects.pending().filter(service=service).first()
                if waiting is not None and (change is None or waiting.pk != change.pk):
                    raise ChangeNotAllowed(
                        "A change to this service is already waiting for approval. You can "
                        "amend or withdraw it instead.",
                        existing=waiting,
                    )
            if change is not None:
                change = ChangeRequest.objects.select_for_update().get(pk=change.pk)
                if not change.is_pending:
                    raise ChangeNotAllowed(
                        "This change has already been approved, rejected or withdrawn, so it "
                        "cannot be amended. Propose a new change instead."
                    )
                if version is None:
                    # The form was opened before this change was proposed.
                    raise ChangeNotAllowed(
                        "A change to this service is already waiting for approval. Your "
                        "edits are below: check them against the waiting change, then amend "
                        "it or withdraw it.",
                        existing=change,
                    )
                if change.version != version:
                    raise ChangeNotAllowed(
                        "Someone else amended this change while you were editing it. Your "
                        "edits are below: check them against the latest version before "
                        "you send them again.",
                        existing=change,
                    )
                change.kind = kind
                change.proposed = proposed
                if edited_by_officer:
                    # "Edit then approve": the provider stays the author; the note says who edited.
                    edit = f"Edited by {_person(user)} before approval."
                    change.note = note if edit in note else f"{note}\n\n{edit}".strip()
                else:
                    change.note = note
                    change.proposed_by = user
                change.updated = now
                change.version += 1
                change.save()
                return change
            change = ChangeRequest.objects.create(
                organisation=organisation,
                service=service,
                kind=kind,
                proposed=proposed,
                base=base,
                note=note,
                proposed_by=user,
                created=now,
                updated=now,
            )
            queue = site_url(reverse("admin:providers_changerequest_change", args=[change.pk]))
            _email(
                to=_officer_emails(),
                subject=f"A provider proposed a change: {change}",
                body=(
                    f"{organisation} proposed a change on the {settings.SITE_NAME}: {change}.\n\n"
                    "Review it in the approvals queue:\n"
                    f"{queue}\n"
                ),
            )
            return change
    except IntegrityError as error:
        # Another provider proposed a change to the same service at the same moment.
        raise ChangeNotAllowed(
            "A change to this service is already waiting for approval. You can amend or "
            "withdraw it instead.",
            existing=ChangeRequest.objects.pending().filter(service=service).first(),
        ) from error


def change_request_withdraw(*, change: ChangeRequest, user) -> ChangeRequest:
    with transaction.atomic():
        change = ChangeRequest.objects.select_for_update().get(pk=change.pk)
        if not change.is_pending:
            raise ChangeNotAllowed("Only a change that is waiting for approval can be withdrawn.")
        change.status = ChangeRequest.Status.WITHDRAWN
        change.decided = timezone.now()
        change.decided_by = user
        change.save()
    return change


def _unique_slug(name: str) -> str:
    base = slugify(name)[:180] or "service"
    slug, n = base, 1
    while Service.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _apply_locations(*, service: Service, base: list, proposed: list, user, reason: str) -> None:
    """Create, change and remove locations as the provider proposed, relative to what they saw.

    Locations an officer added since are left alone.
    """
    before = {loc["id"]: loc for loc in base if loc.get("id")}
    current = {loc.pk: loc for loc in Location.objects.filter(service=service)}
    kept = set()
    for data in proposed:
        location_id = data.get("id")
        if location_id and location_id in before and data == before[location_id]:
            kept.add(location_id)
            continue  # unchanged
        if location_id and location_id in current:
            location = current[location_id]
            kept.add(location_id)
        elif location_id:
            continue  # removed by an officer since: not brought back
        else:
            location = Location(service=service)
        for name in LOCATION_FIELDS:
            setattr(location, name, data.get(name, ""))
        record_save(record=location, user=user, reason=reason)
        times = [tuple(t) for t in data.get("opening_times", [])]
        existing = list(location.opening_times.all())
        if [(t.weekday, f"{t.opens:%H:%M}", f"{t.closes:%H:%M}") for t in existing] != times:
            for opening in existing:
                record_delete(record=opening, user=user, reason=reason)
            for weekday, opens, closes in times:
                record_save(
                    record=OpeningTime(
                        location=location, weekday=weekday, opens=opens, closes=closes
                    ),
                    user=user,
                    reason=reason,
                )
    for location_id in before.keys() - kept:
        if location_id in current:
            record_delete(record=current[location_id], user=user, reason=reason)


def change_request_approve(
    *, change: ChangeRequest, user, overwrite_newer: bool = False
) -> ChangeRequest:
    """Apply a proposed change to the directory, through the directory's services.

    History records the provider who proposed it as the author, with the officer
    who approved it in the reason. If the service changed since the proposal in a
    field the proposal also changes, ChangeConflict is raised unless the officer
    has chosen to overwrite the newer values.
    """
    with directory_writes():
        change = (
            ChangeRequest.objects.select_for_update(of=("self",))
            .select_related("organisation", "proposed_by")
            .get(pk=change.pk)
        )
        if not change.is_pending:
            raise ChangeNotAllowed("This change has already been decided or withdrawn.")
        author = change.proposed_by or user
        reason = (
            f"Proposed by {_person(change.proposed_by)} (change {change.pk}), "
            f"approved by {_person(user)}"
        )
        today = timezone.localdate()
        proposed = change.proposed
        if change.kind == ChangeRequest.Kind.NEW:
            service = Service(
                organisation=change.organisation,
                slug=_unique_slug(proposed.get("name", "")),
                status=Service.Status.PUBLISHED,
                last_reviewed=today,
                review_due=default_review_due(today),
                **{name: proposed[name] for name in SERVICE_FIELDS if name in proposed},
            )
            service_save(
                service=service,
                user=author,
                reason=reason,
                needs=Need.objects.filter(pk__in=proposed.get("needs", [])),
                areas=AreaOfProvision.objects.filter(pk__in=proposed.get("areas", [])),
            )
            _apply_locations(
                service=service,
                base=[],
                proposed=proposed.get("locations", []),
                user=author,
                reason=reason,
            )
            change.service = service
        else:
            service = Service.objects.select_for_update().get(pk=change.service_id)
            _check_service_open(service)
            if change.kind == ChangeRequest.Kind.ARCHIVE:
                services_set_status(services=[service], status=Service.Status.ARCHIVED, user=author)
            else:
                conflicts = change_conflicts(change)
                if conflicts and not overwrite_newer:
                    raise ChangeConflict(conflicts)
                keys = changed_keys(change.base, proposed)
                for name in SERVICE_FIELDS:
                    if name in keys:
                        setattr(service, name, proposed[name])
                service.last_reviewed = today
                service.review_due = default_review_due(today)
                service_save(
                    service=service,
                    user=author,
                    reason=reason,
                    needs=Need.objects.filter(pk__in=proposed["needs"])
                    if "needs" in keys
                    else None,
                    areas=AreaOfProvision.objects.filter(pk__in=proposed["areas"])
                    if "areas" in keys
                    else None,
                )
                if "locations" in keys:
                    _apply_locations(
                        service=service,
                        base=change.base.get("locations", []),
                        proposed=proposed.get("locations", []),
                        user=author,
                        reason=reason,
                    )
        change.status = ChangeRequest.Status.APPROVED
        change.decided_by = user
        change.decided = timezone.now()
        change.save()
        _email(
            to=[getattr(change.proposed_by, "email", "")],
            subject=f"Your change has been approved: {change}",
            body=(
                f"{settings.COUNCIL_NAME} approved your change ({change}). It is now on the "
                f"{settings.SITE_NAME}.\n\n{site_url(reverse('providers:dashboard'))}\n"
            ),
        )
    return change


def change_request_reject(*, change: ChangeRequest, user, reason: str) -> ChangeRequest:
    """Turn down a proposed change. The provider sees the reason and is emailed it."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"rejection_reason": "Enter why the change is not approved"})
    if len(reason) > 2000:
        raise ValidationError({"rejection_reason": "The reason must be 2,000 characters or fewer"})
    with transaction.atomic():
        change = (
            ChangeRequest.objects.select_for_update(of=("self",))
            .select_related("proposed_by")
            .get(pk=change.pk)
        )
        if not change.is_pending:
            raise ChangeNotAllowed("This change has already been decided or withdrawn.")
        change.status = ChangeRequest.Status.REJECTED
        change.rejection_reason = reason
        change.decided_by = user
        change.decided = timezone.now()
        change.save()
        link = site_url(reverse("providers:change_detail", args=[change.pk]))
        _email(
            to=[getattr(change.proposed_by, "email", "")],
            subject=f"Your change was not approved: {change}",
            body=(
                f"{settings.COUNCIL_NAME} did not approve your change ({change}).\n\n"
                f"The reason given:\n{reason}\n\n"
                "The Local Offer still shows the information as it was. You can propose "
                f"another change:\n{link}\n"
            ),
        )
    return change


def _person(user) -> str:
    if user is None:
        return "someone whose account was removed"
    return user.get_full_name() or user.email or user.get_username()


# --- Reviews -----------------------------------------------------------------------------


def service_confirm_accurate(*, service: Service, user) -> Service:
    """The provider says the entry is still right: record a review without a change request."""
    with directory_writes():
        service = Service.objects.select_for_update().get(pk=service.pk)
        _check_service_open(service)
        today = timezone.localdate()
        service.last_reviewed = today
        service.review_due = default_review_due(today)
        service.provider_checked = today
        service_save(service=service, user=user, reason="Checked by the provider")
    return service


@dataclass
class ReminderSummary:
    services: int = 0
    queued: int = 0
    already_sent: int = 0
    without_provider: list[Service] = field(default_factory=list)


def reminder_period(review_due: date, today: date) -> str:
    if review_due > today:
        return "due-soon"
    if review_due == today:
        return "due-today"
    return f"overdue-{(today - review_due).days // 7}"


def review_reminders_send(*, today: date | None = None, progress=None) -> ReminderSummary:
    """Queue one email per provider about their services whose review is due or overdue.

    Each (service, person, due date, period) is recorded, so a reminder is sent once:
    30 days before, on the day, then once a week while overdue. An email not yet
    sent (it failed) is queued again on the next run, up to five attempts.
    """
    today = today or timezone.localdate()
    summary = ReminderSummary()
    batches: dict[str, list[int]] = {}
    services = list(services_needing_review(today))
    for index, service in enumerate(services, 1):
        summary.services += 1
        emails = provider_emails(service.organisation)
        if not emails:
            summary.without_provider.append(service)
            continue
        period = reminder_period(service.review_due, today)
        for email in emails:
            reminder, _ = ReviewReminder.objects.get_or_create(
                service=service, email=email, review_due=service.review_due, period=period
            )
            if reminder.sent is not None:
                summary.already_sent += 1
            elif reminder.attempts < REMINDER_MAX_ATTEMPTS:
                batches.setdefault(email, []).append(reminder.pk)
        if progress and index % 100 == 0:
            progress(index, len(services))
    for email, reminder_ids in batches.items():
        try:
            tasks.send_review_reminder.enqueue(email, reminder_ids)
            summary.queued += 1
        except Exception:
            logger.exception("Could not queue the review reminder to %s", email)
    return summary
