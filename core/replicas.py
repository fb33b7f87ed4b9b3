"""Read replicas: public pages read from a replica, everything else from the primary.

With DATABASE_REPLICA_URLS set, an anonymous GET or HEAD of a public page reads
from a replica, but only if that replica has caught up with the primary's
content version (checked at most once a second per process), so a page is
never cached under a version whose content the replica does not have yet.
Everything else reads from the primary: writes, admin, the provider portal,
anyone signed in (they have a session cookie), the content version check itself,
and a visitor's requests for a few seconds after they sent a form (so they see
what they just wrote).
"""

import contextvars
import random
import time

from django.conf import settings
from django.db import DatabaseError, connections

from core import pagecache
from core.models import ContentVersion

PRIMARY = "default"
JUST_WROTE_COOKIE = "lo_primary"
JUST_WROTE_SECONDS = 10
PRIVATE_PREFIXES = ("/admin/", "/provider/")

_replica = contextvars.ContextVar("replica", default=None)
_checked: dict[str, tuple[int, float]] = {}


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica_")]


def _replica_version(alias: str) -> int:
    now = time.monotonic()
    number, checked = _checked.get(alias, (None, 0.0))
    if number is None or now - checked > pagecache.VERSION_CHECK_SECONDS:
        try:
            row = (
                ContentVersion.objects.using(alias)
                .filter(pk=1)
                .values_list("number", flat=True)
                .first()
            )
        except DatabaseError:
            row = -1  # unreachable: use the primary
        number = row or 0
        _checked[alias] = (number, now)
    return number


def replica_for(request) -> str | None:
    """The replica this request may read from, or None for the primary."""
    aliases = replica_aliases()
    if (
        not aliases
        or request.method not in ("GET", "HEAD")
        or request.path.startswith(PRIVATE_PREFIXES)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or JUST_WROTE_COOKIE in request.COOKIES
    ):
        return None
    alias = random.choice(aliases)
    if _replica_version(alias) < pagecache.content_version():
        return None
    return alias


def read_connection():
    """The database connection this request reads from: SQL written by hand (the search's
    counting pass, spelling, distances) goes here rather than to `django.db.connection`,
    which is always the primary, so a search reads its counts and its page from the
    same database."""
    return connections[_replica.get() or PRIMARY]


class ReplicaRouter:
    """Sends reads to the replica chosen for this request, if any; writes to the primary."""

    def db_for_read(self, model, **hints):
        if model is ContentVersion:
            return PRIMARY
        return _replica.get()

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # No opinion: `migrate` touches only the database it is given (the primary in
        # production; a replica copies it). Test databases for replicas get the schema.
        return None


def replica_middleware(get_response):
    """Choose the database for each request's reads (see the module docstring)."""

    def middleware(request):
        token = _replica.set(replica_for(request))
        try:
            response = get_response(request)
        finally:
            _replica.reset(token)
        if request.method not in ("GET", "HEAD", "OPTIONS") and replica_aliases():
            response.set_cookie(
                JUST_WROTE_COOKIE,
                "1",
                max_age=JUST_WROTE_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    return middleware
