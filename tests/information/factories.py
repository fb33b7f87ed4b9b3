"""Factories for information pages. Every name here is invented."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from information.models import InformationPage, Schedule2Item, Section, SettingOffer
from tests.factories import OrganisationFactory


def section(slug: str) -> Section:
    """One of the sections every install has (seeded by a migration)."""
    return Section.objects.get(slug=slug)


def item(code: str) -> Schedule2Item:
    """One of the statutory items every install has (seeded by a migration)."""
    return Schedule2Item.objects.get(code=code)


class PageFactory(DjangoModelFactory):
    class Meta:
        model = InformationPage
        skip_postgeneration_save = True

    section = factory.LazyFunction(lambda: section("getting-support"))
    title = factory.Sequence(lambda n: f"Help with homework {n}")
    slug = factory.Sequence(lambda n: f"help-with-homework-{n}")
    summary = "What to do if homework is hard."
    body = "Ask the teacher. They can help.\n\n## More help\n\n- a club\n- a tutor"
    status = InformationPage.Status.PUBLISHED
    last_reviewed = factory.LazyFunction(timezone.localdate)
    review_due = factory.LazyAttribute(lambda p: p.last_reviewed + timedelta(days=365))

    @factory.post_generation
    def covers(self, create, extracted, **kwargs):
        if create and extracted:
            self.covers.set(extracted)


class SettingOfferFactory(DjangoModelFactory):
    class Meta:
        model = SettingOffer

    organisation = factory.SubFactory(OrganisationFactory, kind="maintained_school")
    teaching = "Small steps and pictures."
