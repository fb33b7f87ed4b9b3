import pytest

pytestmark = pytest.mark.django_db


def test_open_data_page_explains_the_api(client, settings):
    settings.OPEN_DATA_LICENCE_NAME = "Hollowbrook Data Licence"
    settings.OPEN_DATA_LICENCE_URL = "https://example.org/licence"
    html = client.get("/open-data/").content.decode()
    assert "<title>Open data: the Local Offer for other websites and apps" in html
    for text in [
        "Open Referral UK",
        "/openreferral/v3/",
        'href="/openreferral/v3/services"',
        'href="/openreferral/v3/openapi.json"',
        "You do not need to register or use a key",
        "Searching by postcode is not available yet",
        'href="https://example.org/licence">Hollowbrook Data Licence</a>',
        "Special educational needs and disabilities",
    ]:
        assert text in html, text


def test_every_page_links_to_open_data(client):
    assert 'href="/open-data/">Open data</a>' in client.get("/").content.decode()
