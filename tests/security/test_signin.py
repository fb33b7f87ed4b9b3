"""Sign-in: lockout after repeated failures, two-factor sign-in for staff, idle timeout."""

import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.middleware import LAST_SEEN_KEY
from security.models import AuditEvent
from security.twofactor import authenticator_replace, backup_codes_issue
from tests.factories import UserFactory
from tests.signin import sign_in

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
PASSWORD = "a-long-test-password-42"


@pytest.fixture
def staff(db):
    return UserFactory(username="staffer", is_staff=True, is_superuser=True)


def attempt(client, username="staffer", password=PASSWORD, code="", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "otp_token": code, "next": "/admin/"},
        **extra,
    )


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("at", "pk").values_list("action", flat=True))


# --- two-factor sign-in --------------------------------------------------------------


def test_the_right_password_alone_does_not_sign_staff_in(client, staff):
    backup_codes_issue(user=staff)
    response = attempt(client)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Enter the 6-digit code" in response.content.decode()


def test_a_backup_code_signs_in_once(client, staff):
    code = backup_codes_issue(user=staff, count=2)[0]
    response = attempt(client, code=code)
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    client.logout()
    assert "_auth_user_id" not in attempt(client, code=code).wsgi_request.session


def test_a_code_from_the_authenticator_app_signs_in(client, staff):
    device = authenticator_replace(user=staff).device
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    response = attempt(client, code=code)
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_a_staff_account_without_a_second_factor_is_told_who_can_help(client, staff):
    response = attempt(client, code="123456")
    assert "does not have two-factor sign-in set up" in response.content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:index"),
        reverse("admin:feedback_comment_changelist"),
        reverse("admin:directory_service_changelist"),
        reverse("admin:security_auditevent_changelist"),
    ],
)
def test_every_admin_page_needs_the_second_factor(client, staff, method, url):
    client.force_login(staff)  # password only: no verified device in the session
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


# --- lockout -----------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(client, staff, settings):
    code = backup_codes_issue(user=staff)[0]
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, password="wrong").status_code == 200
    # The fifth failure locks the account: the page says so.
    assert attempt(client, password="wrong").status_code == 429
    response = attempt(client, code=code)
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert actions().count("sign_in_failed") >= settings.AXES_FAILURE_LIMIT
    assert "locked_out" in actions()


def test_failures_on_many_accounts_lock_out_the_address(client, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, username=f"guess{n}", password="wrong")
    assert attempt(client, username="another", password="wrong").status_code == 429


def test_wrong_security_codes_count_towards_the_lockout(client, staff, settings):
    code = backup_codes_issue(user=staff)[0]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, code="000000")
    assert attempt(client, code=code).status_code == 429
    failed = AuditEvent.objects.filter(action="sign_in_failed", username="staffer")
    assert failed.filter(detail="wrong security code").exists()


def test_a_successful_sign_in_is_audited(client, staff):
    attempt(client, code=backup_codes_issue(user=staff)[0])
    event = AuditEvent.objects.get(action="sign_in")
    assert (event.user, event.ip_address) == (staff, "127.0.0.1")


# --- idle timeout -----------------------------------------------------------------------


def test_staff_are_signed_out_after_30_idle_minutes(client, staff):
    sign_in(client, staff)
    assert client.get(reverse("admin:index")).status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = time.time() - 31 * 60
    session.save()
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert "timed_out" in actions()


def test_staff_working_within_30_minutes_stay_signed_in(client, staff):
    sign_in(client, staff)
    client.get(reverse("admin:index"))
    session = client.session
    session[LAST_SEEN_KEY] = time.time() - 29 * 60
    session.save()
    assert client.get(reverse("admin:index")).status_code == 200
