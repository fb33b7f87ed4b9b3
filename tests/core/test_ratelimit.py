"""The per-client limit the comment and format request forms share (core.ratelimit)."""

from datetime import UTC, datetime, timedelta

import pytest

from core import ratelimit
from core.models import RateLimitHit

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 1, 12, 3, tzinfo=UTC)
LIMITS = [(5, 600), (20, 86400)]  # the comment form's defaults


def rate_limit_hit(*, ip, now, scope="feedback", limits=LIMITS):
    return ratelimit.rate_limit_hit(scope=scope, limits=limits, ip=ip, now=now)


def client_hash(ip, window_start, scope="feedback"):
    return ratelimit.client_hash(ip, window_start, scope)


def hits(n, ip="192.0.2.1", now=NOW):
    return [rate_limit_hit(ip=ip, now=now) for _ in range(n)]


def test_comments_within_the_limit_are_allowed():
    assert all(result.allowed for result in hits(5))


def test_the_comment_over_the_limit_is_refused_until_the_window_ends():
    *_, result = hits(6)
    assert not result.allowed
    assert result.retry_at == datetime(2026, 6, 1, 12, 10, tzinfo=UTC)


def test_a_new_window_starts_afresh():
    hits(6)
    assert rate_limit_hit(ip="192.0.2.1", now=NOW + timedelta(minutes=10)).allowed


def test_the_daily_limit_applies_across_windows():
    for window in range(4):
        hits(5, now=NOW + timedelta(minutes=10 * window))
    result = rate_limit_hit(ip="192.0.2.1", now=NOW + timedelta(minutes=40))
    assert not result.allowed
    assert result.retry_at == datetime(2026, 6, 2, tzinfo=UTC)


def test_clients_are_counted_separately():
    hits(6, ip="192.0.2.1")
    assert rate_limit_hit(ip="192.0.2.2", now=NOW).allowed


def test_one_row_per_client_and_window_is_kept():
    hits(3)
    assert RateLimitHit.objects.count() == 2
    assert sorted(RateLimitHit.objects.values_list("count", flat=True)) == [3, 3]


def test_the_ip_address_is_not_stored():
    hits(1, ip="192.0.2.77")
    assert not RateLimitHit.objects.filter(client__contains="192.0.2.77").exists()
    assert len(RateLimitHit.objects.first().client) == 64


def test_the_hash_of_an_address_changes_every_day():
    today = client_hash("192.0.2.1", NOW)
    assert today == client_hash("192.0.2.1", NOW + timedelta(hours=1))
    assert today != client_hash("192.0.2.1", NOW + timedelta(days=1))


def test_no_limits_means_no_limit():
    assert all(rate_limit_hit(ip="192.0.2.1", now=NOW, limits=[]).allowed for _ in range(50))


def test_each_scope_has_its_own_count_and_hash():
    hits(6)
    assert rate_limit_hit(ip="192.0.2.1", now=NOW, scope="format_request").allowed
    assert client_hash("192.0.2.1", NOW) != client_hash("192.0.2.1", NOW, "format_request")


def test_one_address_is_stored_under_a_different_hash_in_each_scope():
    # Otherwise the rows of two forms could be joined to follow one person across them.
    hits(1)
    rate_limit_hit(ip="192.0.2.1", now=NOW, scope="format_request")
    stored = dict(RateLimitHit.objects.filter(window_seconds=600).values_list("scope", "client"))
    assert stored["feedback"] != stored["format_request"]


def test_only_counters_of_ended_windows_are_pruned():
    hits(1)
    rate_limit_hit(ip="192.0.2.1", now=NOW, scope="format_request")
    assert ratelimit.rate_limit_prune(now=NOW + timedelta(minutes=10)) == 2  # both 10-minute rows
    assert sorted(RateLimitHit.objects.values_list("scope", flat=True)) == [
        "feedback",
        "format_request",
    ]


# (Which address is the client's: tests/security/test_clientip.py.)


def test_ipv6_addresses_in_one_64_network_share_a_limit():
    for n in range(5):
        assert rate_limit_hit(ip=f"2001:db8:1:2::{n + 1:x}", now=NOW).allowed
    assert not rate_limit_hit(ip="2001:db8:1:2:ffff:ffff:ffff:ffff", now=NOW).allowed


def test_another_ipv6_64_network_has_its_own_limit():
    hits(6, ip="2001:db8:1:2::1")
    assert rate_limit_hit(ip="2001:db8:1:3::1", now=NOW).allowed


def test_an_ipv4_address_written_as_ipv6_counts_as_the_ipv4_address():
    hits(5, ip="192.0.2.1")
    assert not rate_limit_hit(ip="::ffff:192.0.2.1", now=NOW).allowed


def test_something_that_is_not_an_address_is_still_counted():
    *_, result = hits(6, ip="unknown")
    assert not result.allowed
