"""Asking for the Local Offer in another format: stored, officers told, spam trapped, deleted."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from information.models import FormatRequest
from information.services import format_requests_retention

pytestmark = pytest.mark.django_db

URL = "/booklet/request/"


def _data(**overrides):
    data = {
        "format": "large_print",
        "language": "",
        "delivery": "post",
        "name": "Ada Quillfeather",
        "address": "3 Lantern Street\nBrindlemoor",
        "postcode": "BM1 4LS",
        "email": "",
        "phone": "",
        "notes": "",
        "hp_reference_code": "",
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def test_a_request_is_stored_officers_are_told_and_a_reference_shown(
    client, officer, django_capture_on_commit_callbacks
):
    officer.email = "officer@example.org"
    officer.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _data(), follow=True)
    item = FormatRequest.objects.get()
    assert item.format == "large_print" and item.postcode == "BM1 4LS"
    assert item.reference in response.content.decode()
    assert len(mail.outbox) == 1
    assert item.reference in mail.outbox[0].subject
    assert "officer@example.org" in mail.outbox[0].to
    assert "Ada" not in mail.outbox[0].body  # contact details stay in admin


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"format": ""}, "Choose the format you need"),
        ({"name": ""}, "Enter your name"),
        ({"address": ""}, "Enter the address to post it to"),
        ({"delivery": "email"}, "Enter the email address to send it to"),
        ({"delivery": "email", "email": "not-an-email"}, "Enter an email address like"),
        ({"format": "language"}, "Enter the language you need"),
        ({"format": "hologram"}, "Select a valid choice"),
    ],
)
def test_bad_details_get_a_clear_message_and_nothing_is_lost(client, overrides, message):
    response = client.post(URL, _data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert html.count("<title>Error: ") == 1
    assert "BM1 4LS" in html  # what was typed comes back
    assert not FormatRequest.objects.exists()


def test_spam_trap_stores_quietly_and_tells_nobody(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _data(hp_reference_code="buy now"), follow=True)
    assert response.status_code == 200
    assert FormatRequest.objects.get().caught_by_spam_trap
    assert mail.outbox == []


def test_officers_queue_hides_spam_and_marks_sent(officer_client, client):
    client.post(URL, _data())
    client.post(URL, _data(hp_reference_code="x"))
    html = officer_client.get("/admin/information/formatrequest/").content.decode()
    real = FormatRequest.objects.get(caught_by_spam_trap=False)
    assert real.reference in html
    assert "1 request for another format" in html or html.count("field-reference") == 1
    officer_client.post(
        "/admin/information/formatrequest/", {"action": "mark_sent", "_selected_action": [real.pk]}
    )
    real.refresh_from_db()
    assert real.status == "sent" and real.sent == timezone.localdate()


def test_retention_deletes_contact_details_and_old_spam(client, settings):
    settings.FORMAT_REQUEST_RETENTION_MONTHS = 6
    client.post(URL, _data())
    client.post(URL, _data(hp_reference_code="x"))
    old = timezone.now() - timedelta(days=200)
    FormatRequest.objects.update(requested=old)
    format_requests_retention()
    remaining = FormatRequest.objects.get()
    assert remaining.name == "(deleted)" and remaining.address == "" and remaining.contact_deleted
    # History never held the contact details, so nothing of them is left anywhere.
    kept = {f.name for f in remaining.history.model._meta.fields}
    assert not kept & {"name", "address", "postcode", "email", "phone"}


def test_privacy_page_says_what_is_kept(client):
    assert "another format" in client.get("/privacy/").content.decode()


# ------------------------------------------------------------------ spam and the rate limit


def test_a_nul_character_in_the_spam_trap_is_caught_not_shown_as_an_error(client):
    response = client.post(URL, _data(hp_reference_code="\x00"))
    assert response.status_code == 302
    assert FormatRequest.objects.get().caught_by_spam_trap


def test_over_the_limit_nothing_is_sent_a_plain_message_says_so_and_what_was_typed_is_kept(
    client, settings
):
    settings.FORMAT_REQUEST_RATE_LIMITS = [(2, 600)]
    for _ in range(2):
        assert client.post(URL, _data()).status_code == 302
    response = client.post(URL, _data(notes="Before the June half term, please."))
    html = response.content.decode()
    assert response.status_code == 429
    assert "You have sent a lot of requests" in html
    assert "your request has not been sent yet" in html
    assert f"phone us on {settings.COUNCIL_CONTACT_PHONE}" in html
    assert html.count("<title>Error: ") == 1
    for typed in ["Ada Quillfeather", "3 Lantern Street", "BM1 4LS", "Before the June half term"]:
        assert typed in html
    assert 'value="large_print" checked' in html
    assert FormatRequest.objects.count() == 2


def test_requests_with_mistakes_do_not_count_against_the_limit(client, settings):
    settings.FORMAT_REQUEST_RATE_LIMITS = [(1, 600)]
    for _ in range(3):
        assert client.post(URL, _data(name="")).status_code == 200
    assert client.post(URL, _data()).status_code == 302


def test_comments_and_format_requests_are_limited_separately(client, settings):
    settings.FEEDBACK_RATE_LIMITS = [(1, 600)]
    settings.FORMAT_REQUEST_RATE_LIMITS = [(1, 600)]
    comment = {"about": "general", "theme": "missing", "commenter_role": "parent_carer",
               "text": "Please list holiday clubs for autistic teenagers."}  # fmt: skip
    assert client.post("/feedback/", comment).status_code == 302
    assert client.post(URL, _data()).status_code == 302
    assert client.post(URL, _data()).status_code == 429


def test_retention_also_deletes_rate_limit_counters_whose_window_ended(client, settings):
    from core.models import RateLimitHit

    client.post(URL, _data())
    assert RateLimitHit.objects.filter(scope="format_request").exists()
    format_requests_retention(now=timezone.now() + timedelta(days=2))
    assert not RateLimitHit.objects.exists()
