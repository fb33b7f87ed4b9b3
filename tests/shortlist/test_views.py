"""My list, used the way a family would: plain forms, no JavaScript."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from directory.models import Service
from directory.services import services_set_status
from shortlist.services import MAX_SERVICES, NOTE_MAX_LENGTH
from tests.factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

LIST = reverse("shortlist:list")
ADD = reverse("shortlist:add")
REMOVE = reverse("shortlist:remove")
NOTES = reverse("shortlist:notes")


def add(client, service, next_url=""):
    return client.post(ADD, {"service": service.pk, "next": next_url})


def test_adding_returns_to_the_page_and_the_list_shows_the_service(client):
    service = ServiceFactory(name="Chatterbox speech group", contact_phone="01632 960123")
    LocationFactory(service=service, name="Lantern Street Community Centre")
    response = add(client, service, next_url=f"{service.get_absolute_url()}?from=search")
    assert response.status_code == 302
    assert response["Location"] == f"{service.get_absolute_url()}?from=search"
    page = client.get(LIST).content.decode()
    assert "Chatterbox speech group" in page
    assert "01632 960123" in page
    assert "Lantern Street Community Centre, BM1 4LS" in page
    assert "My list (1)" in page


def test_adding_twice_keeps_one_entry(client):
    service = ServiceFactory()
    add(client, service)
    add(client, service)
    assert client.get(LIST).content.decode().count("Remove<span") == 1


@pytest.mark.parametrize("status", [Service.Status.DRAFT, Service.Status.ARCHIVED])
def test_unpublished_services_cannot_be_added(client, status):
    service = ServiceFactory(status=status)
    response = add(client, service)
    assert response.status_code == 400
    assert "We could not find that service" in response.content.decode()


@pytest.mark.parametrize("value", ["", "abc", "-1", "0", "9" * 30, "1e5"])
def test_nonsense_service_ids_are_a_plain_error(client, value):
    response = client.post(ADD, {"service": value})
    assert response.status_code == 400


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_add_never_redirects_off_the_site(client, next_url):
    response = add(client, ServiceFactory(), next_url=next_url)
    assert response["Location"] == LIST


def test_remove(client):
    first, second = ServiceFactory(name="First"), ServiceFactory(name="Second")
    add(client, first)
    add(client, second)
    response = client.post(REMOVE, {"service": first.pk, "next": LIST})
    assert response["Location"] == LIST
    page = client.get(LIST).content.decode()
    assert "Second" in page and ">First<" not in page
    assert "My list (1)" in page


def test_notes_are_saved_and_a_long_note_keeps_everything_typed(client):
    first, second = ServiceFactory(name="First"), ServiceFactory(name="Second")
    add(client, first)
    add(client, second)
    response = client.post(
        NOTES, {f"note_{first.pk}": "Ask about Saturdays", f"note_{second.pk}": "x"}
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Ask about Saturdays" in page and "Your notes are saved" in page

    too_long = "y" * (NOTE_MAX_LENGTH + 1)
    response = client.post(NOTES, {f"note_{first.pk}": "Kept words", f"note_{second.pk}": too_long})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: My list" in page
    assert "Kept words" in page and too_long in page
    assert f'href="#id_note_{second.pk}"' in page


def test_an_archived_service_is_shown_as_no_longer_listed(client):
    service = ServiceFactory(name="Otterpool swim school")
    add(client, service)
    services_set_status(services=[service], status=Service.Status.ARCHIVED)
    page = client.get(LIST).content.decode()
    assert "Otterpool swim school" in page
    assert "No longer listed" in page
    assert service.get_absolute_url() not in page


def test_a_deleted_service_is_shown_as_no_longer_listed(client):
    service = ServiceFactory(name="Gone group")
    add(client, service)
    Service.objects.filter(pk=service.pk).delete()
    page = client.get(LIST).content.decode()
    assert "Gone group" in page and "No longer listed" in page


def test_the_list_is_bounded(client):
    services = [ServiceFactory() for _ in range(MAX_SERVICES + 1)]
    for service in services[:MAX_SERVICES]:
        assert add(client, service).status_code == 302
    response = add(client, services[-1])
    assert response.status_code == 400
    assert "Your list is full" in response.content.decode()


def test_list_page_query_count_is_constant(client, django_assert_max_num_queries):
    for _ in range(3):
        service = ServiceFactory()
        LocationFactory(service=service)
        add(client, service)
    with django_assert_max_num_queries(8):
        client.get(LIST)
    for _ in range(10):
        service = ServiceFactory()
        LocationFactory(service=service)
        add(client, service)
    with django_assert_max_num_queries(8):
        client.get(LIST)


def test_print_version_has_the_facts_and_notes(client):
    service = ServiceFactory(name="Hoofbeats riding", summary="Riding for everyone.")
    add(client, service)
    client.post(NOTES, {f"note_{service.pk}": "Mum to phone on Monday"})
    page = client.get(reverse("shortlist:print")).content.decode()
    assert "Hoofbeats riding" in page and "Riding for everyone." in page
    assert "Mum to phone on Monday" in page


def test_csv_download_has_notes_and_is_safe_in_a_spreadsheet(client):
    service = ServiceFactory(name="=HYPERLINK(1)", contact_email="hello@example.org")
    add(client, service)
    client.post(NOTES, {f"note_{service.pk}": "+call them"})
    response = client.get(reverse("shortlist:download"), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Service"
    assert rows[1][0] == "'=HYPERLINK(1)"
    assert rows[1][-1] == "'+call them"
    assert "hello@example.org" in rows[1]


def test_text_download(client):
    service = ServiceFactory(name="Chatterbox")
    add(client, service)
    response = client.get(reverse("shortlist:download"), {"format": "txt"})
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert text.startswith("Chatterbox\n")


def test_share_link_carries_only_ids_and_recreates_the_list(client):
    first, second = ServiceFactory(name="First"), ServiceFactory(name="Second")
    add(client, first)
    add(client, second)
    client.post(NOTES, {f"note_{first.pk}": "PRIVATE NOTE"})
    page = client.get(LIST).content.decode()
    share = f"/my-list/shared/?services={first.pk}.{second.pk}"
    assert share in page
    assert "PRIVATE" not in page.split('id="share-link"')[1].split(">")[0]

    someone_else = Client()
    shared = someone_else.get(share).content.decode()
    assert "First" in shared and "Second" in shared and "PRIVATE NOTE" not in shared
    response = someone_else.post(share)
    assert response["Location"] == LIST
    assert "My list (2)" in someone_else.get(LIST).content.decode()


@pytest.mark.parametrize(
    "value",
    ["", "abc", "-1", "0.0.0", "1" * 40, "%00", "<script>", ".".join(["7"] * 5000)],
)
def test_shared_links_with_nonsense_are_plain_pages(client, value):
    response = client.get(reverse("shortlist:shared"), {"services": value})
    assert response.status_code == 200


def test_shared_link_with_thousands_of_ids_is_bounded(client, django_assert_max_num_queries):
    services = [ServiceFactory() for _ in range(3)]
    ids = ".".join(str(i) for i in range(1, 5000)) + "." + ".".join(str(s.pk) for s in services)
    with django_assert_max_num_queries(6):
        response = client.get(reverse("shortlist:shared"), {"services": ids})
    assert response.status_code == 200


def test_shared_link_never_shows_a_draft(client):
    draft = ServiceFactory(name="Secret draft", status=Service.Status.DRAFT)
    live = ServiceFactory(name="Live one")
    page = client.get(reverse("shortlist:shared"), {"services": f"{draft.pk}.{live.pk}"})
    text = page.content.decode()
    assert "Live one" in text and "Secret draft" not in text
    assert "1 service in the link is" in text


def test_clear_deletes_the_list_and_notes(client):
    service = ServiceFactory()
    add(client, service)
    client.post(NOTES, {f"note_{service.pk}": "note"})
    client.post(reverse("shortlist:clear"))
    page = client.get(LIST).content.decode()
    assert "Your list is empty" in page and "note" not in page.split("<main")[1].split("Find")[0]


def test_without_cookies_the_button_explains_and_offers_to_try_again():
    service = ServiceFactory(name="Chatterbox")
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(ADD, {"service": service.pk, "next": "/services/"})
    page = response.content.decode()
    assert response.status_code == 403
    assert "The service was not saved" in page
    assert "Try again to save Chatterbox" in page
    assert 'name="csrfmiddlewaretoken"' in page
    # With the fresh token (and its cookie) the same button now works.
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    again = strict.post(
        ADD, {"service": service.pk, "next": "/services/", "csrfmiddlewaretoken": token}
    )
    assert again.status_code == 302


def test_pages_without_a_session_cookie_start_no_session(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("privacy"))
    assert "sessionid" not in response.cookies
    assert "My list" in response.content.decode()


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_buttons_only_take_post(client, method):
    assert getattr(client, method)(ADD).status_code == 405


def test_privacy_page_says_what_the_list_keeps(client):
    page = client.get(reverse("privacy")).content.decode()
    assert "Your list of services" in page and "8 hours" in page
    assert "Your postcode" in page


def test_service_page_and_search_results_carry_the_button(client):
    service = ServiceFactory(name="Chatterbox speech group")
    page = client.get(service.get_absolute_url()).content.decode()
    assert (
        'Add <span class="govuk-visually-hidden">Chatterbox speech group </span>to my list' in page
    )
    assert 'name="csrfmiddlewaretoken"' in page
    results = client.get(reverse("directory:service_search")).content.decode()
    assert "Chatterbox speech group </span>to my list" in results

    add(client, service, next_url=service.get_absolute_url())
    # The cached page is reused, with this visitor's own button state.
    page = client.get(service.get_absolute_url()).content.decode()
    assert 'Remove <span class="govuk-visually-hidden">Chatterbox speech group </span>' in page
    assert "<strong>Saved</strong>" in page
    other = Client().get(service.get_absolute_url()).content.decode()
    assert "Add <span" in other and "<strong>Saved</strong>" not in other


def test_buttons_add_at_most_one_query_to_cached_pages(client, django_assert_max_num_queries):
    services = [ServiceFactory() for _ in range(5)]
    add(client, services[0])
    client.get(reverse("directory:service_search"))  # fills the page cache
    with django_assert_max_num_queries(3):  # session, content version, at most one more
        client.get(reverse("directory:service_search"))


def test_buttons_return_to_an_address_with_braces_and_quotes_escaped(client):
    ServiceFactory(name="Chatterbox <speech> group")
    response = client.get(
        reverse("directory:service_search"), {"q": 'chat {0} "x" <b>', "free": "on"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    button = page[page.index('<form method="post" action="' + ADD) :]
    button = button[: button.index("</form>")]
    assert 'name="next" value="/services/?q=chat+%7B0%7D+%22x%22+%3Cb%3E&amp;free=on"' in button
    assert 'hidden">Chatterbox &lt;speech&gt; group </span>to my list' in button
    assert "<b>" not in button
