"""Officers approve or reject proposed changes in admin, through the directory services."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core import pagecache
from directory.models import Location, Service
from providers.models import ChangeRequest
from providers.selectors import service_snapshot
from providers.services import ChangeConflict, change_request_approve
from tests.factories import need
from tests.providers.factories import change_for
from tests.signin import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer_browser(officer):
    client = Client()
    sign_in(client, officer)
    return client


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def approve_url(change):
    return reverse("admin:providers_changerequest_approve", args=[change.pk])


def reject_url(change):
    return reverse("admin:providers_changerequest_reject", args=[change.pk])


def test_the_queue_opens_on_waiting_changes(officer_browser, own_service, provider):
    change = change_for(own_service, provider, summary="New words.")
    url = reverse("admin:providers_changerequest_changelist")
    content = officer_browser.get(url).content.decode()
    assert str(change) in content
    change.status = ChangeRequest.Status.WITHDRAWN
    change.save()
    assert str(change) not in officer_browser.get(url).content.decode()
    assert str(change) in officer_browser.get(url, {"state": "all"}).content.decode()
    assert str(change) in officer_browser.get(url, {"state": "decided"}).content.decode()


def test_the_review_page_shows_current_and_proposed_side_by_side(
    officer_browser, own_service, provider
):
    base = service_snapshot(own_service)
    location = dict(base["locations"][0], opening_times=[[5, "09:00", "11:00"]])
    change = change_for(
        own_service, provider, eligibility="Autistic children.", locations=[location]
    )
    content = officer_browser.get(
        reverse("admin:providers_changerequest_change", args=[change.pk])
    ).content.decode()
    assert "Autistic children." in content
    assert "Saturday 10:00 to 12:00" in content
    assert "Saturday 09:00 to 11:00" in content
    assert "Approve and publish" in content
    assert "Robin Alder" in content or provider.email in content


def test_approve_applies_the_change_with_history_and_refreshes_search(
    client, officer, officer_browser, own_service, provider, django_capture_on_commit_callbacks
):
    base = service_snapshot(own_service)
    location = dict(base["locations"][0], opening_times=[[5, "09:00", "11:00"]])
    change = change_for(
        own_service,
        provider,
        eligibility="Autistic children and their brothers and sisters.",
        level="targeted",
        locations=[location],
        needs=sorted([*base["needs"], need("specific-learning-difficulties").pk]),
    )
    public = client.get(own_service.get_absolute_url()).content.decode()
    assert "brothers and sisters" not in public
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_browser.post(approve_url(change))
    assert response.status_code == 302
    pagecache.reset()  # as another second passing would
    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.APPROVED
    assert change.decided_by == officer
    own_service.refresh_from_db()
    assert own_service.level == "targeted"
    assert own_service.last_reviewed == timezone.localdate()
    record = own_service.history.first()
    assert record.history_user == provider
    assert "approved by" in record.history_change_reason
    assert str(change.pk) in record.history_change_reason
    opening = own_service.locations.get().opening_times.get()
    assert (opening.opens.hour, opening.closes.hour) == (9, 11)
    assert opening.history.first().history_user == provider
    public = client.get(own_service.get_absolute_url()).content.decode()
    assert "brothers and sisters" in public
    # The search index (need ids, search text) was refreshed for the new need.
    assert need("specific-learning-difficulties").pk in own_service.need_ids
    assert "Specific learning difficulties" in own_service.search_extra
    assert any("approved" in m.subject for m in mail.outbox)


def test_approve_only_changes_what_the_provider_changed(own_service, provider, officer):
    change = change_for(own_service, provider, summary="Provider's summary.")
    # An officer changes another field meanwhile: it must survive the approval.
    Service.objects.filter(pk=own_service.pk).update(how_to_access="Officer's newer words.")
    change_request_approve(change=change, user=officer)
    own_service.refresh_from_db()
    assert own_service.summary == "Provider's summary."
    assert own_service.how_to_access == "Officer's newer words."


def test_stale_approval_shows_the_conflict_and_does_not_overwrite(
    officer_browser, own_service, provider
):
    change = change_for(own_service, provider, summary="Provider's summary.")
    Service.objects.filter(pk=own_service.pk).update(summary="Officer's newer summary.")
    page = officer_browser.get(
        reverse("admin:providers_changerequest_change", args=[change.pk])
    ).content.decode()
    assert "has changed since the provider proposed this" in page
    assert "Officer&#x27;s newer summary." in page
    response = officer_browser.post(approve_url(change), follow=True)
    assert "Not approved yet" in response.content.decode()
    own_service.refresh_from_db()
    assert own_service.summary == "Officer's newer summary."
    change.refresh_from_db()
    assert change.is_pending
    # The officer decides to use the provider's words after all.
    officer_browser.post(approve_url(change), {"overwrite_newer": "yes"})
    own_service.refresh_from_db()
    assert own_service.summary == "Provider's summary."


def test_conflict_raised_by_the_service(own_service, provider, officer):
    change = change_for(own_service, provider, needs=[])
    own_service.needs.clear()
    own_service.needs.add(need("specific-learning-difficulties"))
    with pytest.raises(ChangeConflict) as caught:
        change_request_approve(change=change, user=officer)
    assert caught.value.fields == ["needs"]


def test_reject_needs_a_reason_and_tells_the_provider(
    officer_browser, own_service, provider, provider_client, django_capture_on_commit_callbacks
):
    change = change_for(own_service, provider, summary="Too salesy!!!")
    response = officer_browser.post(reject_url(change), {"rejection_reason": "  "}, follow=True)
    assert "enter why the change is not approved" in response.content.decode()
    change.refresh_from_db()
    assert change.is_pending
    with django_capture_on_commit_callbacks(execute=True):
        officer_browser.post(
            reject_url(change), {"rejection_reason": "Please describe the service plainly."}
        )
    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.REJECTED
    own_service.refresh_from_db()
    assert own_service.summary != "Too salesy!!!"
    (message,) = [m for m in mail.outbox if "not approved" in m.subject]
    assert message.to == [provider.email]
    assert "Please describe the service plainly." in message.body
    page = provider_client.get(
        reverse("providers:change_detail", kwargs={"pk": change.pk})
    ).content.decode()
    assert "Please describe the service plainly." in page


def test_deciding_twice_is_a_message(officer_browser, own_service, provider):
    change = change_for(own_service, provider, summary="Once.")
    officer_browser.post(approve_url(change))
    response = officer_browser.post(approve_url(change), follow=True)
    assert "already been decided" in response.content.decode()
    response = officer_browser.post(reject_url(change), {"rejection_reason": "x"}, follow=True)
    assert "already been decided" in response.content.decode()


def test_approving_a_new_service_publishes_it(officer, provider):
    from tests.factories import area

    change = ChangeRequest.objects.create(
        organisation=provider.organisation,
        kind=ChangeRequest.Kind.NEW,
        proposed={
            "name": "Willowmere Holiday Club",
            "summary": "Play in the holidays.",
            "description": "Games and trips.",
            "how_to_access": "Phone us.",
            "level": "universal",
            "where_offered": "in_area",
            "min_age": 5,
            "max_age": 11,
            "is_free": True,
            "eligibility": "",
            "needs": [],
            "areas": [area("leisure-and-short-breaks").pk],
            "locations": [
                {
                    "id": None,
                    "name": "Willowmere School",
                    "address": "1 School Lane",
                    "postcode": "BM1 2AB",
                    "accessibility": "",
                    "opening_exceptions": "",
                    "opening_times": [[0, "10:00", "15:00"]],
                }
            ],
        },
        proposed_by=provider,
    )
    change_request_approve(change=change, user=officer)
    service = Service.objects.get(name="Willowmere Holiday Club")
    assert service.status == Service.Status.PUBLISHED
    assert service.organisation == provider.organisation
    assert service.slug == "willowmere-holiday-club"
    assert service.locations.get().opening_times.count() == 1
    change.refresh_from_db()
    assert change.service == service


def test_approving_an_archive_request_archives(officer, own_service, provider):
    change = ChangeRequest.objects.create(
        organisation=own_service.organisation,
        service=own_service,
        kind=ChangeRequest.Kind.ARCHIVE,
        note="Closed.",
        proposed_by=provider,
    )
    change_request_approve(change=change, user=officer)
    own_service.refresh_from_db()
    assert own_service.status == Service.Status.ARCHIVED


def test_approving_for_an_archived_service_is_refused(officer_browser, own_service, provider):
    change = change_for(own_service, provider, summary="Late change.")
    Service.objects.filter(pk=own_service.pk).update(status=Service.Status.ARCHIVED)
    response = officer_browser.post(approve_url(change), follow=True)
    assert "has been removed from the Local Offer" in response.content.decode()
    change.refresh_from_db()
    assert change.is_pending


def test_removed_and_added_locations(officer, own_service, provider):
    change = change_for(
        own_service,
        provider,
        locations=[
            {
                "id": None,
                "name": "New hall",
                "address": "5 Lane",
                "postcode": "BM4 4AA",
                "accessibility": "Step-free.",
                "opening_exceptions": "",
                "opening_times": [],
            }
        ],
    )
    # An officer adds a venue after the provider proposed: a conflict on locations...
    officer_added = Location.objects.create(
        service=own_service, name="Officer's venue", address="2 Road", postcode="BM9 9ZZ"
    )
    with pytest.raises(ChangeConflict):
        change_request_approve(change=change, user=officer)
    # ...and approving anyway removes only what the provider removed.
    change_request_approve(change=change, user=officer, overwrite_newer=True)
    names = set(own_service.locations.values_list("name", flat=True))
    assert names == {"New hall", officer_added.name}


def test_an_invalid_result_is_refused_with_the_reason(officer_browser, own_service, provider):
    change = change_for(own_service, provider, level="specialist")  # no eligibility given
    response = officer_browser.post(approve_url(change), follow=True)
    assert "would leave the service invalid" in response.content.decode()
    own_service.refresh_from_db()
    assert own_service.level == "universal"


def test_due_reviews_page_lists_services_without_a_provider(officer_browser, own_service):
    from tests.factories import ServiceFactory

    today = timezone.localdate()
    orphan = ServiceFactory(
        name="Unclaimed Play Service",
        last_reviewed=today - timedelta(days=400),
        review_due=today - timedelta(days=10),
    )
    response = officer_browser.get(
        reverse("admin:providers_serviceforreview_changelist"), {"provider": "no"}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert orphan.name in content
    assert own_service.name not in content


def test_edit_then_approve(officer_browser, own_service, provider):
    change = change_for(own_service, provider, summary="A summry with a typo.")
    url = reverse("providers:change_edit", kwargs={"pk": change.pk})
    page = officer_browser.get(url).content.decode()
    assert "You are editing this proposal as a council officer" in page
    from tests.providers.factories import proposal_data

    data = proposal_data(own_service, summary="A summary without the typo.", version="1")
    response = officer_browser.post(url, data)
    assert response.status_code == 302
    assert response.url == reverse("admin:providers_changerequest_change", args=[change.pk])
    change.refresh_from_db()
    assert change.proposed["summary"] == "A summary without the typo."
    assert change.proposed_by == provider
    assert "before approval" in change.note
    officer_browser.post(approve_url(change))
    own_service.refresh_from_db()
    assert own_service.summary == "A summary without the typo."
    assert own_service.history.first().history_user == provider


def test_a_provider_cannot_use_the_officer_edit_for_another_organisation(
    provider_client, other_service
):
    from tests.providers.factories import provider_user

    change = change_for(other_service, provider_user(other_service.organisation), summary="x")
    url = reverse("providers:change_edit", kwargs={"pk": change.pk})
    assert provider_client.get(url).status_code == 404
