"""`make run` prints demo logins a reviewer can actually sign in with, second step included."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_printed_demo_logins_sign_in_to_admin(client):
    out = StringIO()
    call_command("demo_login", stdout=out)
    found = re.findall(
        r"username (\w+)\s+password (\S+)\s+security code \(each works once\) (\w+)", out.getvalue()
    )
    assert {username for username, _, _ in found} == {"officer", "moderator"}
    for username, password, code in found:
        response = client.post(
            reverse("admin:login"),
            {"username": username, "password": password, "otp_token": code, "next": "/admin/"},
        )
        assert response.status_code == 302, username
        assert client.get(reverse("admin:index")).status_code == 200
        client.logout()
