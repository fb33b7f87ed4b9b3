import re
from types import SimpleNamespace

import pytest
from django.db import DatabaseError, OperationalError, connection
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.models import Service
from feedback import services, views
from feedback.models import Comment, CommentContact

pytestmark = pytest.mark.django_db

COMMENT_URL = "/feedback/"


def send(client, data, **extra):
    return client.post(COMMENT_URL, data, **extra)


def reference_in(response) -> str:
    match = re.search(r"LO-\d{4}-\d{5}", response.content.decode())
    assert match, "no reference number on the page"
    return match.group(0)


# --- the form ---------------------------------------------------------------


def test_the_form_is_at_feedback(client):
    response = client.get(COMMENT_URL)
    assert response.status_code == 200
    assert reverse("feedback:comment") == COMMENT_URL


def test_the_form_says_how_the_comment_is_used_and_published_anonymously(client):
    html = client.get(COMMENT_URL).content.decode()
    assert "How we use your comment" in html
    assert "We publish comments anonymously" in html
    assert "We never publish your contact details" in html
    assert "delete them 12 months after" in html
    assert "or 24 months after you send them if that is sooner" in html


def test_the_form_is_headed_give_feedback_on_the_local_offer(client):
    html = client.get(COMMENT_URL).content.decode()
    assert '<h1 class="govuk-heading-xl">Give feedback on the Local Offer</h1>' in html
    assert "<title>Give feedback on the Local Offer - " in html


def test_the_form_points_complaints_to_the_complaints_route(client):
    html = client.get(COMMENT_URL).content.decode()
    assert "This is not a way to complain" in html
    assert f'href="{reverse("complaints")}"' in html


def test_the_spam_trap_is_hidden_from_assistive_technology(client):
    html = client.get(COMMENT_URL).content.decode()
    assert re.search(r'<div class="govuk-visually-hidden" aria-hidden="true">\s*<label', html)


def test_a_service_slug_in_the_address_pre_fills_the_service(client, service):
    html = client.get(COMMENT_URL, {"service": service.slug}).content.decode()
    assert f'<option value="{service.slug}" selected>' in html
    assert re.search(r'value="service" checked', html)


@pytest.mark.parametrize("slug", ["\x00", "a\x00b", "x" * 201, "../etc", "slug with spaces", "é"])
def test_a_service_value_that_cannot_be_a_slug_is_ignored_not_an_error(client, slug):
    response = client.get(COMMENT_URL, {"service": slug})
    assert response.status_code == 200
    assert not re.search(r'value="service" checked', response.content.decode())


def test_an_unknown_service_slug_is_ignored_not_an_error(client):
    response = client.get(COMMENT_URL, {"service": "no-such-service"})
    assert response.status_code == 200
    assert "selected>" not in response.content.decode().split("Choose a service")[1][:200]


def test_other_methods_are_not_allowed(client):
    assert client.put(COMMENT_URL).status_code == 405


# --- sending a comment ------------------------------------------------------


def test_a_valid_comment_is_stored_and_confirmed_with_a_reference(client, comment_data):
    response = send(client, comment_data, follow=True)
    comment = Comment.objects.get()
    assert response.status_code == 200
    assert reference_in(response) == comment.reference
    assert "govuk-panel--confirmation" in response.content.decode()
    assert comment.text == comment_data["text"]
    assert comment.status == Comment.Status.NEW


def test_the_confirmation_is_a_separate_page_so_a_refresh_does_not_resend(client, comment_data):
    response = send(client, comment_data)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("feedback:comment_sent"))


def test_a_comment_about_a_service_records_the_service(client, comment_data, service):
    send(client, {**comment_data, "about": "service", "service": service.slug})
    assert Comment.objects.get().service == service


def test_contact_details_are_stored_apart_from_the_comment(client, comment_data):
    send(client, {**comment_data, "contact_email": "sam.ellery@example.org"})
    contact = CommentContact.objects.get()
    assert contact.email == "sam.ellery@example.org"
    assert "sam.ellery" not in Comment.objects.get().text


def test_no_contact_row_is_made_without_contact_details(client, comment_data):
    send(client, comment_data)
    assert not CommentContact.objects.exists()


def test_a_tampered_confirmation_link_goes_back_to_the_form(client):
    response = client.get(reverse("feedback:comment_sent"), {"ref": "LO-2026-00001"})
    assert response.status_code == 302
    assert response["Location"] == COMMENT_URL


# --- bad input ----------------------------------------------------------------


