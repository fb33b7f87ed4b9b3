"""Two officers editing one record: the second, stale save is refused, not lost silently."""

from datetime import date

import pytest
from django.urls import reverse

from directory import admin as directory_admin
from directory.models import Location, Organisation, Service
from directory.services import (
    RecordChanged,
    record_save,
    service_save,
    services_mark_reviewed,
    services_set_status,
)
from providers.services import change_request_approve
from tests.factories import LocationFactory, OrganisationFactory, ServiceFactory, area, need
from tests.providers.factories import change_for, provider_user

pytestmark = pytest.mark.django_db

STALE = "Someone else changed this service while you were editing it"


@pytest.fixture
def service():
    return ServiceFactory(
        name="Little Steps play sessions",
        slug="little-steps-play-sessions",
        summary="Play sessions for young children.",
        last_reviewed=date(2026, 11, 1),
        review_due=date(2027, 11, 1),
        areas=[area("education")],
        needs=[need("autism")],
    )


def _form(service, seen_version, **overrides):
    """The service's change form as the officer's browser posts it."""
    data = {
        "name": service.name,
        "slug": service.slug,
        "organisation": service.organisation_id,
        "status": service.status,
        "seen_version": str(seen_version),
        "summary": service.summary,
        "description": service.description,
        "areas": [a.pk for a in service.areas.all()],
        "needs": [n.pk for n in service.needs.all()],
        "level": service.level,
        "min_age": str(service.min_age),
        "max_age": str(service.max_age),
        "where_offered": service.where_offered,
        "how_to_access": service.how_to_access,
        "is_free": "on",
        "last_reviewed": service.last_reviewed.isoformat(),
        "review_due": service.review_due.isoformat(),
        "locations-TOTAL_FORMS": "0",
        "locations-INITIAL_FORMS": "0",
        "locations-MIN_NUM_FORMS": "0",
        "locations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def _post(client, service, data):
    return client.post(reverse("admin:directory_service_change", args=[service.pk]), data)


def _someone_else_renames(service):
    other = Service.objects.get(pk=service.pk)
    other.name = "Little Steps (renamed by a colleague)"
    service_save(service=other)


def test_the_change_form_carries_the_version_the_officer_opened(officer_client, service):
    response = officer_client.get(reverse("admin:directory_service_change", args=[service.pk]))
    assert response.context["adminform"].form["seen_version"].value() == service.version
    assert f'name="seen_version" value="{service.version}"' in response.content.decode()


def test_a_stale_save_is_refused_with_a_plain_message_and_the_service_is_unchanged(
    officer_client, service
):
    opened = service.version
    _someone_else_renames(service)

    response = _post(
        officer_client, service, _form(service, opened, summary="Sessions on Saturdays now.")
    )

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert STALE in " ".join(form.non_field_errors())
    assert STALE in response.content.decode()
    service.refresh_from_db()
    assert service.name == "Little Steps (renamed by a colleague)"
    assert service.summary == "Play sessions for young children."


def test_a_refused_save_keeps_what_the_officer_typed(officer_client, service):
    opened = service.version
    _someone_else_renames(service)

    response = _post(
        officer_client, service, _form(service, opened, summary="Sessions on Saturdays now.")
    )

    content = response.content.decode()
    assert "Sessions on Saturdays now." in content
    assert 'value="Little Steps play sessions"' in content  # their name, not the colleague's


def test_saving_again_after_the_refusal_is_a_deliberate_overwrite(officer_client, service):
    opened = service.version
    _someone_else_renames(service)
    refused = _post(officer_client, service, _form(service, opened, summary="Saturdays now."))
    again = refused.context["adminform"].form["seen_version"].value()

    response = _post(officer_client, service, _form(service, again, summary="Saturdays now."))

    assert response.status_code == 302, response.context["adminform"].form.errors
    service.refresh_from_db()
    assert service.summary == "Saturdays now."
    assert service.name == "Little Steps play sessions"


def test_a_fresh_save_works_and_moves_the_version_on(officer_client, officer, service):
    opened = service.version

    response = _post(officer_client, service, _form(service, opened, summary="Saturdays now."))

    assert response.status_code == 302, response.context["adminform"].form.errors
    service.refresh_from_db()
    assert service.summary == "Saturdays now."
    assert service.version == opened + 1
    assert service.history.latest().history_user == officer


def test_the_message_says_who_changed_it(officer_client, officer, service):
    opened = service.version
    colleague = Service.objects.get(pk=service.pk)
    colleague.summary = "Changed by a colleague."
    service_save(service=colleague, user=officer)

    response = _post(officer_client, service, _form(service, opened))

    errors = " ".join(response.context["adminform"].form.non_field_errors())
    assert f"({officer.get_username()}, " in errors


def test_a_save_that_loses_the_race_after_the_forms_check_is_refused_too(
    officer_client, service, monkeypatch
):
    """Someone else saves between the form's version check and the save itself."""
    opened = service.version
    _someone_else_renames(service)
    real_clean = directory_admin.VersionedForm.clean
    checks = []

    def clean_missing_the_change_once(form):
        checks.append(form)
        if len(checks) == 1:
            return super(directory_admin.VersionedForm, form).clean()
        return real_clean(form)

    monkeypatch.setattr(directory_admin.VersionedForm, "clean", clean_missing_the_change_once)

    response = _post(officer_client, service, _form(service, opened, summary="Saturdays now."))

    assert len(checks) == 2  # refused by directory.services, then shown again
    assert response.status_code == 200
    assert STALE in " ".join(response.context["adminform"].form.non_field_errors())
    service.refresh_from_db()
    assert service.summary == "Play sessions for young children."


def test_the_directory_service_refuses_a_stale_expected_version(service):
    opened = service.version
    _someone_else_renames(service)
    stale = Service.objects.get(pk=service.pk)
    stale.summary = "Saturdays now."

    with pytest.raises(RecordChanged):
        service_save(service=stale, expected_version=opened)

    service.refresh_from_db()
    assert service.summary == "Play sessions for young children."


# --- locations in the service form, and organisations -------------------------------------


def _with_location(data, location, seen_version, **overrides):
    row = {
        "locations-TOTAL_FORMS": "1",
        "locations-INITIAL_FORMS": "1",
        "locations-0-id": str(location.pk),
        "locations-0-service": str(location.service_id),
        "locations-0-name": location.name,
        "locations-0-address": location.address,
        "locations-0-postcode": location.postcode,
        "locations-0-accessibility": location.accessibility,
        "locations-0-opening_exceptions": location.opening_exceptions,
        "locations-0-seen_version": str(seen_version),
    }
    row.update({f"locations-0-{name}": value for name, value in overrides.items()})
    return {**data, **row}


def test_a_stale_location_in_the_service_form_is_refused_and_nothing_is_saved(
    officer_client, service
):
    location = LocationFactory(service=service, name="Fenwick Cross Library")
    opened = location.version
    colleague = Location.objects.get(pk=location.pk)
    colleague.accessibility = "Step-free entrance at the side."
    record_save(record=colleague)

    data = _with_location(
        _form(service, service.version, summary="Saturdays now."),
        location,
        opened,
        accessibility="Lift to the first floor.",
    )
    response = _post(officer_client, service, data)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Someone else changed this location while you were editing it" in content
    assert "Lift to the first floor." in content
    location.refresh_from_db()
    service.refresh_from_db()
    assert location.accessibility == "Step-free entrance at the side."
    assert service.summary == "Play sessions for young children."


def test_a_fresh_location_in_the_service_form_is_saved(officer_client, service):
    location = LocationFactory(service=service, name="Fenwick Cross Library")
    data = _with_location(
        _form(service, service.version), location, location.version, accessibility="Lift."
    )

    response = _post(officer_client, service, data)

    assert response.status_code == 302, response.context["inline_admin_formsets"]
    location.refresh_from_db()
    assert location.accessibility == "Lift."


def _organisation_form(organisation, seen_version, **overrides):
    data = {
        "name": organisation.name,
        "slug": organisation.slug,
        "kind": organisation.kind,
        "description": organisation.description,
        "website": "",
        "email": "",
        "phone": "",
        "seen_version": str(seen_version),
    }
    data.update(overrides)
    return data


def test_a_stale_organisation_save_is_refused(officer_client):
    organisation = OrganisationFactory()
    opened = organisation.version
    colleague = Organisation.objects.get(pk=organisation.pk)
    colleague.description = "Written by a colleague."
    record_save(record=colleague)

    response = officer_client.post(
        reverse("admin:directory_organisation_change", args=[organisation.pk]),
        _organisation_form(organisation, opened, description="Written by me."),
    )

    assert response.status_code == 200
    assert "Someone else changed this organisation while you were editing it" in (
        response.content.decode()
    )
    organisation.refresh_from_db()
    assert organisation.description == "Written by a colleague."


def test_a_fresh_organisation_save_works(officer_client):
    organisation = OrganisationFactory()
    response = officer_client.post(
        reverse("admin:directory_organisation_change", args=[organisation.pk]),
        _organisation_form(organisation, organisation.version, description="Written by me."),
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.description == "Written by me."


# --- other writers move the version on, so an open form becomes stale -----------------------


def test_approving_a_providers_change_makes_an_open_form_stale(officer_client, officer, service):
    opened = service.version
    provider = provider_user(service.organisation)
    change = change_for(service, provider, summary="Proposed by the provider.")

    change_request_approve(change=change, user=officer)

    service.refresh_from_db()
    assert service.summary == "Proposed by the provider."
    response = _post(officer_client, service, _form(service, opened, summary="Mine."))
    assert response.status_code == 200
    assert STALE in response.content.decode()
    service.refresh_from_db()
    assert service.summary == "Proposed by the provider."


@pytest.mark.parametrize(
    "bulk_write",
    [
        lambda s: services_set_status(services=[s], status=Service.Status.ARCHIVED),
        lambda s: services_mark_reviewed(services=[s]),
    ],
    ids=["status", "mark-reviewed"],
)
def test_a_bulk_action_makes_an_open_form_stale(officer_client, service, bulk_write):
    opened = service.version

    bulk_write(Service.objects.get(pk=service.pk))

    service.refresh_from_db()
    assert service.version == opened + 1
    response = _post(officer_client, service, _form(service, opened, summary="Mine."))
    assert response.status_code == 200
    assert STALE in response.content.decode()


def test_bulk_actions_in_admin_still_work(officer_client, service):
    response = officer_client.post(
        reverse("admin:directory_service_changelist"),
        {"action": "archive", "_selected_action": [service.pk]},
        follow=True,
    )
    assert response.status_code == 200
    service.refresh_from_db()
    assert service.status == Service.Status.ARCHIVED


def test_a_save_without_the_version_is_refused_with_a_plain_message(officer_client, service):
    data = _form(service, service.version, summary="Saturdays now.")
    del data["seen_version"]

    response = _post(officer_client, service, data)

    assert response.status_code == 200
    assert "This page is out of date. Open it again" in response.content.decode()
    service.refresh_from_db()
    assert service.summary == "Play sessions for young children."


# --- reverting to an earlier version from history -----------------------------------------


def _revert_url(service, history_id):
    return reverse("admin:directory_service_simple_history", args=[service.pk, history_id])


def _first_version(service):
    return service.history.earliest()


def test_the_revert_form_carries_the_current_version_not_the_old_ones(officer_client, service):
    first = _first_version(service)
    _someone_else_renames(service)
    service.refresh_from_db()

    response = officer_client.get(_revert_url(service, first.history_id))

    assert response.status_code == 200
    assert response.context["adminform"].form["seen_version"].value() == service.version


def test_reverting_to_an_earlier_version_works(officer_client, service):
    first = _first_version(service)
    _someone_else_renames(service)
    service.refresh_from_db()
    old = first.instance

    response = officer_client.post(
        _revert_url(service, first.history_id), _form(old, service.version)
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    service.refresh_from_db()
    assert service.name == "Little Steps play sessions"


def test_a_stale_revert_is_refused(officer_client, service):
    first = _first_version(service)
    opened = service.version
    _someone_else_renames(service)

    response = officer_client.post(_revert_url(service, first.history_id), _form(service, opened))

    assert response.status_code == 200
    assert STALE in response.content.decode()
    service.refresh_from_db()
    assert service.name == "Little Steps (renamed by a colleague)"
