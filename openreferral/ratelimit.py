"""A per-client limit on API requests, shared by every app server through PostgreSQL.

One statement per request counts the client's requests in the current minute
(an upsert) and clears windows more than an hour old. The client is a keyed
hash (HMAC with SECRET_KEY) of its IP address, or of its /64 network for IPv6;
addresses are never stored. The address comes from `security.clientip`, as for
the comment form and sign-in: X-Forwarded-For is believed only from the proxies
and networks in TRUSTED_PROXIES, so a client reaching the app directly cannot
forge it. `OPEN_DATA_RATE_LIMIT = 0` switches the limit off
(the benchmark does).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core.ratelimit import client_key
from openreferral.models import ApiRateLimit
from security.clientip import client_ip

WINDOW_SECONDS = 60


@dataclass(frozen=True)
class Limit:
    allowed: bool
    limit: int = 0
    retry_after: int = 0  # seconds


def hit(request, *, now: datetime | None = None) -> Limit:
    """Count this request; say whether the client is within the limit."""
    limit = settings.OPEN_DATA_RATE_LIMIT
    if limit <= 0:
        return Limit(allowed=True)
    now = now or timezone.now()
    epoch = int(now.timestamp())
    start = datetime.fromtimestamp(epoch - epoch % WINDOW_SECONDS, tz=UTC)
    client = salted_hmac(
        "openreferral.ratelimit", client_key(client_ip(request)), algorithm="sha256"
    ).hexdigest()
    table = connection.ops.quote_name(ApiRateLimit._meta.db_table)
    sql = (
        f"WITH purge AS (DELETE FROM {table} WHERE window_start < %s) "  # noqa: S608
        f"INSERT INTO {table} (client, window_start, count) VALUES (%s, %s, 1) "
        f"ON CONFLICT (client, window_start) DO UPDATE SET count = {table}.count + 1 "
        "RETURNING count"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [start - timedelta(hours=1), client, start])
        (count,) = cursor.fetchone()
    if count <= limit:
        return Limit(allowed=True, limit=limit)
    retry = max(1, int((start + timedelta(seconds=WINDOW_SECONDS) - now).total_seconds()) + 1)
    return Limit(allowed=False, limit=limit, retry_after=min(retry, WINDOW_SECONDS))
