"""Factories for consultation. Every body and name here is invented."""

from datetime import date

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from consultation.models import (
    Change,
    ConsultationRound,
    Consultee,
    ConsulteeCategory,
    Invitation,
    InvolvementEvidence,
    Matter,
)


def category(slug: str) -> ConsulteeCategory:
    return ConsulteeCategory.objects.get(slug=slug)


class ConsulteeFactory(DjangoModelFactory):
    class Meta:
        model = Consultee

    name = factory.Sequence(lambda n: f"Larkmoor Parent Forum {n}")
    category = factory.LazyFunction(lambda: category("children-young-people-sen"))
    where = Consultee.Where.IN_AREA

    class Params:
        outside = factory.Trait(
            where=Consultee.Where.OUT_OF_AREA,
            out_of_area_reason=Consultee.OutOfAreaReason.ATTENDED,
        )


class ConsultationRoundFactory(DjangoModelFactory):
    class Meta:
        model = ConsultationRound

    title = factory.Sequence(lambda n: f"Local Offer review {n}")
    slug = factory.Sequence(lambda n: f"local-offer-review-{n}")
    purpose = "To check the Local Offer lists what families need."
    starts = date(2026, 1, 5)
    ends = date(2026, 3, 27)
    methods = factory.LazyFunction(lambda: ["survey", "events"])

    class Params:
        published = factory.Trait(published_at=factory.LazyFunction(timezone.now))


class InvitationFactory(DjangoModelFactory):
    class Meta:
        model = Invitation

    round = factory.SubFactory(ConsultationRoundFactory)
    consultee = factory.SubFactory(ConsulteeFactory)
    invited_on = date(2026, 1, 5)
    responded = True
    responded_on = date(2026, 2, 1)
    how = "survey"


class InvolvementEvidenceFactory(DjangoModelFactory):
    class Meta:
        model = InvolvementEvidence

    round = factory.SubFactory(ConsultationRoundFactory)
    matter = Matter.SERVICES_NEEDED
    description = "Two workshops with young people and parents about missing services."
    starts = date(2026, 2, 3)
    children_young_people = 8
    parents_carers = 12


class ChangeFactory(DjangoModelFactory):
    class Meta:
        model = Change

    round = factory.SubFactory(ConsultationRoundFactory)
    description = "Service pages now say who each service is for."
