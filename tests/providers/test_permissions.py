"""Role isolation: a provider reaches only their own organisations' services and changes.

Every portal URL is tried with another organisation's slug or change-request id,
by GET and by POST (with data that would change something): 404, nothing changed.
"""

import pytest
from django.urls import reverse

from directory.models import Service
from providers.models import ChangeRequest
from tests.factories import ServiceFactory, UserFactory
from tests.providers.factories import change_for, proposal_data, provider_user

pytestmark = pytest.mark.django_db

SERVICE_URLS = ["service_detail", "service_change", "service_confirm", "service_archive"]
CHANGE_URLS = ["change_detail", "change_edit", "change_withdraw"]
READ_ONLY = {"service_detail", "change_detail"}  # POST is not allowed at all (405)


def _refused(response, name, method):
    expected = 405 if method == "post" and name in READ_ONLY else 404
    return response.status_code == expected


def _state(service):
    service.refresh_from_db()
    return (
        service.name,
        service.summary,
        service.status,
        service.last_reviewed,
        service.provider_checked,
        list(service.locations.values_list("name", flat=True)),
    )


@pytest.mark.parametrize("name", SERVICE_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_organisations_service_is_not_found(provider_client, other_service, name, method):
    before = _state(other_service)
    url = reverse(f"providers:{name}", kwargs={"slug": other_service.slug})
    data = proposal_data(other_service, name="Taken over", note="Please remove it")
    response = getattr(provider_client, method)(url, data if method == "post" else None)
    assert _refused(response, name, method), response.status_code
    assert _state(other_service) == before
    assert not ChangeRequest.objects.exists()


@pytest.mark.parametrize("name", CHANGE_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_organisations_change_request_is_not_found(
    provider_client, other_service, name, method
):
    other_provider = provider_user(other_service.organisation)
    change = change_for(other_service, other_provider, summary="Their own words")
    url = reverse(f"providers:{name}", kwargs={"pk": change.pk})
    response = getattr(provider_client, method)(
        url, proposal_data(other_service, summary="Mine now") if method == "post" else None
    )
    assert _refused(response, name, method), response.status_code
    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.PENDING
    assert change.proposed["summary"] == "Their own words"
    assert change.version == 1


def test_a_new_service_cannot_be_proposed_for_another_organisation(
    provider_client, provider, other_service
):
    data = proposal_data(
        other_service,
        organisation=str(other_service.organisation.pk),
        name="Sneaky new service",
    )
    response = provider_client.post(reverse("providers:service_new"), data)
    # One organisation: the choice is not even offered, so the new service is the provider's.
    if response.status_code == 302:
        change = ChangeRequest.objects.get()
        assert change.organisation == provider.organisation
    else:
        assert not ChangeRequest.objects.exists()


def test_with_two_organisations_another_organisation_id_is_refused(
    provider_client, provider, other_service
):
    second = ServiceFactory().organisation
    provider.provider_memberships.create(organisation=second)
    data = proposal_data(
        other_service, organisation=str(other_service.organisation.pk), name="Sneaky new service"
    )
    response = provider_client.post(reverse("providers:service_new"), data)
    assert response.status_code == 200
    assert "Select the organisation that runs the service" in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_another_services_location_id_is_refused(provider_client, own_service, other_service):
    data = proposal_data(own_service, summary="A new summary for families.")
    data["locations-0-location_id"] = str(other_service.locations.get().pk)
    data["locations-0-name"] = "Hijacked"
    response = provider_client.post(
        reverse("providers:service_change", kwargs={"slug": own_service.slug}), data
    )
    assert response.status_code == 200
    assert "is not one of this service" in response.content.decode()
    assert not ChangeRequest.objects.exists()
    assert other_service.locations.get().name == "Oakfield Pool"


def test_own_services_are_reachable(provider_client, own_service):
    for name in SERVICE_URLS:
        url = reverse(f"providers:{name}", kwargs={"slug": own_service.slug})
        assert provider_client.get(url).status_code == 200, name


def test_the_dashboard_lists_only_own_services(provider_client, own_service, other_service):
    content = provider_client.get(reverse("providers:dashboard")).content.decode()
    assert own_service.name in content
    assert other_service.name not in content


def test_signed_out_people_are_sent_to_sign_in(client, own_service):
    for url in [
        reverse("providers:dashboard"),
        reverse("providers:service_detail", kwargs={"slug": own_service.slug}),
        reverse("providers:service_new"),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("providers:login"))
    response = client.post(reverse("providers:service_confirm", kwargs={"slug": own_service.slug}))
    assert response.status_code == 302
    own_service.refresh_from_db()
    assert own_service.provider_checked is None


def test_a_user_without_the_provider_role_is_refused(client, own_service):
    client.force_login(UserFactory(username="member-of-public"))
    response = client.get(reverse("providers:dashboard"))
    assert response.status_code == 403
    assert "You cannot use the provider portal" in response.content.decode()


def test_providers_never_reach_admin(provider_client):
    response = provider_client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_an_officer_sees_no_services_in_the_portal(officer_client, own_service):
    response = officer_client.get(reverse("providers:dashboard"))
    assert response.status_code == 200
    assert own_service.name not in response.content.decode()
    response = officer_client.get(
        reverse("providers:service_detail", kwargs={"slug": own_service.slug})
    )
    assert response.status_code == 404


def test_access_removed_means_not_found(provider, provider_client, own_service):
    from providers.services import membership_remove

    membership_remove(membership=provider.provider_memberships.get())
    url = reverse("providers:service_detail", kwargs={"slug": own_service.slug})
    assert provider_client.get(url).status_code == 403  # no organisation left: no role
    assert Service.objects.filter(pk=own_service.pk).exists()


@pytest.mark.parametrize(
    "url",
    [
        "/provider/services/%00/",
        "/provider/changes/99999999999999999999/",
        "/provider/invitation/%00abc/",
        "/provider/invitation/" + "x" * 500 + "/",
        "/provider/services/no-such-service/change/",
    ],
)
def test_odd_urls_never_cause_a_server_error(provider_client, url):
    assert provider_client.get(url).status_code in (404, 400)
