"""The one write path: every directory write keeps search and cached pages up to date."""

import pytest
from django.core.exceptions import ValidationError

from core.models import ContentVersion
from directory.models import Location, NeedSynonym, Service
from directory.search import search_services
from directory.services import (
    directory_writes,
    record_delete,
    record_save,
    service_save,
    services_set_status,
)
from tests.factories import LocationFactory, OrganisationFactory, ServiceFactory, UserFactory, need

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return [s.name for s in search_services({"q": query}).page.object_list]


def version() -> int:
    return ContentVersion.objects.filter(pk=1).values_list("number", flat=True).first() or 0


def test_a_saved_service_is_searchable_at_once():
    service_save(service=Service(organisation=OrganisationFactory(), **_fields("Kite club")))
    assert found("kite") == ["Kite club"]


def test_a_services_needs_are_searchable_after_saving_them():
    service = ServiceFactory(name="Saturday social")
    assert found("autism") == []
    service_save(service=service, needs=[need("autism")])
    assert found("autism") == ["Saturday social"]


def test_an_organisation_rename_reaches_its_services_search_text():
    service = ServiceFactory(name="Saturday social")
    organisation = service.organisation
    organisation.name = "Quillfeather Trust"
    record_save(record=organisation)
    assert found("quillfeather") == ["Saturday social"]


def test_a_new_synonym_finds_existing_services():
    ServiceFactory(name="Saturday social", needs=[need("autism")])
    record_save(record=NeedSynonym(need=need("autism"), term="Zogglewomp"))
    assert found("zogglewomp") == ["Saturday social"]


def test_a_location_moved_to_another_service_moves_its_postcode_in_search():
    first = ServiceFactory(name="First club")
    second = ServiceFactory(name="Second club")
    location = LocationFactory(service=first, postcode="BM9 9ZZ")
    assert found("BM9 9ZZ") == ["First club"]
    location.service = second
    record_save(record=location)
    assert found("BM9 9ZZ") == ["Second club"]


def test_deleting_a_location_removes_it_from_search():
    location = LocationFactory(service=ServiceFactory(name="First club"), name="Quillby Hall")
    record_delete(record=location)
    assert found("quillby") == []
    assert not Location.objects.filter(pk=location.pk).exists()


def test_every_write_bumps_the_content_version():
    before = version()
    ServiceFactory()
    assert version() > before


def test_writes_grouped_in_one_block_refresh_once_at_the_end():
    services = [ServiceFactory(name=f"Club {i}") for i in range(3)]
    before = version()
    with directory_writes():
        for service in services:
            service.summary = "Changed."
            record_save(record=service)
    assert version() == before + 1


def test_invalid_data_is_refused_and_nothing_is_saved():
    service = ServiceFactory(name="Kite club")
    service.min_age, service.max_age = 12, 4
    with pytest.raises(ValidationError):
        service_save(service=service)
    assert Service.objects.get(pk=service.pk).min_age == 0


def test_a_failed_write_in_a_block_undoes_the_others():
    first = ServiceFactory(name="Kite club")
    second = ServiceFactory(name="Chess club")
    with pytest.raises(ValidationError), directory_writes():
        first.name = "Kite flying club"
        service_save(service=first)
        second.min_age = 30
        service_save(service=second)
    assert Service.objects.get(pk=first.pk).name == "Kite club"


def test_the_acting_user_and_reason_are_kept_in_history():
    user = UserFactory(username="script-runner")
    service = ServiceFactory()
    service.summary = "Now on Saturdays too."
    service_save(service=service, user=user, reason="Imported from a provider's feed")
    latest = service.history.latest()
    assert latest.history_user == user
    assert latest.history_change_reason == "Imported from a provider's feed"


def test_archiving_removes_a_service_from_search():
    service = ServiceFactory(name="Kite club")
    services_set_status(services=[service], status=Service.Status.ARCHIVED)
    assert found("kite") == []


def _fields(name: str) -> dict:
    return {
        "name": name,
        "slug": name.lower().replace(" ", "-"),
        "summary": "Outdoor fun.",
        "description": "We fly kites.",
        "how_to_access": "Just turn up.",
        "level": Service.Level.UNIVERSAL,
        "status": Service.Status.PUBLISHED,
        "min_age": 0,
        "max_age": 25,
    }
