"""Cached public pages are correct: keys cannot be confused, and admin changes show up."""

import pytest
from django.urls import reverse

from core import pagecache
from directory.models import NeedSynonym, SearchWord
from directory.services import record_save
from tests.factories import ServiceFactory, need

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _data(taxonomies):
    return None


def _expire_version_check():
    pagecache._version["checked"] = 0


def test_encoded_ampersand_cannot_share_a_cache_entry_with_real_parameters(client):
    ServiceFactory(name="Autism club", needs=[need("autism")])
    ServiceFactory(name="Chess club")
    url = reverse("directory:service_search")
    poisoned = client.get(url + "?age=5%26need%3Dautism").content.decode()
    assert "Enter the age as a whole number" in poisoned
    real = client.get(url + "?age=5&need=autism").content.decode()
    assert "Enter the age as a whole number" not in real
    assert "1 service found" in real


def test_parameters_the_page_does_not_use_do_not_create_cache_entries(client):
    url = reverse("directory:service_search")
    client.get(url + "?junk=1")
    client.get(url + "?junk=2")
    client.get(url)
    from django.core.cache import caches

    assert len(caches["pages"]._cache) == 1


def _search_names(client, query):
    _expire_version_check()
    html = client.get(reverse("directory:service_search"), {"q": query}).content.decode()
    return html


def test_deleting_a_synonym_in_admin_updates_search(officer_client):
    ServiceFactory(name="Saturday social", needs=[need("autism")])
    synonym = record_save(record=NeedSynonym(need=need("autism"), term="Zogglewomp"))
    assert "Saturday social" in _search_names(officer_client, "zogglewomp")
    officer_client.post(
        reverse("admin:directory_needsynonym_delete", args=[synonym.pk]), {"post": "yes"}
    )
    assert "Saturday social" not in _search_names(officer_client, "zogglewomp")


def test_deleting_a_service_in_admin_removes_it_from_search_and_suggestions(admin_client):
    # Issue 16: officers archive services; only a superuser can delete one (and it is audited).
    officer_client = admin_client
    service = ServiceFactory(name="Kiteflying club")
    ServiceFactory(name="Chess club")
    assert "Kiteflying club" in _search_names(officer_client, "kiteflying")
    officer_client.post(
        reverse("admin:directory_service_delete", args=[service.pk]), {"post": "yes"}
    )
    assert "Kiteflying club" not in _search_names(officer_client, "kiteflying")
    assert not SearchWord.objects.filter(word="kiteflying").exists()
