"""Writes for consultation: publishing rounds, corrections, contact details, suggestions.

Each function validates with `full_clean()` and writes inside one transaction,
so a failure leaves nothing saved partly.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from consultation.models import ConsultationRound, Consultee, ConsulteeCategory, Correction
from consultation.selectors import SuggestedConsultee
from core.services import content_changed


@transaction.atomic
def round_publish(
    *, round: ConsultationRound, by, now: datetime | None = None
) -> ConsultationRound:
    """Publish a round: it appears on the public "how we develop our Local Offer" page.

    A round with no consultees may be published (the gaps report says so).
    After publishing, edits are kept in history and shown as corrections.
    """
    if round.is_published:
        raise ValidationError("This review round is already published.")
    round.published_at = now or timezone.now()
    round.published_by = by
    round.full_clean()
    round.save()
    content_changed()
    return round


@transaction.atomic
def round_correction_record(
    *, round: ConsultationRound, note: str, by, now: datetime | None = None
) -> Correction:
    """Record, for the public, that a published round was corrected and what changed."""
    correction = Correction(
        round=round, note=" ".join((note or "").split()), made_by=by, made_at=now or timezone.now()
    )
    if not correction.note:
        raise ValidationError({"note": "Say what was corrected."})
    correction.full_clean()
    correction.save()
    content_changed()
    return correction


@transaction.atomic
def consultee_contact_remove(*, consultee: Consultee) -> bool:
    """Delete a consultee's contact name and email. History never held them. True if any."""
    if not consultee.has_contact_details:
        return False
    consultee.contact_name = ""
    consultee.contact_email = ""
    consultee.full_clean()
    consultee.save(update_fields=["contact_name", "contact_email"])
    return True


@transaction.atomic
def consultees_create_from_suggestions(*, suggestions: list[SuggestedConsultee]) -> list[Consultee]:
    """Add directory organisations as consultees, as an officer confirmed them.

    Each keeps a link to its organisation; one that already exists (by name or
    organisation) is left alone.
    """
    created = []
    categories = {c.slug: c for c in ConsulteeCategory.objects.all()}
    for suggestion in suggestions:
        exists = Consultee.objects.filter(organisation_id=suggestion.organisation.pk).exists() or (
            Consultee.objects.filter(name__iexact=suggestion.organisation.name).exists()
        )
        if exists:
            continue
        consultee = Consultee(
            name=suggestion.organisation.name,
            category=categories[suggestion.category_slug],
            where=suggestion.where,
            out_of_area_reason=suggestion.out_of_area_reason,
            organisation=suggestion.organisation,
        )
        consultee.full_clean()
        consultee.save()
        created.append(consultee)
    return created


@dataclass(frozen=True)
class CategoryDeleteRefusal:
    message: str


def category_delete_refusal(*, category: ConsulteeCategory) -> CategoryDeleteRefusal | None:
    """Why a category cannot be deleted (it is in use), or None if it can."""
    count = category.consultees.count()
    if not count:
        return None
    return CategoryDeleteRefusal(
        f"'{category.name}' cannot be deleted: {count} consultee{'s are' if count != 1 else ' is'} "
        "in it. Move them to another category first."
    )
