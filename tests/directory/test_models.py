from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from directory.models import Need, Service
from tests.factories import LocationFactory, OpeningTimeFactory, ServiceFactory, need

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


# --- review dates ---------------------------------------------------------------------


@pytest.mark.parametrize("last_reviewed", [date(9999, 12, 31), date(9999, 6, 1)])
def test_full_clean_explains_an_impossible_last_review_date(last_reviewed):
    service = ServiceFactory.build(
        organisation=ServiceFactory().organisation, last_reviewed=last_reviewed, review_due=None
    )
    with pytest.raises(ValidationError) as exc:
        service.full_clean(exclude=["slug"])
    assert exc.value.message_dict["last_reviewed"] == [
        "Enter a real date for the last review, like 14/03/2026."
    ]
    assert "review_due" not in exc.value.message_dict


def test_full_clean_refuses_a_last_review_in_the_future():
    tomorrow = timezone.localdate() + timedelta(days=1)
    service = ServiceFactory.build(
        organisation=ServiceFactory().organisation, last_reviewed=tomorrow, review_due=None
    )
    with pytest.raises(ValidationError) as exc:
        service.full_clean(exclude=["slug"])
    assert exc.value.message_dict["last_reviewed"] == [
        "The last review date must be today or in the past: a review cannot be in the future."
    ]


def test_full_clean_accepts_a_review_today():
    service = ServiceFactory.build(
        organisation=ServiceFactory().organisation,
        last_reviewed=timezone.localdate(),
        review_due=None,
    )
    service.full_clean(exclude=["slug"])
    assert service.review_due == timezone.localdate() + timedelta(days=365)


# --- needs ----------------------------------------------------------------------------


def test_a_specific_need_can_sit_under_a_broad_area():
    new = Need(name="Selective mutism", slug="selective-mutism")
    new.broad_area = need("communication-and-interaction")
    new.full_clean()


def test_a_need_cannot_sit_under_a_specific_need():
    new = Need(name="Pathological demand avoidance", slug="pda", broad_area=need("autism"))
    with pytest.raises(ValidationError) as exc:
        new.full_clean()
    assert exc.value.message_dict["broad_area"] == [
        "Choose one of the broad areas of need. Autism is a specific need under "
        "Communication and interaction."
    ]


def test_a_broad_area_with_specific_needs_cannot_sit_under_another():
    broad = need("communication-and-interaction")
    broad.broad_area = need("cognition-and-learning")
    with pytest.raises(ValidationError) as exc:
        broad.full_clean()
    assert exc.value.message_dict["broad_area"] == [
        "Communication and interaction is a broad area with specific needs under it, so it "
        "cannot sit under another broad area. Move its specific needs first."
    ]


def test_a_broad_area_without_specific_needs_can_become_a_specific_need():
    lonely = Need.objects.create(name="Sensory processing", slug="sensory-processing")
    lonely.broad_area = need("sensory-and-physical")
    lonely.full_clean()


def test_a_need_cannot_sit_under_itself():
    autism = need("autism")
    autism.broad_area = autism
    with pytest.raises(ValidationError) as exc:
        autism.full_clean()
    assert exc.value.message_dict["broad_area"] == ["A need cannot sit under itself."]


def test_a_need_under_a_missing_broad_area_gets_a_plain_message():
    new = Need(name="Selective mutism", slug="selective-mutism", broad_area_id=987654)
    with pytest.raises(ValidationError) as exc:
        new.full_clean()
    assert exc.value.message_dict["broad_area"] == ["Choose one of the broad areas of need."]
