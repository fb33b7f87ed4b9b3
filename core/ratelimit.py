"""A per-client limit on what the public sends (comments, format requests), shared by every
app server through PostgreSQL.

django-ratelimit needs memcached or Redis; we have neither. One upsert per
request counts the client's submissions of one kind (`scope`) in fixed windows
(for comments by default 5 in 10 minutes and 20 in a day), atomically,
whichever server handles the request:

    INSERT ... ON CONFLICT (scope, client, window_seconds, window_start)
    DO UPDATE SET count = count + 1 RETURNING ...

The client is a keyed SHA-256 hash (HMAC with SECRET_KEY) of its IP address
(for IPv6, of its /64 network: one household or phone gets a whole /64),
salted with the scope and the date the window starts, so hashes cannot be
reversed or linked from one day or one form to another. `rate_limit_prune`
(called by each app's retention command) deletes rows once their window has
ended. The client's address comes from `security.clientip`, which trusts
X-Forwarded-For only from TRUSTED_PROXIES. See docs/adr/0003-feedback-comments.md.
"""

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.checks import Error
from django.db import connection
from django.db.models import DateTimeField, DurationField, ExpressionWrapper, F, Value
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core.models import RateLimitHit


@dataclass(frozen=True)
class RateLimitResult:
    allowed: bool
    #: When the client may send again (the end of the window that is full), if not allowed.
    retry_at: datetime | None = None


def client_key(ip: str) -> str:
    """What one client is, for counting: an IPv4 address, or an IPv6 /64 network.

    An IPv6 client is usually given a whole /64 and can use a new address from
    it for every request, so counting addresses would not limit it at all. An
    IPv4 address written as IPv6 (::ffff:192.0.2.1) counts as the IPv4 address.
    Anything that is not an address is counted as it is.
    """
    try:
        address = ipaddress.ip_address(ip.strip().split("%", 1)[0])
    except ValueError:
        return ip
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def client_hash(ip: str, window_start: datetime, scope: str) -> str:
    """A keyed hash of the client (see `client_key`), different each day and for each scope."""
    salt = f"{scope}.ratelimit:{window_start.date().isoformat()}"
    return salted_hmac(salt, client_key(ip), algorithm="sha256").hexdigest()


def _window_start(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=UTC)


def rate_limit_hit(
    *, scope: str, limits: Sequence[tuple[int, int]], ip: str, now: datetime | None = None
) -> RateLimitResult:
    """Count one submission of `scope` from this client in every window of `limits`
    ((how many, seconds) pairs); say whether it is within them.

    Every attempt counts, including those refused, so a client that keeps
    trying stays limited until the window ends.
    """
    now = now or timezone.now()
    by_window = {seconds: limit for limit, seconds in limits}
    if not by_window:
        return RateLimitResult(allowed=True)
    rows = []
    for seconds in by_window:
        start = _window_start(now, seconds)
        rows.append((scope, client_hash(ip, start, scope), seconds, start))
    table = connection.ops.quote_name(RateLimitHit._meta.db_table)
    values = ", ".join(["(%s, %s, %s, %s, 1)"] * len(rows))
    sql = (
        f"INSERT INTO {table} (scope, client, window_seconds, window_start, count) "  # noqa: S608
        f"VALUES {values} "
        "ON CONFLICT (scope, client, window_seconds, window_start) "
        f"DO UPDATE SET count = {table}.count + 1 "
        "RETURNING window_seconds, window_start, count"
    )
    params = [value for row in rows for value in row]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        counts = cursor.fetchall()
    over = [
        start + timedelta(seconds=seconds)
        for seconds, start, count in counts
        if count > by_window[seconds]
    ]
    if over:
        return RateLimitResult(allowed=False, retry_at=max(over))
    return RateLimitResult(allowed=True)


def rate_limit_prune(*, now: datetime | None = None) -> int:
    """Delete the counters of every window that has ended (any scope); return how many."""
    now = now or timezone.now()
    window_end = ExpressionWrapper(
        F("window_start")
        + F("window_seconds") * Value(timedelta(seconds=1), output_field=DurationField()),
        output_field=DateTimeField(),
    )
    return RateLimitHit.objects.alias(window_end=window_end).filter(window_end__lte=now).delete()[0]


def setting_errors(name: str, *, invalid_id: str, repeated_id: str) -> list[Error]:
    """System-check errors for a limits setting: (how many, seconds) pairs, one per window."""
    limits = getattr(settings, name, None)
    valid = isinstance(limits, list | tuple) and all(
        isinstance(pair, list | tuple)
        and len(pair) == 2
        and all(isinstance(n, int) and n > 0 for n in pair)
        for pair in limits
    )
    if not valid:
        return [
            Error(
                f"{name} must be a list of (how many, seconds) pairs of positive "
                "whole numbers, like [(5, 600), (20, 86400)].",
                id=invalid_id,
            )
        ]
    if len({seconds for _, seconds in limits}) != len(limits):
        return [Error(f"{name} has two limits for the same window.", id=repeated_id)]
    return []
