"""Two-factor sign-in in detail: which codes are accepted by which device, backup codes,
replacing an authenticator, and the sign-in form's second step (security.twofactor,
security.admin_site)."""

import base64

import pytest
from django.urls import reverse
from django.utils.html import escape
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.admin_site import NO_SECOND_FACTOR, WRONG_CODE, is_verified
from security.models import AuditEvent
from security.twofactor import (
    AUTHENTICATOR_NAME,
    BACKUP_DEVICE_NAME,
    authenticator_replace,
    backup_codes_issue,
    has_second_factor,
    normalised_code,
    second_factor_verify,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
PASSWORD = "a-long-test-password-42"


@pytest.fixture
def staff(db):
    return UserFactory(username="staffer", is_staff=True, is_superuser=True)


def code_now(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def backup_device(user, codes, confirmed=True):
    device = StaticDevice.objects.create(user=user, name="test", confirmed=confirmed)
    for code in codes:
        StaticToken.objects.create(device=device, token=code)
    return device


@pytest.mark.parametrize(
    ("typed", "code"),
    [("123 456", "123456"), (" AbCd\tEfGh \n", "abcdefgh"), (None, ""), ("", "")],
)
def test_codes_are_read_without_spaces_and_in_lower_case(typed, code):
    assert normalised_code(typed) == code


def test_no_code_or_no_person_is_never_accepted(staff):
    device = backup_device(staff, ["abcdefgh"])
    assert second_factor_verify(staff, "") is None
    assert second_factor_verify(staff, "   ") is None
    assert second_factor_verify(None, "abcdefgh") is None
    # An empty box is not even tried, so it does not slow down the next real attempt.
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_a_backup_code_is_accepted_once_as_typed_with_spaces_and_capitals(staff):
    device = backup_device(staff, ["abcdefgh"])
    assert second_factor_verify(staff, "ABCD EFGH") == device
    assert second_factor_verify(staff, "abcdefgh") is None


def test_six_digits_are_checked_against_the_authenticator_only(staff):
    device = authenticator_replace(user=staff).device
    backup = backup_device(staff, ["123456"])
    assert second_factor_verify(staff, code_now(device)) == TOTPDevice.objects.get(user=staff)
    assert second_factor_verify(staff, "123456") is None  # digits: not a backup code
    backup.refresh_from_db()
    assert backup.throttling_failure_count == 0  # so it did not throttle the backup codes


def test_a_wrong_backup_code_does_not_throttle_the_authenticator(staff):
    device = authenticator_replace(user=staff).device
    backup_device(staff, ["abcdefgh"])
    assert second_factor_verify(staff, "zzzzzzzz") is None
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_unconfirmed_devices_and_other_people_s_codes_are_not_accepted(staff):
    backup_device(staff, ["abcdefgh"], confirmed=False)
    other = UserFactory(username="other", is_staff=True)
    backup_device(other, ["ijklmnop"])
    assert second_factor_verify(staff, "abcdefgh") is None
    assert second_factor_verify(staff, "ijklmnop") is None
    assert not has_second_factor(staff)


def test_has_second_factor_with_either_kind(staff):
    assert not has_second_factor(staff)
    authenticator_replace(user=staff)
    assert has_second_factor(staff)
    other = UserFactory(username="other", is_staff=True)
    backup_codes_issue(user=other, count=1)
    assert has_second_factor(other)


def test_backup_codes_replace_the_old_ones(staff):
    first = backup_codes_issue(user=staff)
    assert len(first) == len(set(first)) == 10
    device = StaticDevice.objects.get(user=staff)
    assert (device.name, device.confirmed) == (BACKUP_DEVICE_NAME, True)
    device.throttling_failure_count = 3
    device.save()
    second = backup_codes_issue(user=staff, count=3)
    assert len(second) == 3
    device = StaticDevice.objects.get(user=staff)  # still one device
    assert device.throttling_failure_count == 0
    assert sorted(device.token_set.values_list("token", flat=True)) == sorted(second)
    assert second_factor_verify(staff, second[0]) == device
    assert second_factor_verify(staff, first[0]) is None


def test_a_new_authenticator_replaces_the_lost_one_and_only_that(staff):
    other = UserFactory(username="other", is_staff=True)
    others = authenticator_replace(user=other).device
    lost = authenticator_replace(user=staff).device
    new = authenticator_replace(user=staff)
    assert list(TOTPDevice.objects.filter(user=staff)) == [new.device]
    assert not TOTPDevice.objects.filter(pk=lost.pk).exists()
    assert TOTPDevice.objects.filter(pk=others.pk).exists()
    assert (new.device.name, new.device.confirmed) == (AUTHENTICATOR_NAME, True)
    assert new.config_url == new.device.config_url
    assert new.config_url.startswith("otpauth://totp/")
    assert new.secret == base64.b32encode(new.device.bin_key).decode().rstrip("=")
    assert "=" not in new.secret
    assert f"secret={new.secret}" in new.config_url
    assert second_factor_verify(staff, code_now(new.device)) == new.device


# --- the sign-in form ---------------------------------------------------------------------


def attempt(client, password=PASSWORD, code=""):
    return client.post(
        LOGIN,
        {"username": "staffer", "password": password, "otp_token": code, "next": "/admin/"},
        REMOTE_ADDR="192.0.2.4",
    )


def test_the_sign_in_page_asks_for_a_security_code(client):
    response = client.get(LOGIN)
    html = response.content.decode()
    assert "security/admin_login.html" in [t.name for t in response.templates]
    assert '<label for="id_otp_token">Security code:</label>' in html
    assert 'autocomplete="one-time-code"' in html
    assert 'spellcheck="false"' in html
    assert 'autocapitalize="none"' in html
    assert "The 6-digit code from your authenticator app, or a backup code." in html


def test_a_wrong_password_is_not_reported_as_a_second_factor_problem(client, staff):
    backup_codes_issue(user=staff)
    html = attempt(client, password="wrong", code="123456").content.decode()
    assert "Please enter the correct username and password" in html
    assert WRONG_CODE not in html
    details = set(AuditEvent.objects.values_list("detail", flat=True))
    assert details == {"wrong username or password"}


def test_a_wrong_code_says_so_and_is_recorded(client, staff):
    backup_codes_issue(user=staff)
    response = attempt(client, code="zzzzzzzz")
    assert WRONG_CODE in response.content.decode()
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get(action="sign_in_failed")
    assert (event.username, event.detail, event.ip_address) == (
        "staffer",
        "wrong security code",
        "192.0.2.4",
    )


def test_no_second_factor_says_who_can_help_and_is_recorded(client, staff):
    response = attempt(client, code="123456")
    assert escape(NO_SECOND_FACTOR) in response.content.decode()
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get(action="sign_in_failed")
    assert (event.username, event.detail) == ("staffer", "no second factor")


def test_a_right_code_verifies_the_session(client, staff):
    code = backup_codes_issue(user=staff)[0]
    assert attempt(client, code=code).status_code == 302
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert is_verified(response.wsgi_request.user)


def test_is_verified_needs_a_verified_session(staff):
    assert not is_verified(staff)  # no OTP middleware: no is_verified at all
    staff.is_verified = lambda: False
    assert not is_verified(staff)
    staff.is_verified = lambda: True
    assert is_verified(staff) is True


def test_the_second_step_s_error_has_its_own_code(rf, staff):
    from security.admin_site import StaffSignInForm

    staff.set_password(PASSWORD)
    staff.save()
    backup_codes_issue(user=staff)
    request = rf.post(LOGIN)
    form = StaffSignInForm(
        request, data={"username": "staffer", "password": PASSWORD, "otp_token": "zzzzzzzz"}
    )
    assert not form.is_valid()
    assert [e.code for e in form.non_field_errors().as_data()] == ["second_factor"]
    assert form.get_user() is None
