import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["home", "accessibility", "privacy", "contact", "complaints"])
def test_site_pages_load_with_a_unique_title(client, name):
    html = client.get(reverse(name)).content.decode()
    assert "<title>" in html
    assert "Skip to main content" in html


def test_comment_without_a_valid_token_comes_back_with_the_words_kept():
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("feedback:comment"),
        {"text": "The page about short breaks is hard to find.", "about": "general"},
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "has not been sent" in html
    assert "The page about short breaks is hard to find." in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_other_forms_without_a_token_get_a_plain_explanation():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("home"))
    assert response.status_code in (403, 405)


def test_responses_carry_a_csp_with_a_nonce_and_no_unsafe_inline(client):
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
