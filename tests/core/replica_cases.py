"""Run by test_replicas.py in a process whose settings have one real replica database.

Not collected on its own (its name does not start with test_): it needs
DATABASE_REPLICA_URLS set before Django starts.
"""

import pytest
from django.urls import reverse

from core import pagecache
from core.models import ContentVersion
from directory.models import Service
from tests.factories import ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db(databases=["default", "replica_1"])

SEARCH = "directory:service_search"


@pytest.fixture(autouse=True)
def _fresh_versions(settings):
    settings.PAGE_CACHE = False
    pagecache.reset()
    from core import replicas

    replicas._checked.clear()


def _replica_catches_up_on_version_only():
    """Copy the primary's version to the replica, but not its services."""
    number = ContentVersion.objects.using("default").get(pk=1).number
    ContentVersion.objects.using("replica_1").update_or_create(pk=1, defaults={"number": number})


def test_a_public_page_reads_from_a_replica_that_has_caught_up(client):
    ServiceFactory(name="Kite club")  # on the primary only
    _replica_catches_up_on_version_only()
    assert "Kite club" not in client.get(reverse(SEARCH)).content.decode()


@pytest.mark.parametrize("query", [{"q": "kite"}, {"q": "kite", "level": "universal"}])
def test_a_search_counts_its_results_on_the_replica_it_lists_them_from(client, query):
    """The counting pass is SQL written by hand (directory.search.facets): it must read the
    replica too, or the page says "1 service found" above an empty list."""
    ServiceFactory(name="Kite club", level="universal")  # on the primary only
    _replica_catches_up_on_version_only()
    html = client.get(reverse(SEARCH), query).content.decode()
    assert "0 services found" in html
    assert "Kite club" not in html


def test_a_replica_with_old_filter_counts_does_not_rebuild_them_every_search(client):
    """The pre-counted filter counts are checked on the replica; while it lags, each
    search without words finds them out of date, but rebuilds them on the primary once."""
    from django.db import connections
    from django.test.utils import CaptureQueriesContext

    ServiceFactory(name="Kite club")
    _replica_catches_up_on_version_only()
    with CaptureQueriesContext(connections["default"]) as primary:
        for _ in range(3):
            assert client.get(reverse(SEARCH), {"level": "universal"}).status_code == 200
    rebuilds = [q for q in primary.captured_queries if "INTO directory_facetcomb" in q["sql"]]
    assert len(rebuilds) == 1


def test_a_replica_behind_the_primary_is_not_used(client):
    ServiceFactory(name="Kite club")
    assert "Kite club" in client.get(reverse(SEARCH)).content.decode()


def test_a_signed_in_person_reads_from_the_primary(client):
    ServiceFactory(name="Kite club")
    _replica_catches_up_on_version_only()
    client.force_login(UserFactory())
    assert "Kite club" in client.get(reverse(SEARCH)).content.decode()


def test_after_sending_a_form_a_visitor_reads_from_the_primary_for_a_while(client):
    ServiceFactory(name="Kite club")
    _replica_catches_up_on_version_only()
    response = client.post(reverse("feedback:comment"), {"comment": ""})
    assert response.cookies["lo_primary"]["max-age"] == 10
    assert "Kite club" in client.get(reverse(SEARCH)).content.decode()


def test_writes_always_go_to_the_primary():
    ServiceFactory(name="Kite club")
    assert Service.objects.using("default").filter(name="Kite club").exists()
    assert not Service.objects.using("replica_1").filter(name="Kite club").exists()
