"""Provider sign-in has the same brute-force protection as staff sign-in (django-axes)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = reverse("providers:login")
PASSWORD = "a-long-provider-password-42"


@pytest.fixture
def provider_with_password(provider):
    provider.set_password(PASSWORD)
    provider.save()
    return provider


def attempt(client, password, username="provider@example.org"):
    return client.post(LOGIN, {"username": username, "password": password})


def _lock_out(client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong-password").status_code == 200
    return attempt(client, "wrong-password")


def test_wrong_passwords_lock_the_provider_out_with_a_plain_page(
    client, provider_with_password, settings
):
    response = _lock_out(client, settings)

    assert response.status_code == 429
    content = response.content.decode()
    assert "Too many failed sign-in attempts" in content
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert f"Wait {minutes} minutes, then try again." in content
    # The portal's GOV.UK page, not the admin's.
    assert 'class="govuk-heading-xl"' in content
    assert "Provider portal" in content
    assert "Django" not in content and 'id="site-name"' not in content
    assert content.count("<h1") == 1
    assert "<title>Too many failed sign-in attempts - " in content


def test_the_right_password_is_refused_while_locked_out(client, provider_with_password, settings):
    _lock_out(client, settings)

    response = attempt(client, PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("providers:dashboard")).status_code == 302


def test_the_password_reset_page_still_opens_while_locked_out(client, provider, settings):
    _lock_out(client, settings)

    response = client.get(reverse("providers:password_reset"))

    assert response.status_code == 200


def test_the_right_password_works_once_the_lockout_ends(client, provider_with_password, settings):
    _lock_out(client, settings)
    assert attempt(client, PASSWORD).status_code == 429

    # As if the wait had passed.
    earlier = settings.AXES_COOLOFF_TIME + timedelta(minutes=1)
    for access in AccessAttempt.objects.all():
        access.attempt_time -= earlier
        access.save()

    response = attempt(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("providers:dashboard")
    assert client.session["_auth_user_id"] == str(provider_with_password.pk)


def test_the_email_address_in_another_case_counts_towards_the_same_lockout(
    client, provider_with_password, settings
):
    for n in range(settings.AXES_FAILURE_LIMIT):
        username = "PROVIDER@example.org" if n % 2 else "provider@example.org"
        attempt(client, "wrong-password", username=username)

    assert attempt(client, PASSWORD).status_code == 429
