"""Invitations: an officer invites a person; the single-use link expires; access can be removed."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.roles import PROVIDER
from providers.models import Invitation, ProviderMembership
from providers.services import invitation_create
from tests.factories import OrganisationFactory, UserFactory
from tests.providers.factories import InvitationFactory
from tests.signin import sign_in

pytestmark = pytest.mark.django_db

PASSWORD = "lantern-heron-47-quietly"


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = "https://localoffer.example.org"


def invite(organisation, email="new.person@example.org", by=None, capture=None):
    with capture(execute=True):
        invitation = invitation_create(email=email, organisation=organisation, invited_by=by)
    (message,) = [m for m in mail.outbox if email in m.to]
    link = re.search(
        r"https://localoffer\.example\.org(/provider/invitation/[^/\s]+/)", message.body
    )
    return invitation, link.group(1)


def accept_data(**overrides):
    return {
        "first_name": "Sam",
        "last_name": "Reed",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **overrides,
    }


def test_an_officer_invites_from_admin(officer, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory()
    client = Client()
    sign_in(client, officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:providers_invitation_add"),
            {"email": "Head@Example.org", "organisation": organisation.pk},
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "Head@example.org"
    assert invitation.invited_by == officer
    assert invitation.status == Invitation.Status.PENDING
    (message,) = mail.outbox
    assert "/provider/invitation/" in message.body
    assert invitation.token_hash not in message.body  # only the token travels


def test_accepting_sets_a_password_and_gives_access(client, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory()
    invitation, link = invite(organisation, capture=django_capture_on_commit_callbacks)
    assert client.get(link).status_code == 200
    response = client.post(link, accept_data())
    assert response.status_code == 302
    assert response.url == reverse("providers:dashboard")
    user = get_user_model().objects.get(email="new.person@example.org")
    assert user.check_password(PASSWORD)
    assert not user.is_staff
    assert user.groups.filter(name=PROVIDER).exists()
    assert ProviderMembership.objects.filter(user=user, organisation=organisation).exists()
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.ACCEPTED
    # Single use: the link no longer works, even signed out.
    client.logout()
    response = client.get(link)
    assert response.status_code == 404
    assert "already been accepted" in response.content.decode()


def test_the_password_must_pass_the_validators(client, django_capture_on_commit_callbacks):
    _, link = invite(OrganisationFactory(), capture=django_capture_on_commit_callbacks)
    for password in ["short", "password123", "12345678901"]:
        response = client.post(link, accept_data(password1=password, password2=password))
        assert response.status_code == 200
        assert "<title>Error: " in response.content.decode()
    response = client.post(link, accept_data(password2="something-else-entirely"))
    assert "The passwords do not match" in response.content.decode()
    assert not get_user_model().objects.filter(email="new.person@example.org").exists()


def test_expired_revoked_and_made_up_links_get_a_plain_message(client):
    expired = InvitationFactory(token="expired-token-abcdefghijklmnop-123456")
    Invitation.objects.filter(pk=expired.pk).update(expires=timezone.now() - timedelta(days=1))
    revoked = InvitationFactory(
        token="revoked-token-abcdefghijklmnop-123456", revoked=timezone.now()
    )
    cases = {
        "expired-token-abcdefghijklmnop-123456": "has expired",
        "revoked-token-abcdefghijklmnop-123456": "withdrawn this invitation",
        "tampered-token-abcdefghijklmnop-12345": "copied the whole link",
        "x": "copied the whole link",
    }
    for token, words in cases.items():
        url = reverse("providers:invitation", kwargs={"token": token})
        for method in ("get", "post"):
            response = getattr(client, method)(url, accept_data() if method == "post" else None)
            assert response.status_code == 404
            assert words in response.content.decode()
    assert not ProviderMembership.objects.exists()
    assert revoked.status == Invitation.Status.REVOKED


def test_resending_replaces_the_link(officer, client, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory()
    invitation, old_link = invite(organisation, capture=django_capture_on_commit_callbacks)
    admin = Client()
    sign_in(admin, officer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(
            reverse("admin:providers_invitation_changelist"),
            {"action": "resend", "_selected_action": [invitation.pk]},
        )
    (message,) = mail.outbox
    new_link = re.search(r"(/provider/invitation/[^/\s]+/)", message.body).group(1)
    assert new_link != old_link
    assert client.get(old_link).status_code == 404
    assert client.get(new_link).status_code == 200


def test_revoking_stops_the_link(officer, client, django_capture_on_commit_callbacks):
    invitation, link = invite(OrganisationFactory(), capture=django_capture_on_commit_callbacks)
    admin = Client()
    sign_in(admin, officer)
    admin.post(
        reverse("admin:providers_invitation_changelist"),
        {"action": "revoke", "_selected_action": [invitation.pk]},
    )
    assert client.post(link, accept_data()).status_code == 404
    assert not get_user_model().objects.filter(email="new.person@example.org").exists()


def test_an_existing_account_accepts_with_its_password(
    client, provider, django_capture_on_commit_callbacks
):
    second = OrganisationFactory(name="Second Trust", slug="second-trust")
    _, link = invite(second, email=provider.email, capture=django_capture_on_commit_callbacks)
    response = client.post(link, {"password": "wrong"})
    assert "The password is not right" in response.content.decode()
    response = client.post(link, {"password": "a-long-test-password-42"})
    assert response.status_code == 302
    assert set(provider.provider_memberships.values_list("organisation__slug", flat=True)) == {
        "willowmere-family-trust",
        "second-trust",
    }


def test_inviting_someone_who_already_has_access_is_refused(officer, provider):
    admin = Client()
    sign_in(admin, officer)
    response = admin.post(
        reverse("admin:providers_invitation_add"),
        {"email": provider.email, "organisation": provider.organisation.pk},
    )
    assert response.status_code == 200
    assert "can already update" in response.content.decode()
    assert not Invitation.objects.exists()


def test_removing_access(officer, provider, own_service):
    admin = Client()
    sign_in(admin, officer)
    membership = provider.provider_memberships.get()
    admin.post(
        reverse("admin:providers_providermembership_changelist"),
        {"action": "remove_access", "_selected_action": [membership.pk]},
    )
    assert not ProviderMembership.objects.exists()
    portal = Client()
    portal.force_login(provider)
    url = reverse("providers:service_detail", kwargs={"slug": own_service.slug})
    assert portal.get(url).status_code in (403, 404)


def test_provider_sign_in_and_out(client, provider):
    url = reverse("providers:login")
    response = client.post(url, {"username": provider.email, "password": "wrong"})
    assert "Enter a correct email address and password" in response.content.decode()
    assert "<title>Error: " in response.content.decode()
    response = client.post(
        url, {"username": provider.email.upper(), "password": "a-long-test-password-42"}
    )
    assert response.status_code == 302
    assert response.url == reverse("providers:dashboard")
    assert client.get(reverse("providers:logout")).status_code == 405  # sign out is a POST
    response = client.post(reverse("providers:logout"))
    assert response.status_code == 302
    assert client.get(reverse("providers:dashboard")).status_code == 302


def test_password_reset_emails_a_link(client, provider):
    response = client.post(reverse("providers:password_reset"), {"email": provider.email})
    assert response.status_code == 302
    (message,) = mail.outbox
    link = re.search(r"http://testserver(/provider/password-reset/[^\s]+/)", message.body).group(1)
    response = client.get(link, follow=True)
    assert "Choose a new password" in response.content.decode()


def test_a_staff_user_is_not_made_a_provider_by_mistake(client):
    staff = UserFactory(username="staffer", is_staff=True)
    client.force_login(staff)
    assert client.get(reverse("providers:dashboard")).status_code == 403
