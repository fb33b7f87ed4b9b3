"""Fixtures for the provider portal tests."""

import pytest

from tests.factories import (
    LocationFactory,
    OpeningTimeFactory,
    OrganisationFactory,
    ServiceFactory,
    area,
    need,
)


@pytest.fixture
def own_service(provider):
    """A published service of the provider's own organisation, with one location."""
    service = ServiceFactory(
        organisation=provider.organisation,
        name="Willowmere Saturday Club",
        slug="willowmere-saturday-club",
        areas=[area("social-care")],
        needs=[need("autism")],
    )
    location = LocationFactory(service=service, name="Willowmere Hall", postcode="BM2 1AA")
    OpeningTimeFactory(location=location, weekday=5, opens="10:00", closes="12:00")
    return service


@pytest.fixture
def other_service(db):
    """A published service of an organisation the provider does not belong to."""
    service = ServiceFactory(
        organisation=OrganisationFactory(name="Oakfield Other Trust", slug="oakfield-other-trust"),
        name="Oakfield Swimming",
        slug="oakfield-swimming",
        areas=[area("social-care")],
    )
    location = LocationFactory(service=service, name="Oakfield Pool", postcode="BM3 2NW")
    OpeningTimeFactory(location=location, weekday=1, opens="16:00", closes="18:00")
    return service
