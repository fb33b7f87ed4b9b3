import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


PAGES = ["home", "accessibility", "privacy", "contact", "complaints"]


@pytest.mark.parametrize("name", PAGES)
def test_site_pages_load_with_a_skip_link(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert "Skip to main content" in response.content.decode()


def test_every_site_page_has_its_own_title(client):
    import re

    titles = [
        re.search(r"<title>(.*?)</title>", client.get(reverse(name)).content.decode()).group(1)
        for name in PAGES
    ]
    assert len(set(titles)) == len(titles)
    assert all(t.endswith(" - Local Offer - Brindlemoor Council") for t in titles)


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
    assert response.status_code == 403
    assert "Your form has not been sent" in response.content.decode()


def test_responses_carry_a_csp_with_a_nonce_and_no_unsafe_inline(client):
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