def test_an_empty_comment_shows_the_error_and_keeps_the_other_answers(client, comment_data):
    response = send(client, {**comment_data, "text": "   "})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert '<a href="#id_text">Enter your comment</a>' in html
    assert re.search(r'value="missing" checked', html)
    assert not Comment.objects.exists()


def test_a_20000_character_comment_is_refused_with_its_text_kept(client, comment_data):
    text = "Too long. " * 2000
    response = send(client, {**comment_data, "text": text})
    html = response.content.decode()
    assert response.status_code == 200
    assert "must be 5,000 characters or fewer" in html
    assert text.strip() in html
    assert not Comment.objects.exists()


def test_an_invalid_email_address_is_refused_with_the_comment_kept(client, comment_data):
    response = send(client, {**comment_data, "contact_email": "sam@"})
    html = response.content.decode()
    assert "Enter an email address in the correct format" in html
    assert comment_data["text"] in html


def test_html_and_script_are_escaped_when_the_form_comes_back(client, comment_data):
    script = "<script>alert('x')</script>"
    response = send(
        client,
        {**comment_data, "text": script, "page_url": script, "contact_email": script},
    )
    html = response.content.decode()
    assert script not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_html_in_a_comment_is_stored_as_plain_text(client, comment_data):
    send(client, {**comment_data, "text": "<b>bold</b> & <script>x</script>"})
    assert Comment.objects.get().text == "<b>bold</b> & <script>x</script>"


# --- spam trap and repeats ------------------------------------------------------


def test_a_filled_spam_trap_is_stored_as_spam_and_confirmed_as_usual(client, comment_data):
    response = send(
        client, {**comment_data, "hp_reference_code": "http://spam.example"}, follow=True
    )
    comment = Comment.objects.get()
    assert "govuk-panel--confirmation" in response.content.decode()
    assert comment.caught_by_spam_trap
    assert comment.not_published_reason == Comment.NotPublishedReason.SPAM
    assert not Comment.objects.awaiting_moderation().exists()


