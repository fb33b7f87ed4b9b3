import pytest
from django.urls import reverse

from directory.models import Location, Service
from tests.factories import (
    LocationFactory,
    OpeningTimeFactory,
    OrganisationFactory,
    ServiceFactory,
    area,
    need,
)

pytestmark = pytest.mark.django_db

MODELS = ["service", "organisation", "location", "need", "needsynonym", "areaofprovision"]


@pytest.fixture
def one_of_each():
    service = ServiceFactory(needs=[need("autism")], areas=[area("health")])
    OpeningTimeFactory(location=LocationFactory(service=service))
    return service


@pytest.mark.parametrize("model", MODELS)
def test_officer_can_open_each_changelist(officer_client, one_of_each, model):
    response = officer_client.get(reverse(f"admin:directory_{model}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_officer_can_open_each_change_page(officer_client, one_of_each, model):
    from django.apps import apps

    obj = apps.get_model("directory", model).objects.first()
    response = officer_client.get(reverse(f"admin:directory_{model}_change", args=[obj.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_officer_can_open_each_history_page(officer_client, one_of_each, model):
    from django.apps import apps

    obj = apps.get_model("directory", model).objects.first()
    response = officer_client.get(reverse(f"admin:directory_{model}_history", args=[obj.pk]))
    assert response.status_code == 200


def test_changelist_filters_by_review_overdue(officer_client):
    overdue = ServiceFactory(last_reviewed="2020-01-01", review_due="2021-01-01")
    ServiceFactory()
    response = officer_client.get(reverse("admin:directory_service_changelist") + "?review=overdue")
    assert list(response.context["cl"].result_list) == [overdue]


def test_changelist_searches_by_postcode(officer_client):
    service = ServiceFactory()
    LocationFactory(service=service, postcode="HB4 7QT")
    ServiceFactory()
    response = officer_client.get(reverse("admin:directory_service_changelist") + "?q=HB4")
    assert list(response.context["cl"].result_list) == [service]


def _bulk(client, action, services):
    return client.post(
        reverse("admin:directory_service_changelist"),
        {"action": action, "_selected_action": [s.pk for s in services]},
        follow=True,
    )


def test_bulk_publish_records_history_with_the_officer(officer_client, officer):
    drafts = ServiceFactory.create_batch(2, status=Service.Status.DRAFT)
    _bulk(officer_client, "publish", drafts)
    for service in drafts:
        latest = service.history.latest()
        assert latest.status == "published"
        assert latest.history_user == officer


def test_bulk_archive_records_history(officer_client, officer):
    services = ServiceFactory.create_batch(2)
    _bulk(officer_client, "archive", services)
    assert all(s.history.latest().status == "archived" for s in services)
    assert Service.objects.filter(status="archived").count() == 2


def test_bulk_mark_reviewed_sets_dates_and_records_history(officer_client, officer):
    service = ServiceFactory(last_reviewed="2020-01-01", review_due="2021-01-01")
    _bulk(officer_client, "mark_reviewed", [service])
    service.refresh_from_db()
    assert service.review_due > service.last_reviewed
    assert (service.review_due - service.last_reviewed).days == 365
    assert service.history.latest().history_user == officer
    assert service.history.latest().history_change_reason == "Marked as reviewed"


def _service_form(organisation, **overrides):
    data = {
        "name": "Little Steps play sessions",
        "slug": "little-steps-play-sessions",
        "organisation": organisation.pk,
        "status": "published",
        "summary": "Play sessions for young children.",
        "description": "Weekly play sessions with trained staff.",
        "areas": [area("education").pk],
        "needs": [need("autism").pk],
        "level": "universal",
        "min_age": "0",
        "max_age": "5",
        "where_offered": "in_area",
        "eligibility": "",
        "how_to_access": "Just come along.",
        "is_free": "on",
        "cost_details": "",
        "last_reviewed": "2026-11-01",
        "review_due": "",
        "locations-TOTAL_FORMS": "1",
        "locations-INITIAL_FORMS": "0",
        "locations-MIN_NUM_FORMS": "0",
        "locations-MAX_NUM_FORMS": "1000",
        "locations-0-name": "Fenwick Cross Library",
        "locations-0-address": "3 Mill Row\nFenwick Cross",
        "locations-0-postcode": "fc2 9ab",
    }
    data.update(overrides)
    return data


def test_officer_adds_a_service_with_a_location_and_history_records_them(
    officer_client, officer, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory()
    # The search index is refreshed once the save has committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(
            reverse("admin:directory_service_add"), _service_form(organisation)
        )
    assert response.status_code == 302, response.context["adminform"].form.errors
    service = Service.objects.get(slug="little-steps-play-sessions")
    assert service.review_due.isoformat() == "2027-11-01"
    assert service.locations.get().postcode == "FC2 9AB"
    assert service.history.latest().history_user == officer
    assert Location.history.latest().history_user == officer
    # The search index is refreshed on save.
    assert service.need_ids and "Autism" in service.search_extra


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"min_age": "10", "max_age": "4"}, "max_age", "oldest age must be the same as or more"),
        ({"max_age": "26"}, "max_age", "Ages go up to 25"),
        (
            {"level": "specialist", "eligibility": ""},
            "eligibility",
            "Enter the eligibility criteria",
        ),
    ],
)
def test_bad_input_gets_a_plain_message_and_nothing_is_saved(
    officer_client, overrides, field, message
):
    organisation = OrganisationFactory()
    response = officer_client.post(
        reverse("admin:directory_service_add"), _service_form(organisation, **overrides)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors[field])
    assert not Service.objects.exists()
    assert not Location.objects.exists()


def test_malformed_postcode_saves_nothing(officer_client):
    organisation = OrganisationFactory()
    response = officer_client.post(
        reverse("admin:directory_service_add"),
        _service_form(organisation, **{"locations-0-postcode": "NOT A CODE"}),
    )
    assert response.status_code == 200
    assert "Enter a real UK postcode" in response.content.decode()
    assert not Service.objects.exists()


def test_moderator_cannot_edit_the_directory(moderator_client):
    response = moderator_client.get(reverse("admin:directory_service_changelist"))
    assert response.status_code == 403
