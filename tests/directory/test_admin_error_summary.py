"""A directory admin form with errors lists them at the top, each a link to its field."""

import re

import pytest
from django.urls import reverse

from tests.directory.test_admin import _service_form
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def _summary(content: str) -> str:
    match = re.search(r'<div class="app-error-summary".*?</ul>', content, re.S)
    assert match, "no error summary on the page"
    return match.group(0)


def test_errors_are_listed_as_links_to_their_fields(officer_client):
    response = officer_client.post(
        reverse("admin:directory_service_add"),
        _service_form(OrganisationFactory(), name="", min_age="10", max_age="4"),
    )

    assert response.status_code == 200
    summary = _summary(response.content.decode())
    assert "There is a problem" in summary
    assert '<a href="#id_name">Name: This field is required.</a>' in summary
    assert '<a href="#id_max_age">' in summary
    assert 'id="id_name"' in response.content.decode()


def test_an_error_in_a_location_says_which_location_and_links_to_the_field(officer_client):
    response = officer_client.post(
        reverse("admin:directory_service_add"),
        _service_form(OrganisationFactory(), **{"locations-0-postcode": "NOT A CODE"}),
    )

    summary = _summary(response.content.decode())
    assert '<a href="#id_locations-0-postcode">Location 1: Postcode: Enter a real UK postcode' in (
        summary
    )


def test_a_checkbox_list_error_links_to_its_first_box(officer_client):
    response = officer_client.post(
        reverse("admin:directory_service_add"), _service_form(OrganisationFactory(), areas=[])
    )

    summary = _summary(response.content.decode())
    assert '<a href="#id_areas_0">Areas of provision: ' in summary
    assert 'id="id_areas_0"' in response.content.decode()


def test_the_summary_replaces_djangos_note(officer_client):
    response = officer_client.post(
        reverse("admin:directory_service_add"), _service_form(OrganisationFactory(), name="")
    )

    content = response.content.decode()
    assert "Please correct the error" not in content
    assert content.count('id="error-summary"') == 1
    assert "<title>Error: " in content


def test_a_form_without_errors_has_no_summary(officer_client):
    response = officer_client.get(reverse("admin:directory_service_add"))
    assert 'id="error-summary"' not in response.content.decode()