def test_a_spam_trap_comment_notifies_nobody(
    client, comment_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        send(client, {**comment_data, "hp_reference_code": "http://spam.example"})
    assert callbacks == []


def test_the_same_comment_sent_twice_is_stored_once_with_the_same_reference(client, comment_data):
    first = send(client, comment_data, follow=True)
    second = send(client, comment_data, follow=True)
    assert Comment.objects.count() == 1
    assert reference_in(first) == reference_in(second)


def test_sending_again_to_add_contact_details_keeps_them(client, comment_data):
    send(client, comment_data)
    send(client, {**comment_data, "contact_email": "sam.ellery@example.org"})
    assert Comment.objects.get().contact.email == "sam.ellery@example.org"


def test_a_different_comment_from_the_same_client_is_stored(client, comment_data):
    send(client, comment_data)
    send(client, {**comment_data, "text": "Another thing entirely."})
    assert Comment.objects.count() == 2


def test_the_same_text_from_another_client_is_stored(client, comment_data):
    send(client, comment_data, REMOTE_ADDR="192.0.2.1")
    send(client, comment_data, REMOTE_ADDR="192.0.2.2")
    assert Comment.objects.count() == 2


# --- rate limit -------------------------------------------------------------------


def test_the_sixth_comment_in_ten_minutes_gets_a_friendly_429(client, comment_data):
    for n in range(5):
        assert send(client, {**comment_data, "text": f"Comment {n}"}).status_code == 302
    response = send(client, {**comment_data, "text": "One too many"})
    html = response.content.decode()
    assert response.status_code == 429
    assert "You have sent a lot of comments" in html
    assert "Please try again after" in html
    assert "01632 960000" in html
    assert Comment.objects.count() == 5


def test_the_429_page_gives_the_time_in_the_govuk_style(client, comment_data):
    for n in range(6):
        response = send(client, {**comment_data, "text": f"Comment {n}"})
    html = response.content.decode()
    assert re.search(r"try again after (\d{1,2}(:\d\d)?(am|pm)|midday|midnight)\b", html)
    assert "a.m." not in html
    assert "p.m." not in html


def test_the_429_page_keeps_the_comment_so_it_is_not_lost(client, comment_data):
    for n in range(5):
        send(client, {**comment_data, "text": f"Comment {n}"})
    html = send(client, {**comment_data, "text": "Please keep <this>"}).content.decode()
    assert "Please keep &lt;this&gt;" in html
    assert 'name="text" value="Please keep &lt;this&gt;"' in html


def test_another_client_is_not_affected_by_one_clients_limit(client, comment_data):
    for n in range(6):
        send(client, {**comment_data, "text": f"Comment {n}"}, REMOTE_ADDR="192.0.2.10")
    response = send(client, comment_data, REMOTE_ADDR="192.0.2.20")
    assert response.status_code == 302


def test_invalid_forms_do_not_use_up_the_limit(client, comment_data):
    for _ in range(10):
        send(client, {**comment_data, "text": ""})
    assert send(client, comment_data).status_code == 302


# --- failures -----------------------------------------------------------------------


def service_table_down(execute, sql, params, many, context):
    """A database wrapper that fails every query on services, as if the database went away."""
    if Service._meta.db_table in sql:
        raise OperationalError("connection lost")
    return execute(sql, params, many, context)


def test_a_failing_notification_still_stores_and_confirms_the_comment(
    client, comment_data, monkeypatch, django_capture_on_commit_callbacks
):
    def broken_enqueue(*args, **kwargs):
        raise RuntimeError("the task queue is down")

    monkeypatch.setattr(
        services.tasks, "notify_moderators", SimpleNamespace(enqueue=broken_enqueue)
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = send(client, comment_data, follow=True)
    assert len(callbacks) == 1
    assert response.status_code == 200
    assert "govuk-panel--confirmation" in response.content.decode()
    assert Comment.objects.count() == 1


def test_the_notification_is_queued_after_the_comment_is_stored(
    client, comment_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, comment_data)
    task = DBTaskResult.objects.get()
    assert task.task_path == "feedback.tasks.notify_moderators"
    assert task.args_kwargs["args"] == [Comment.objects.get().pk]


def test_a_database_failure_before_storing_shows_not_sent_with_the_text_kept(
    client, comment_data, monkeypatch
):
    def broken_submit(**kwargs):
        raise DatabaseError("connection lost")

    monkeypatch.setattr(views, "comment_submit", broken_submit)
    response = send(client, comment_data)
    html = response.content.decode()
    assert response.status_code == 503
    assert "<title>Error: " in html
    assert "Your comment has not been sent. Please try again." in html
    assert comment_data["text"] in html


def test_a_database_failure_while_checking_the_service_shows_not_sent_with_the_text_kept(
    client, comment_data, service
):
    data = {**comment_data, "about": "service", "service": service.slug}
    with connection.execute_wrapper(service_table_down):
        response = send(client, data)
    html = response.content.decode()
    assert response.status_code == 503
    assert "Your comment has not been sent. Please try again." in html
    assert comment_data["text"] in html
    assert f'name="service" value="{service.slug}"' in html
    assert not Comment.objects.exists()


def test_a_form_without_a_token_comes_back_even_with_the_database_down(comment_data, service):
    data = {**comment_data, "about": "service", "service": service.slug}
    with connection.execute_wrapper(service_table_down):
        response = Client(enforce_csrf_checks=True).post(COMMENT_URL, data)
    assert response.status_code == 403
    assert comment_data["text"] in response.content.decode()


def test_a_failing_rate_limit_store_is_also_not_sent_not_a_server_error(
    client, comment_data, monkeypatch
):
    def broken_limit(**kwargs):
        raise DatabaseError("connection lost")

    monkeypatch.setattr(views, "rate_limit_hit", broken_limit)
    response = send(client, comment_data)
    assert response.status_code == 503
    assert comment_data["text"] in response.content.decode()


# --- nothing a client sends is a server error ------------------------------------------

FORM_FIELDS = [
    "about",
    "service",
    "page_url",
    "theme",
    "text",
    "commenter_role",
    "child_age_group",
    "contact_name",
    "contact_email",
    "contact_phone",
    "hp_reference_code",
]
nasty_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "\x00",
            "a\x00b",
            "\u200b\u200b",
            "\u202e",
            "general",
            "service",
            "page",
            "missing",
            "parent_carer",
            "11-15",
            "not_given",
            "riverside-chatterbox-group",
            "x" * 300,
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "sam@example.org",
            "07700 900123",
        ]
    ),
)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(params=st.dictionaries(st.sampled_from(["service", *FORM_FIELDS]), nasty_text))
def test_no_query_string_makes_the_form_fail(client, service, params):
    assert client.get(COMMENT_URL, params).status_code == 200


@FUZZ
@given(raw=st.text(alphabet="service=%0aAfF&;+-_x\u00e9", max_size=40))
def test_no_raw_query_string_makes_the_form_fail(client, raw):
    assert client.get(COMMENT_URL, QUERY_STRING=raw).status_code == 200


@FUZZ
@given(data=st.dictionaries(st.sampled_from(FORM_FIELDS), nasty_text))
def test_no_form_data_makes_sending_fail(client, service, data):
    assert send(client, data).status_code in {200, 302, 429}
