"""Proposing, amending and withdrawing changes: families never see an unapproved change."""

import pytest
from django.urls import reverse

from directory.models import Service
from providers.models import ChangeRequest
from tests.providers.factories import change_for, proposal_data, provider_user
from tests.signin import sign_in

pytestmark = pytest.mark.django_db


def change_url(service):
    return reverse("providers:service_change", kwargs={"slug": service.slug})


def test_the_form_shows_the_current_values(provider_client, own_service):
    content = provider_client.get(change_url(own_service)).content.decode()
    assert own_service.summary in content
    assert 'value="10:00 to 12:00"' in content  # Saturday at Willowmere Hall
    assert "Propose a change" in content


def test_a_proposal_is_stored_and_the_public_page_is_unchanged(
    client, provider, provider_client, own_service
):
    public = reverse("directory:service_detail", kwargs={"slug": own_service.slug})
    data = proposal_data(
        own_service,
        eligibility="Children with an autism diagnosis.",
        level="targeted",
        **{"locations-0-day_5": "09:30 to 13:00", "locations-0-day_0": "4pm to 6pm"},
    )
    response = provider_client.post(change_url(own_service), data)
    assert response.status_code == 302
    change = ChangeRequest.objects.get()
    assert response.url == reverse("providers:change_detail", kwargs={"pk": change.pk})
    assert change.status == ChangeRequest.Status.PENDING
    assert change.proposed_by == provider
    assert change.proposed["eligibility"] == "Children with an autism diagnosis."
    assert change.proposed["locations"][0]["opening_times"] == [
        [0, "16:00", "18:00"],
        [5, "09:30", "13:00"],
    ]
    assert change.base["level"] == "universal"
    own_service.refresh_from_db()
    assert own_service.level == "universal"
    assert own_service.eligibility == ""
    page = client.get(public).content.decode()
    assert "Children with an autism diagnosis." not in page
    assert "16:00" not in page and "4pm" not in page


def test_nothing_changed_is_refused_plainly(provider_client, own_service):
    response = provider_client.post(change_url(own_service), proposal_data(own_service))
    assert response.status_code == 200
    assert "You have not changed anything" in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_windows_line_endings_are_not_a_change(provider_client, own_service):
    own_service.description = "Line one.\nLine two."
    own_service.save()
    data = proposal_data(own_service, description="Line one.\r\nLine two.  ")
    response = provider_client.post(change_url(own_service), data)
    assert "You have not changed anything" in response.content.decode()


