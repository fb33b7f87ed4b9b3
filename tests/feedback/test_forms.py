import pytest

from feedback.forms import CommentForm
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def errors_for(data, field):
    form = CommentForm(data)
    form.is_valid()
    return form.errors.get(field, [])


def test_a_complete_comment_is_valid(comment_data):
    assert CommentForm(comment_data).is_valid()


def test_an_empty_comment_asks_for_one(comment_data):
    assert errors_for({**comment_data, "text": ""}, "text") == ["Enter your comment"]


def test_a_whitespace_only_comment_asks_for_one(comment_data):
    assert errors_for({**comment_data, "text": "  \r\n\t  \n "}, "text") == ["Enter your comment"]


def test_a_comment_of_exactly_5000_characters_is_accepted(comment_data):
    assert CommentForm({**comment_data, "text": "a" * 5000}).is_valid()


def test_a_20000_character_comment_gets_a_clear_message(comment_data):
    (message,) = errors_for({**comment_data, "text": "a" * 20000}, "text")
    assert "5,000 characters or fewer" in message
    assert "20,000" in message


def test_windows_line_endings_count_as_one_character(comment_data):
    text = ("a" * 99 + "\r\n") * 50  # 5,000 characters once \r\n is one
    assert CommentForm({**comment_data, "text": text}).is_valid()


def test_a_null_character_is_refused_not_stored(comment_data):
    assert errors_for({**comment_data, "text": "hello\x00there"}, "text")


def test_the_textarea_has_no_maxlength_so_pasted_text_is_never_cut_off(comment_data):
    html = str(CommentForm()["text"])
    assert "maxlength" not in html
    assert 'aria-describedby="id_text-info' in html


def test_about_is_required(comment_data):
    assert errors_for({**comment_data, "about": ""}, "about") == [
        "Select what your comment is about"
    ]


def test_theme_is_required(comment_data):
    assert errors_for({**comment_data, "theme": ""}, "theme") == [
        "Select which of these best describes your comment"
    ]


def test_who_is_commenting_is_required(comment_data):
    assert errors_for({**comment_data, "commenter_role": ""}, "commenter_role") == [
        "Select which of these describes you"
    ]


def test_a_comment_about_a_service_needs_the_service(comment_data):
    data = {**comment_data, "about": "service", "service": ""}
    assert errors_for(data, "service") == ["Select the service your comment is about"]


def test_a_service_that_is_not_published_cannot_be_chosen(comment_data):
    draft = ServiceFactory(status="draft")
    data = {**comment_data, "about": "service", "service": draft.slug}
    assert errors_for(data, "service") == ["Select a service from the list"]


def test_a_published_service_can_be_chosen(comment_data, service):
    form = CommentForm({**comment_data, "about": "service", "service": service.slug})
    assert form.is_valid()
    assert form.cleaned_data["service"] == service


def test_an_invalid_email_address_gets_a_clear_message(comment_data):
    assert errors_for({**comment_data, "contact_email": "not-an-email"}, "contact_email") == [
        "Enter an email address in the correct format, like name@example.com"
    ]


def test_an_invalid_phone_number_gets_a_clear_message(comment_data):
    assert errors_for({**comment_data, "contact_phone": "call me"}, "contact_phone")


def test_a_name_without_a_way_to_reply_is_questioned(comment_data):
    (message,) = errors_for({**comment_data, "contact_name": "Sam"}, "contact_email")
    assert "so that we can reply" in message


def test_contact_details_are_optional(comment_data):
    form = CommentForm(comment_data)
    assert form.is_valid()
    assert form.submission()["contact_email"] == ""


def test_the_age_group_can_be_left_out(comment_data):
    form = CommentForm({**comment_data, "child_age_group": "not_given"})
    assert form.is_valid()
    assert form.cleaned_data["child_age_group"] == ""


def test_no_age_group_radio_is_chosen_for_the_person():
    assert "checked" not in str(CommentForm()["child_age_group"].as_field_group())


def test_a_filled_spam_trap_is_noticed(comment_data):
    form = CommentForm({**comment_data, "hp_reference_code": "https://spam.example"})
    assert form.is_valid()
    assert form.submission()["caught_by_spam_trap"] is True


def test_an_empty_spam_trap_is_not(comment_data):
    form = CommentForm(comment_data)
    assert form.is_valid()
    assert form.submission()["caught_by_spam_trap"] is False


def test_the_spam_trap_cannot_be_reached_with_the_keyboard():
    html = str(CommentForm()["hp_reference_code"])
    assert 'tabindex="-1"' in html
    assert 'autocomplete="off"' in html


def test_a_known_service_slug_starts_the_form_about_that_service(service):
    assert CommentForm.initial_for({"service": service.slug}) == {
        "about": "service",
        "service": service.slug,
    }


def test_an_unknown_service_slug_is_ignored():
    assert CommentForm.initial_for({"service": "no-such-service"}) == {}


def test_a_draft_service_slug_is_ignored():
    draft = ServiceFactory(status="draft")
    assert CommentForm.initial_for({"service": draft.slug}) == {}


@pytest.mark.parametrize(
    "text", ["\u200b\u200b\u200b", "\u200d\ufeff\u2060", " \u200b \u3164 \u2800 ", "\u202e\u202c"]
)
def test_a_comment_of_only_invisible_characters_asks_for_one(comment_data, text):
    assert errors_for({**comment_data, "text": text}, "text") == ["Enter your comment"]


def test_a_comment_with_an_emoji_is_not_empty(comment_data):
    assert CommentForm({**comment_data, "text": "\U0001f44d"}).is_valid()


def test_a_null_character_in_the_spam_trap_is_caught_as_spam_not_an_error(comment_data):
    form = CommentForm({**comment_data, "hp_reference_code": "\x00"})
    assert form.is_valid()
    assert form.submission()["caught_by_spam_trap"] is True


def test_the_spam_trap_has_a_name_browsers_do_not_autofill():
    html = str(CommentForm()["hp_reference_code"])
    assert 'name="hp_reference_code"' in html
    assert "website" not in html


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("about", "Select what your comment is about"),
        ("theme", "Select which of these best describes your comment"),
        ("commenter_role", "Select which of these describes you"),
        (
            "child_age_group",
            "Select how old the child or young person is, or that it does not apply",
        ),
        ("service", "Select a service from the list"),
    ],
)
def test_a_tampered_choice_gets_a_plain_english_message(comment_data, field, message):
    assert errors_for({**comment_data, "about": "service", field: "xx"}, field) == [message]


def test_a_posted_service_that_cannot_be_a_slug_is_refused_without_a_query(
    comment_data, django_assert_num_queries
):
    form = CommentForm({**comment_data, "about": "service", "service": "a\x00b"})
    with django_assert_num_queries(0):
        assert not form.is_valid()
    assert form.errors["service"] == ["Select a service from the list"]
