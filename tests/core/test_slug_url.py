"""core.links.slug_url gives what reverse() gives, without reversing every time."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from core.links import slug_url


@pytest.mark.parametrize(
    "slug", ["speech-therapy", "a", "Under_Score-9", "slug-url-marker-7f3a", "x" * 200]
)
def test_slug_url_equals_reverse(slug):
    name = "directory:service_detail"
    assert slug_url(name, slug) == reverse(name, kwargs={"slug": slug})


def test_slug_url_follows_the_script_prefix():
    try:
        set_script_prefix("/local-offer/")
        assert slug_url("directory:service_detail", "speech") == "/local-offer/services/speech/"
    finally:
        set_script_prefix("/")
    assert slug_url("directory:service_detail", "speech") == "/services/speech/"


@pytest.mark.parametrize("slug", ["", "two words", "café", "a/b"])
def test_other_slugs_go_through_reverse(slug):
    with pytest.raises(NoReverseMatch):
        slug_url("directory:service_detail", slug)


def test_a_service_links_to_its_page():
    from directory.models import Service

    assert Service(slug="sensory-play").get_absolute_url() == "/services/sensory-play/"


def test_slug_url_follows_a_changed_root_urlconf(settings):
    assert slug_url("directory:service_detail", "speech") == "/services/speech/"
    settings.ROOT_URLCONF = "tests.core.urls_prefixed"
    assert slug_url("directory:service_detail", "speech") == "/offer/services/speech/"
