"""Headers, security.txt, the deploy checks and who may delete what."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse

from core.roles import LA_OFFICER, MODERATOR, roles_ensure
from security.checks import https_settings_check, security_settings_check
from tests.factories import ServiceFactory
from tests.feedback.factories import ReportingPeriodFactory

pytestmark = pytest.mark.django_db


def test_pages_switch_off_browser_features_they_do_not_use(client):
    policy = client.get(reverse("home"))["Permissions-Policy"]
    assert "camera=()" in policy
    assert "geolocation=()" in policy


def test_security_txt_says_how_to_report_a_vulnerability(client, settings):
    settings.SECURITY_TXT_CONTACTS = ["mailto:security@example.org"]
    response = client.get("/.well-known/security.txt")
    text = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Contact: mailto:security@example.org" in text
    assert "Expires: " in text


def test_check_deploy_fails_without_https_settings(settings):
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.SECURE_HSTS_SECONDS = 0
    with pytest.raises(SystemCheckError) as raised:
        call_command("check", deploy=True, tags=["security"])
    for check_id in ["security.E101", "security.E102", "security.E104"]:
        assert check_id in str(raised.value)


def test_check_deploy_passes_the_https_checks_with_them(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 31536000
    assert https_settings_check() == []


def test_bad_trusted_proxies_fail_the_checks(settings):
    settings.TRUSTED_PROXIES = ["not a network"]
    assert [e.id for e in security_settings_check()] == ["security.E110"]


def role_permissions(role) -> set[str]:
    return set(roles_ensure()[role].permissions.values_list("codename", flat=True))


def test_officers_cannot_delete_services_or_organisations():
    permissions = role_permissions(LA_OFFICER)
    assert not {"delete_service", "delete_organisation"} & permissions
    assert {"change_service", "change_organisation"} <= permissions


def test_moderators_cannot_delete_reports():
    assert "delete_reportingperiod" not in role_permissions(MODERATOR)


def test_an_officer_gets_403_deleting_a_service(officer_client):
    service = ServiceFactory()
    url = reverse("admin:directory_service_delete", args=[service.pk])
    assert officer_client.post(url, {"post": "yes"}).status_code == 403


def test_a_moderator_gets_403_deleting_a_report(moderator_client):
    period = ReportingPeriodFactory()
    url = reverse("admin:feedback_reportingperiod_delete", args=[period.pk])
    assert moderator_client.post(url, {"post": "yes"}).status_code == 403


@pytest.mark.parametrize("name", ["FEEDBACK_TRUSTED_PROXY_COUNT", "OPEN_DATA_TRUSTED_PROXY_COUNT"])
def test_a_proxy_count_left_in_the_environment_is_warned_about(monkeypatch, settings, name):
    settings.TRUSTED_PROXIES = []
    monkeypatch.setenv(name, "1")
    warnings = security_settings_check()
    assert [w.id for w in warnings] == ["security.W111"]
    assert name in warnings[0].msg
    assert "TRUSTED_PROXIES" in warnings[0].msg


def test_no_proxy_count_no_warning(monkeypatch, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    monkeypatch.delenv("FEEDBACK_TRUSTED_PROXY_COUNT", raising=False)
    monkeypatch.delenv("OPEN_DATA_TRUSTED_PROXY_COUNT", raising=False)
    assert security_settings_check() == []
