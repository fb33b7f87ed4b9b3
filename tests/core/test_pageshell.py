"""Pages around cached partials are joined from a per-process shell (core/pageshell.py)."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.shortcuts import render
from django.test import Client, RequestFactory
from django.utils.csp import LazyNonce

from core import pageshell
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def _normalised(html: str) -> str:
    """The page with what differs on every request (nonce, CSRF token) blanked."""
    html = re.sub(r'nonce="[^"]+"', 'nonce=""', html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken"', html)


def _ordinary(monkeypatch):
    monkeypatch.setattr(
        pageshell,
        "render_page",
        lambda request, template, parts: render(request, template, {"parts": parts}),
    )


@pytest.fixture
def services(settings):
    settings.PAGE_CACHE = True
    return [ServiceFactory(name=f"Shell test service {n}") for n in range(3)]


def _visitors(services):
    plain = Client()
    with_list = Client()
    with_list.post("/my-list/add/", {"service": services[1].pk})
    return plain, with_list


@pytest.mark.parametrize("path", ["/", "/services/", "/services/?q=shell+test", "service"])
def test_pages_from_the_shell_equal_the_ordinary_render(services, monkeypatch, path):
    path = services[0].get_absolute_url() if path == "service" else path
    plain, with_list = _visitors(services)
    from_shell = [plain.get(path), with_list.get(path), plain.get(path)]
    assert all(r.status_code == 200 for r in from_shell)
    assert any(pieces is not None for pieces in pageshell._shells.values())
    _ordinary(monkeypatch)
    ordinary = [plain.get(path), with_list.get(path), plain.get(path)]
    for shell_response, ordinary_response in zip(from_shell, ordinary, strict=True):
        assert _normalised(shell_response.text) == _normalised(ordinary_response.text)
        assert shell_response.headers.get("Vary") == ordinary_response.headers.get("Vary")
    # Each visitor's own header, nonce and buttons.
    assert "My list (1)" in from_shell[1].text and "My list (1)" not in from_shell[0].text
    nonce = re.search(r'nonce="([^"]+)"', from_shell[0].text)[1]
    assert f"'nonce-{nonce}'" in from_shell[0].headers["Content-Security-Policy"]
    assert nonce not in from_shell[2].text


def test_a_saved_service_shows_remove_for_that_visitor_only(services):
    plain, with_list = _visitors(services)
    assert "Remove <span" not in plain.get("/services/?q=shell+test").text
    assert with_list.get("/services/?q=shell+test").text.count("Remove <span") == 1


def _request(query=""):
    request = RequestFactory().get(f"/anything/?{query}")
    request.session = SessionStore()
    request.user = AnonymousUser()
    request._csp_nonce = LazyNonce()
    return request


@pytest.mark.parametrize(
    "source",
    [
        "{{ request.GET.x }}|{{ parts.content }}",  # differs per request outside the parts
        "{{ parts.content|upper }}",  # changes the part: a marker cannot stand for it
        "{% csrf_token %}{{ parts.content }}",  # a new token on every render
    ],
)
def test_a_page_that_differs_per_request_never_uses_a_shell(settings, tmp_path, source):
    (tmp_path / "varies.html").write_text(source)
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    first = pageshell.render_page(_request("x=one"), "varies.html", {"content": "Hello"})
    second = pageshell.render_page(_request("x=two"), "varies.html", {"content": "Hello"})
    assert list(pageshell._shells.values()) == [None]
    expected = [
        render(_request(f"x={x}"), "varies.html", {"parts": {"content": "Hello"}}).text
        for x in ("one", "two")
    ]
    if "csrf" in source:
        assert first.text.endswith("Hello") and second.text.endswith("Hello")
    else:
        assert [first.text, second.text] == expected


def test_a_shell_joins_this_requests_nonce_and_parts(settings, tmp_path):
    (tmp_path / "plain.html").write_text('<script nonce="{{ csp_nonce }}"></script>{{ parts.a }}')
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    one, two = _request(), _request()
    first = pageshell.render_page(one, "plain.html", {"a": "<b>One</b>"})
    second = pageshell.render_page(two, "plain.html", {"a": "<b>Two</b>"})
    assert [p is not None for p in pageshell._shells.values()] == [True]
    assert first.text == f'<script nonce="{one._csp_nonce}"></script><b>One</b>'
    assert second.text == f'<script nonce="{two._csp_nonce}"></script><b>Two</b>'


def test_an_empty_part_is_a_different_shell(settings, tmp_path):
    # `{% if parts.x %}` must see an empty part as empty, shell or not.
    source = "{% if parts.summary %}[{{ parts.summary }}]{% else %}default{% endif %}"
    (tmp_path / "maybe.html").write_text(source)
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    full = pageshell.render_page(_request(), "maybe.html", {"summary": "Some words"})
    empty = pageshell.render_page(_request(), "maybe.html", {"summary": ""})
    again = pageshell.render_page(_request(), "maybe.html", {"summary": "Other words"})
    assert [full.text, empty.text, again.text] == ["[Some words]", "default", "[Other words]"]
    assert len(pageshell._shells) == 2 and None not in pageshell._shells.values()


def test_shells_are_bounded_dropping_the_least_recently_used(settings, tmp_path, monkeypatch):
    (tmp_path / "plain.html").write_text("{{ parts.a }}")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    monkeypatch.setattr(pageshell, "_MAX_SHELLS", 2)
    for name in ("one", "two", "one", "three"):  # "two" is the least recently used
        settings.SITE_NAME = name  # a plain context value: a shell of its own
        assert pageshell.render_page(_request(), "plain.html", {"a": name}).text == name
    names = [dict(key[3])["site_name"] for key in pageshell._shells]
    assert names == ["one", "three"]


def test_a_signed_in_officer_gets_their_own_shell(services, officer_client, monkeypatch):
    path = services[0].get_absolute_url()
    visitor = Client()
    pages = [visitor.get(path), officer_client.get(path), visitor.get(path)]
    assert all(page.status_code == 200 for page in pages)
    signed_in = {key[2] for key in pageshell._shells}
    assert None in signed_in and len(signed_in) == 2
    _ordinary(monkeypatch)
    assert _normalised(officer_client.get(path).text) == _normalised(pages[1].text)
