"""Factories for test data. Every name here is invented."""

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory

from directory.models import AreaOfProvision, Location, Need, OpeningTime, Organisation, Service
from directory.services import record_save, service_save


class DirectoryFactory(DjangoModelFactory):
    """Creates directory records the way the site does: through `directory.services`,
    so the search index and cached pages are up to date without anything else."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return record_save(record=model_class(*args, **kwargs))


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("a-long-test-password-42")


class OrganisationFactory(DirectoryFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Hollowbrook Support Trust {n}")
    slug = factory.Sequence(lambda n: f"hollowbrook-support-trust-{n}")
    kind = Organisation.Kind.VOLUNTARY


class ServiceFactory(DirectoryFactory):
    class Meta:
        model = Service

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Family support group {n}")
    slug = factory.Sequence(lambda n: f"family-support-group-{n}")
    summary = "A friendly group where families meet and share advice."
    description = "We meet every week in a community centre. Staff can answer questions."
    level = Service.Level.UNIVERSAL
    min_age = 0
    max_age = 25
    how_to_access = "Just turn up, or phone us first if you would like to talk."
    status = Service.Status.PUBLISHED
    last_reviewed = factory.LazyFunction(timezone.localdate)
    review_due = factory.LazyAttribute(
        lambda s: s.last_reviewed + timedelta(days=365) if s.last_reviewed else None
    )
    needs = None
    areas = None

    @classmethod
    def _build(cls, model_class, *args, needs=None, areas=None, **kwargs):
        return model_class(*args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, needs=None, areas=None, **kwargs):
        return service_save(service=model_class(*args, **kwargs), needs=needs, areas=areas)


class LocationFactory(DirectoryFactory):
    class Meta:
        model = Location

    service = factory.SubFactory(ServiceFactory)
    name = "Lantern Street Community Centre"
    address = "14 Lantern Street\nBrindlemoor"
    postcode = "BM1 4LS"


class OpeningTimeFactory(DirectoryFactory):
    class Meta:
        model = OpeningTime

    location = factory.SubFactory(LocationFactory)
    weekday = OpeningTime.Weekday.MONDAY
    opens = "09:00"
    closes = "17:00"


def need(slug: str) -> Need:
    return Need.objects.get(slug=slug)


def area(slug: str) -> AreaOfProvision:
    return AreaOfProvision.objects.get(slug=slug)
