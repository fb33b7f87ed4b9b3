import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from directory.models import Service
from tests.factories import LocationFactory, OpeningTimeFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("min_age", "max_age"),
    [(5, 4), (0, 26), (26, 26)],
)
def test_database_rejects_invalid_age_ranges(min_age, max_age):
    service = ServiceFactory()
    Service.objects.filter(pk=service.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        Service.objects.filter(pk=service.pk).update(min_age=min_age, max_age=max_age)


@pytest.mark.parametrize(("min_age", "max_age"), [(0, 0), (25, 25), (0, 25), (7, 7)])
def test_database_accepts_age_ranges_at_the_edges(min_age, max_age):
    service = ServiceFactory(min_age=min_age, max_age=max_age)
    service.refresh_from_db()
    assert (service.min_age, service.max_age) == (min_age, max_age)


def test_database_requires_eligibility_for_specialist_services():
    service = ServiceFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Service.objects.filter(pk=service.pk).update(level="specialist", eligibility="")


def test_full_clean_explains_max_age_below_min_age():
    service = ServiceFactory.build(
        min_age=10, max_age=4, organisation=ServiceFactory().organisation
    )
    with pytest.raises(ValidationError) as exc:
        service.full_clean()
    assert "oldest age" in exc.value.message_dict["max_age"][0]


def test_full_clean_explains_age_over_25():
    service = ServiceFactory.build(
        min_age=0, max_age=30, organisation=ServiceFactory().organisation
    )
    with pytest.raises(ValidationError) as exc:
        service.full_clean()
    assert "max_age" in exc.value.message_dict


def test_full_clean_requires_eligibility_text_for_specialist_service():
    service = ServiceFactory.build(
        level="specialist", eligibility="  ", organisation=ServiceFactory().organisation
    )
    with pytest.raises(ValidationError) as exc:
        service.full_clean()
    assert "eligibility criteria" in exc.value.message_dict["eligibility"][0]


def test_full_clean_defaults_review_due_to_twelve_months_after_review():
    service = ServiceFactory.build(organisation=ServiceFactory().organisation, review_due=None)
    service.full_clean(exclude=["slug"])
    assert (service.review_due - service.last_reviewed).days == 365


def test_charged_service_must_say_what_it_costs():
    service = ServiceFactory.build(is_free=False, organisation=ServiceFactory().organisation)
    with pytest.raises(ValidationError) as exc:
        service.full_clean()
    assert "cost_details" in exc.value.message_dict


def test_location_postcode_is_normalised_by_full_clean():
    location = LocationFactory.build(service=ServiceFactory(), postcode="  bm14ls ")
    location.full_clean()
    assert location.postcode == "BM1 4LS"


def test_opening_time_must_close_after_it_opens():
    opening = OpeningTimeFactory.build(location=LocationFactory(), opens="17:00", closes="09:00")
    with pytest.raises(ValidationError):
        opening.full_clean()


def test_published_for_age_includes_services_whose_range_touches_the_age():
    at_edge = ServiceFactory(min_age=7, max_age=7)
    ServiceFactory(min_age=8, max_age=12)
    ServiceFactory(min_age=7, max_age=7, status=Service.Status.DRAFT)
    assert list(Service.objects.published().for_age(7)) == [at_edge]
