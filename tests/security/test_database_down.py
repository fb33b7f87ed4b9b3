"""With the database down: cached public pages still served, a designed 503 elsewhere, the
comment form still opens."""

from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.urls import reverse

from core import pagecache
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@contextmanager
def database_down():
    """Every new query fails as it does when PostgreSQL has stopped."""

    def refuse(*args, **kwargs):
        raise OperationalError("connection to server failed: Connection refused")

    with mock.patch.object(BaseDatabaseWrapper, "cursor", refuse):
        pagecache._version["checked"] = 0.0  # the next page reads the version again
        yield


@pytest.fixture
def service(db):
    return ServiceFactory(name="Riverside Chatterbox Group", slug="riverside-chatterbox-group")


def test_pages_rendered_before_the_outage_are_still_served(client, service):
    urls = [
        reverse("home"),
        reverse("directory:service_search"),
        service.get_absolute_url(),
    ]
    before = {url: client.get(url) for url in urls}
    assert all(response.status_code == 200 for response in before.values())
    with database_down():
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "Riverside Chatterbox Group" in response.content.decode() or url == urls[0]


def test_a_page_not_rendered_before_gets_the_designed_503(client, settings):
    with database_down():
        response = client.get(reverse("feedback:report_list"))
    html = response.content.decode()
    assert response.status_code == 503
    assert "Sorry, the service is unavailable" in html
    assert settings.COUNCIL_CONTACT_PHONE in html
    assert settings.COUNCIL_CONTACT_EMAIL in html
    assert response["Retry-After"] == "60"


def test_the_comment_form_still_opens(client):
    with database_down():
        response = client.get(reverse("feedback:comment"), {"service": "riverside"})
    assert response.status_code == 200
    assert 'name="text"' in response.content.decode()


def test_a_comment_sent_during_the_outage_comes_back_with_its_words(client):
    comment_data = {
        "about": "general",
        "theme": "missing",
        "text": "Nothing about holiday clubs for autistic teenagers.",
        "commenter_role": "parent_carer",
    }
    with database_down():
        response = client.post(reverse("feedback:comment"), comment_data)
    assert response.status_code == 503
    assert comment_data["text"] in response.content.decode()


def test_a_signed_in_moderator_gets_the_503_not_a_traceback(moderator_client):
    # Loading the session fails in middleware: Django's error handler answers, as in production.
    moderator_client.raise_request_exception = False
    with database_down():
        response = moderator_client.get(reverse("admin:index"))
    assert response.status_code == 503
    assert b"Traceback" not in response.content
