"""Every page's header and footer links (core.context_processors.SITE_URL_NAMES)."""

import pytest
from django.urls import reverse

from core.context_processors import SITE_URL_NAMES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page", ["home", "directory:service_search", "privacy"])
def test_header_and_footer_link_to_every_site_address(client, page):
    html = client.get(reverse(page)).content.decode()
    for name in SITE_URL_NAMES.values():
        assert f'href="{reverse(name)}"' in html, name
    assert 'href=""' not in html


def test_the_menu_marks_the_page_you_are_on(client):
    html = client.get(reverse("directory:service_search")).content.decode()
    assert f'href="{reverse("directory:service_search")}" aria-current="page"' in html
    assert html.count('aria-current="page"') == 1


def test_links_follow_the_script_prefix(rf):
    from django.urls import set_script_prefix

    from core.context_processors import site

    try:
        set_script_prefix("/local-offer/")
        links = site(rf.get("/"))["site_urls"]
    finally:
        set_script_prefix("/")
    assert links["search"] == "/local-offer" + reverse("directory:service_search")
    assert site(rf.get("/"))["site_urls"]["search"] == reverse("directory:service_search")
