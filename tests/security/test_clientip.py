"""Which address is the client's: X-Forwarded-For is believed only from our own proxies."""

import pytest
from django.test import RequestFactory

from security.clientip import client_address, client_ip, is_trusted_proxy


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/feedback/", **extra)


@pytest.fixture(autouse=True)
def _proxies(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48"]


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request_from("10.0.0.2", "198.51.100.1")) == "10.0.0.2"


def test_a_forged_header_from_a_client_reaching_the_app_directly_is_ignored():
    assert client_ip(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_behind_one_proxy_the_last_forwarded_address_is_the_client():
    # The usual case: exactly one forwarded address, written by our load balancer.
    assert client_ip(request_from("10.0.0.2", "198.51.100.1")) == "198.51.100.1"


def test_addresses_the_client_wrote_before_ours_are_not_believed():
    assert client_ip(request_from("10.0.0.2", "6.6.6.6, 198.51.100.1")) == "198.51.100.1"


def test_behind_two_proxies_the_first_untrusted_address_from_the_right_is_the_client():
    request = request_from("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.1")
    assert client_ip(request) == "198.51.100.1"


def test_a_missing_forwarded_header_falls_back_to_the_proxy_address():
    assert client_ip(request_from("10.0.0.2")) == "10.0.0.2"


def test_something_that_is_not_an_address_stops_the_walk():
    assert client_ip(request_from("10.0.0.2", "198.51.100.1, junk")) == "10.0.0.2"


def test_no_remote_address_is_unknown():
    assert client_ip(request_from("")) == "unknown"


@pytest.mark.parametrize(
    ("address", "trusted"),
    [
        ("10.1.2.3", True),
        ("::ffff:10.1.2.3", True),
        ("2001:db8:ffff:1::1", True),
        ("11.0.0.1", False),
        ("2001:db8:fffe::1", False),
        ("not an address", False),
    ],
)
def test_trusted_proxies_are_matched_by_network(address, trusted):
    assert is_trusted_proxy(address) is trusted


def test_the_lockout_gets_the_client_address_behind_a_trusted_proxy():
    # django-axes counts failed sign-ins per address through client_address.
    assert client_address(request_from("10.0.0.2", "198.51.100.1")) == "198.51.100.1"


def test_the_lockout_gets_no_address_when_the_connection_has_none():
    # axes stores an address column: "unknown" would put every such client in one bucket.
    assert client_address(request_from("")) is None