def test_errors_keep_everything_typed_and_use_the_admin_messages(provider_client, own_service):
    data = proposal_data(
        own_service,
        summary="A brand new summary I typed carefully.",
        level="specialist",
        eligibility="",
        min_age="12",
        max_age="7",
        contact_phone="not a phone",
        **{"locations-0-day_2": "nine until five", "locations-1-name": "Half-filled venue"},
    )
    response = provider_client.post(change_url(own_service), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in content
    assert "A brand new summary I typed carefully." in content
    assert "Half-filled venue" in content
    assert "Enter the eligibility criteria: targeted and specialist services must say" in content
    assert "The oldest age must be the same as or more than the youngest age." in content
    assert "Enter Wednesday&#x27;s opening times like 09:00 to 17:00" in content
    assert "Enter the postcode" in content
    assert 'class="govuk-error-summary"' in content
    assert not ChangeRequest.objects.exists()


def test_html_and_script_are_escaped_everywhere(provider_client, own_service, officer):
    from django.test import Client

    officer_client = Client()
    sign_in(officer_client, officer)
    script = '<script>alert("x")</script><b>bold</b>'
    data = proposal_data(own_service, summary=script, description=script, note=script)
    response = provider_client.post(change_url(own_service), data, follow=True)
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert" in content
    change = ChangeRequest.objects.get()
    admin = officer_client.get(
        reverse("admin:providers_changerequest_change", args=[change.pk])
    ).content.decode()
    assert "<script>alert" not in admin
    assert "&lt;script&gt;alert" in admin


def test_a_20000_character_field_gets_a_clear_message_and_is_kept(provider_client, own_service):
    long_text = "word " * 4000
    data = proposal_data(own_service, description=long_text)
    response = provider_client.post(change_url(own_service), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "must be 10,000 characters or fewer. It has 19,999 characters now." in content
    assert long_text.strip() in content
    assert not ChangeRequest.objects.exists()


def test_a_nul_character_is_refused_not_a_server_error(provider_client, own_service):
    data = proposal_data(own_service, summary="Null \x00 byte")
    response = provider_client.post(change_url(own_service), data)
    assert response.status_code == 200
    assert not ChangeRequest.objects.exists()


def test_a_tampered_management_form_is_a_message_not_an_error(provider_client, own_service):
    data = proposal_data(own_service, summary="Changed", **{"locations-TOTAL_FORMS": "abc"})
    response = provider_client.post(change_url(own_service), data)
    assert response.status_code == 200
    assert not ChangeRequest.objects.exists()


def test_amending_updates_the_same_change(provider_client, own_service, provider):
    change = change_for(own_service, provider, summary="First idea.")
    content = provider_client.get(change_url(own_service)).content.decode()
    assert "First idea." in content
    assert "Amend the waiting change" in content
    data = proposal_data(own_service, summary="Second idea.", version="1")
    response = provider_client.post(change_url(own_service), data)
    assert response.status_code == 302
    change.refresh_from_db()
    assert change.proposed["summary"] == "Second idea."
    assert change.version == 2
    assert ChangeRequest.objects.count() == 1


def test_two_providers_cannot_silently_overwrite_each_other(client, own_service, provider):
    colleague = provider_user(provider.organisation)
    change_for(own_service, provider, summary="Robin's change.")
    client.force_login(colleague)
    # The colleague's form was opened before Robin's change was amended (version 1)...
    change = ChangeRequest.objects.get()
    change.version = 2
    change.save()
    data = proposal_data(own_service, summary="Colleague's change.", version="1")
    response = client.post(change_url(own_service), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Someone else amended this change while you were editing it" in content
    assert "Colleague&#x27;s change." in content  # their words are kept
    change.refresh_from_db()
    assert change.proposed["summary"] == "Robin's change."


def test_a_second_new_proposal_while_one_waits_is_refused(client, own_service, provider):
    colleague = provider_user(provider.organisation)
    change_for(own_service, provider, summary="Robin's change.")
    client.force_login(colleague)
    data = proposal_data(own_service, summary="Colleague's change.")  # no version: a new one
    response = client.post(change_url(own_service), data)
    assert response.status_code == 200
    assert "already waiting for approval" in response.content.decode()
    assert ChangeRequest.objects.get().proposed["summary"] == "Robin's change."


def test_withdraw(provider_client, own_service, provider):
    change = change_for(own_service, provider, summary="Never mind.")
    url = reverse("providers:change_withdraw", kwargs={"pk": change.pk})
    assert provider_client.get(url).status_code == 200
    response = provider_client.post(url)
    assert response.status_code == 302
    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.WITHDRAWN
    # Withdrawing twice is a message, not an error.
    response = provider_client.post(url, follow=True)
    assert "Only a change that is waiting for approval can be withdrawn." in (
        response.content.decode()
    )


def test_an_archived_service_cannot_be_changed(provider_client, own_service):
    Service.objects.filter(pk=own_service.pk).update(status=Service.Status.ARCHIVED)
    response = provider_client.post(
        change_url(own_service), proposal_data(own_service, summary="Back again"), follow=True
    )
    assert "has been removed, so it cannot be changed" in response.content.decode()
    assert not ChangeRequest.objects.exists()
    response = provider_client.post(
        reverse("providers:service_confirm", kwargs={"slug": own_service.slug}), follow=True
    )
    assert "has been removed from the Local Offer" in response.content.decode()


def test_propose_a_new_service(provider_client, provider):
    from tests.factories import area

    data = proposal_data(
        None,
        name="Willowmere Holiday Club",
        summary="Play sessions in the school holidays.",
        description="Games, crafts and trips for disabled children.",
        how_to_access="Phone us to book.",
        level="universal",
        where_offered="in_area",
        min_age="5",
        max_age="11",
        is_free="1",
        areas=[str(area("leisure-and-short-breaks").pk)],
        **{
            "locations-0-name": "Willowmere School",
            "locations-0-address": "1 School Lane\nBrindlemoor",
            "locations-0-postcode": "bm1 2ab",
            "locations-0-day_0": "10:00 to 15:00",
        },
    )
    response = provider_client.post(reverse("providers:service_new"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    change = ChangeRequest.objects.get()
    assert change.kind == ChangeRequest.Kind.NEW
    assert change.service is None
    assert change.organisation == provider.organisation
    assert change.proposed["locations"][0]["postcode"] == "BM1 2AB"
    assert not Service.objects.filter(name="Willowmere Holiday Club").exists()


def test_ask_to_archive(provider_client, own_service):
    url = reverse("providers:service_archive", kwargs={"slug": own_service.slug})
    response = provider_client.post(url, {"note": ""})
    assert "Enter why the service should be removed" in response.content.decode()
    response = provider_client.post(url, {"note": "The club closed in July."})
    assert response.status_code == 302
    change = ChangeRequest.objects.get()
    assert change.kind == ChangeRequest.Kind.ARCHIVE
    own_service.refresh_from_db()
    assert own_service.status == Service.Status.PUBLISHED


def test_confirm_still_accurate_records_a_review(client, provider_client, own_service):
    from datetime import date

    Service.objects.filter(pk=own_service.pk).update(
        last_reviewed=date(2025, 1, 1), review_due=date(2026, 1, 1)
    )
    url = reverse("providers:service_confirm", kwargs={"slug": own_service.slug})
    assert provider_client.get(url).status_code == 200
    response = provider_client.post(url)
    assert response.status_code == 302
    own_service.refresh_from_db()
    from django.utils import timezone

    today = timezone.localdate()
    assert own_service.last_reviewed == today
    assert own_service.provider_checked == today
    assert own_service.review_due > today
    assert not ChangeRequest.objects.exists()
    assert own_service.history.first().history_change_reason == "Checked by the provider"
    page = client.get(own_service.get_absolute_url()).content.decode()
    assert "Checked by the provider on" in page


def test_dashboard_shows_status_and_what_needs_doing(provider_client, own_service, provider):
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    Service.objects.filter(pk=own_service.pk).update(
        last_reviewed=today - timedelta(days=400), review_due=today - timedelta(days=3)
    )
    change_for(own_service, provider, summary="Newer words.")
    content = provider_client.get(reverse("providers:dashboard")).content.decode()
    assert "Check overdue" in content
    assert "Change waiting for approval" in content
    assert "What needs doing" in content


def test_dashboard_queries_do_not_grow_with_services(
    provider_client, provider, django_assert_max_num_queries
):
    from tests.factories import ServiceFactory

    ServiceFactory.create_batch(3, organisation=provider.organisation)
    with django_assert_max_num_queries(12):
        provider_client.get(reverse("providers:dashboard"))
    ServiceFactory.create_batch(20, organisation=provider.organisation)
    with django_assert_max_num_queries(12):
        provider_client.get(reverse("providers:dashboard"))
