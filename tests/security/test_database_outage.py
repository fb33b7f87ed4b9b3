"""A real outage, not a mock: PostgreSQL cuts the site's connections and refuses new ones.

The test database stops accepting connections (ALTER DATABASE ... ALLOW_CONNECTIONS false)
and every backend connected to it is terminated (pg_terminate_backend), as when the
server stops or fails over. Two ways a request meets that: an open connection that the
server has just killed ("terminated"), and a new connection that is refused ("refused").
Connections are allowed again afterwards, whatever the test did.
"""

from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection
from django.urls import reverse
from psycopg import sql

from core import pagecache
from feedback.forms import NOT_SENT_MESSAGE
from feedback.models import Comment
from tests.factories import ServiceFactory

# Terminating connections inside a test transaction would lose it: run with autocommit.
pytestmark = pytest.mark.django_db(transaction=True)


def _maintenance_connection():
    """A connection to the server's `postgres` database, outside the one being cut off."""
    params = connection.get_connection_params()
    params["dbname"] = "postgres"
    return psycopg.connect(**params, autocommit=True)


@contextmanager
def database_outage(*, django_reconnects: bool):
    """Cut every connection to the test database and refuse new ones until the block ends.

    With `django_reconnects`, Django drops its (dead) connection and its next query
    opens a new one, which is refused; without, its next query uses the killed one.
    """
    name = connection.settings_dict["NAME"]
    connection.ensure_connection()
    with _maintenance_connection() as admin:
        admin.execute(
            sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(sql.Identifier(name))
        )
        try:
            killed = admin.execute(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()) AS terminated",
                [name],
            ).fetchone()[0]
            assert killed >= 1  # at least Django's own connection
            if django_reconnects:
                connection.close()
            # The next page checks the content version in the database again.
            pagecache._version["checked"] = 0.0
            yield
        finally:
            admin.execute(
                sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(sql.Identifier(name))
            )
            connection.close()


@pytest.fixture(params=["terminated", "refused"])
def outage(request):
    return lambda: database_outage(django_reconnects=request.param == "refused")


def test_public_pages_rendered_before_are_served_and_others_get_the_designed_503(
    client, settings, outage
):
    service = ServiceFactory(name="Riverside Chatterbox Group", slug="riverside-chatterbox")
    cached_urls = [reverse("home"), reverse("directory:service_search"), service.get_absolute_url()]
    for url in cached_urls:
        assert client.get(url).status_code == 200, url

    with outage():
        cached = {url: client.get(url) for url in cached_urls}
        not_cached = client.get(reverse("feedback:report_list"))

    for url, response in cached.items():
        assert response.status_code == 200, url
    assert "Riverside Chatterbox Group" in cached[service.get_absolute_url()].content.decode()
    html = not_cached.content.decode()
    assert not_cached.status_code == 503
    assert "Sorry, the service is unavailable" in html
    assert settings.COUNCIL_CONTACT_PHONE in html
    assert settings.COUNCIL_CONTACT_EMAIL in html
    assert "Traceback" not in html


def test_the_comment_form_opens_and_a_comment_it_cannot_store_comes_back_not_sent(client, outage):
    words = "Nothing about holiday clubs for autistic teenagers in Brindlemoor."
    with outage():
        form = client.get(reverse("feedback:comment"))
        sent = client.post(
            reverse("feedback:comment"),
            {
                "about": "general",
                "theme": "missing",
                "text": words,
                "commenter_role": "parent_carer",
            },
        )

    assert form.status_code == 200
    assert 'name="text"' in form.content.decode()
    # Not stored, and the person is told so, with every word they typed in the form.
    assert sent.status_code == 503
    html = sent.content.decode()
    assert NOT_SENT_MESSAGE in html
    assert words in html
    assert Comment.objects.count() == 0  # read once connections are allowed again
