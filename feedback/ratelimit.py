"""A per-client limit on comments, shared by every app server through PostgreSQL.

django-ratelimit needs memcached or Redis; we have neither. One upsert per
request counts the client's comments in fixed windows (by default 5 in 10
minutes and 20 in a day), atomically, whichever server handles the request:

    INSERT ... ON CONFLICT (client, window_seconds, window_start)
    DO UPDATE SET count = count + 1 RETURNING ...

The client is a keyed SHA-256 hash (HMAC with SECRET_KEY) of its IP address
(for IPv6, of its /64 network: one household or phone gets a whole /64),
salted with the date the window starts, so hashes cannot be reversed or
linked from one day to the next. `feedback_retention` deletes rows once their
window has ended. The client's address comes from `security.clientip`, which
trusts X-Forwarded-For only from TRUSTED_PROXIES. See docs/adr/0003-feedback-comments.md.
"""

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.crypto import salted_hmac

from feedback.models import RateLimitHit


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


def client_hash(ip: str, window_start: datetime) -> str:
    """A keyed hash of the client (see `client_key`), different each day."""
    salt = f"feedback.ratelimit:{window_start.date().isoformat()}"
    return salted_hmac(salt, client_key(ip), algorithm="sha256").hexdigest()


def _window_start(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=UTC)


def rate_limit_hit(*, ip: str, now: datetime | None = None) -> RateLimitResult:
    """Count one comment from this client in every window; say whether it is within the limits.

    Every attempt counts, including those refused, so a client that keeps
    trying stays limited until the window ends.
    """
    now = now or timezone.now()
    limits = {seconds: limit for limit, seconds in settings.FEEDBACK_RATE_LIMITS}
    if not limits:
        return RateLimitResult(allowed=True)
    rows = []
    for seconds in limits:
        start = _window_start(now, seconds)
        rows.append((client_hash(ip, start), seconds, start))
    table = connection.ops.quote_name(RateLimitHit._meta.db_table)
    values = ", ".join(["(%s, %s, %s, 1)"] * len(rows))
    sql = (
        f"INSERT INTO {table} (client, window_seconds, window_start, count) "  # noqa: S608
        f"VALUES {values} "
        "ON CONFLICT (client, window_seconds, window_start) "
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
        if count > limits[seconds]
    ]
    if over:
        return RateLimitResult(allowed=False, retry_at=max(over))
    return RateLimitResult(allowed=True)
