"""Providers see how easy their summary and description are to read, before and after sending."""

import re

import pytest
from django.urls import reverse

from core import hooks
from providers.models import ChangeRequest
from tests.directory.test_admin_plain_english import HARD, PLAIN
from tests.providers.factories import proposal_data

pytestmark = pytest.mark.django_db


def change_url(service):
    return reverse("providers:service_change", kwargs={"slug": service.slug})


def plain_english(response) -> str:
    """The page's reading-ease box, with its whitespace squeezed."""
    content = response.content.decode()
    start = content.index('id="plain-english"')
    end = content.index("</dl>", start)
    return re.sub(r"\s+", " ", content[start:end])


def test_the_form_shows_how_easy_the_current_text_is(provider_client, own_service):
    own_service.summary, own_service.description = PLAIN, HARD
    own_service.save()
    box = plain_english(provider_client.get(change_url(own_service)))
    assert "How easy the text is to read now" in box
    assert f"Reading ease: {hooks.writing_hints(PLAIN).verdict}" in box
    assert "(plain English)" in box
    assert "(harder than the target of 60)" in box
    assert "1 sentence(s) have more than 25 words" in box


def test_checking_the_wording_shows_the_typed_text_and_sends_nothing(provider_client, own_service):
    data = proposal_data(own_service, summary=HARD, check_wording="1")
    response = provider_client.post(change_url(own_service), data)
    assert response.status_code == 200
    assert not ChangeRequest.objects.exists()
    box = plain_english(response)
    assert "How easy the text you typed is to read" in box
    assert f"Reading ease: {hooks.writing_hints(HARD).verdict}" in box
    assert "Try splitting them." in box
    assert HARD in response.content.decode()  # the typed text is kept in the form


def test_the_sent_change_shows_how_easy_the_proposed_text_is(provider_client, own_service):
    data = proposal_data(own_service, description=HARD)
    response = provider_client.post(change_url(own_service), data, follow=True)
    assert ChangeRequest.objects.get().proposed["description"] == HARD
    box = plain_english(response)
    assert "How easy the proposed text is to read" in box
    assert "(harder than the target of 60)" in box
    assert "Long words you could swap for shorter ones" in box


def test_a_new_service_has_nothing_to_measure_yet(provider_client):
    box = plain_english(provider_client.get(reverse("providers:service_new")))
    assert box.count("Nothing written yet.") == 2


def test_officers_see_how_easy_the_proposed_text_is_before_approving(
    client, officer, provider, own_service
):
    from tests.providers.factories import change_for
    from tests.signin import sign_in

    own_service.summary = PLAIN
    own_service.save()
    change = change_for(own_service, provider, description=HARD)
    sign_in(client, officer)
    content = client.get(
        reverse("admin:providers_changerequest_change", args=[change.pk])
    ).content.decode()
    box = re.sub(r"\s+", " ", content[content.index('id="plain-english"') :])
    box = box[: box.index("</table>")]
    assert "How easy the proposed text is to read" in box
    assert f"Reading ease: {hooks.writing_hints(PLAIN).verdict}" in box  # summary, unchanged
    assert f"Reading ease: {hooks.writing_hints(HARD).verdict}" in box  # proposed description
    assert "Try splitting them." in box
