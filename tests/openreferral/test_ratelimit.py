"""The open data API's rate limit finds the client as the rest of the site does
(security.clientip): X-Forwarded-For is believed only from TRUSTED_PROXIES."""

import pytest

from openreferral import ratelimit

pytestmark = pytest.mark.django_db

API = "/openreferral/v3/taxonomies"


@pytest.fixture(autouse=True)
def _limit(settings):
    settings.OPEN_DATA_RATE_LIMIT = 3
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48"]


def status(client, remote, forwarded=None) -> int:
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.get(API, **extra).status_code


def test_a_forged_forwarded_header_from_an_untrusted_peer_is_ignored(client):
    # A client reaching the app directly writes a new address every time: it is
    # still one client, limited after three requests.
    statuses = [status(client, "198.51.100.7", f"203.0.113.{i}") for i in range(1, 8)]
    assert statuses == [200, 200, 200, 429, 429, 429, 429]
    # ...and someone else reaching the app directly is not affected.
    assert status(client, "198.51.100.8", "203.0.113.1") == 200


def test_without_trusted_proxies_every_forwarded_header_is_ignored(client, settings):
    settings.TRUSTED_PROXIES = []
    statuses = [status(client, "10.0.0.2", f"203.0.113.{i}") for i in range(1, 5)]
    assert statuses == [200, 200, 200, 429]


def test_the_forwarded_address_from_a_trusted_proxy_network_is_honoured(client):
    # Two proxies in 10.0.0.0/8 pass on two different clients: each has its own limit,
    # so visitors behind the load balancer do not share one.
    for _ in range(3):
        assert status(client, "10.0.0.2", "203.0.113.5") == 200
    assert status(client, "10.9.8.7", "203.0.113.5") == 429
    assert status(client, "10.0.0.2", "203.0.113.6") == 200


def test_addresses_a_client_writes_before_our_proxy_s_are_not_believed(client):
    # Behind the proxy, the client adds its own made-up addresses on the left:
    # only the one our proxy wrote (the right-most) counts.
    statuses = [status(client, "10.0.0.2", f"192.0.2.{i}, 203.0.113.5") for i in range(1, 6)]
    assert statuses == [200, 200, 200, 429, 429]


def test_trusted_ipv6_proxy_and_ipv6_client_count_by_64_network(client):
    # An IPv6 client behind an IPv6 proxy is counted by its /64, whatever address it uses.
    proxy = "2001:db8:ffff::1"
    statuses = [status(client, proxy, f"2001:db8:1:2::{i:x}") for i in range(1, 5)]
    assert statuses == [200, 200, 200, 429]
    assert status(client, proxy, "2001:db8:1:3::1") == 200


def test_the_api_uses_the_site_s_client_address():
    from security import clientip

    assert ratelimit.client_ip is clientip.client_ip
