"""Cache the expensive, request-independent part of public pages.

What is cached is the rendered main content (never the page around it, which
carries the per-request CSP nonce), keyed by the page, its normalised query
string and the directory's version number. The cache is each app server's own
memory; the version number lives in PostgreSQL, so every server drops stale
pages within `VERSION_CHECK_SECONDS` of a change. Nothing personal is cached:
only public directory pages use this.
"""

import hashlib
import time
from collections.abc import Callable

from django.core.cache import caches
from django.db import DatabaseError

VERSION_CHECK_SECONDS = 1.0
_version = {"number": None, "checked": 0.0}


def directory_version() -> int:
    """The directory's version, read from the database at most once a second per process."""
    now = time.monotonic()
    if _version["number"] is None or now - _version["checked"] > VERSION_CHECK_SECONDS:
        from directory.models import DirectoryVersion

        try:
            row = DirectoryVersion.objects.filter(pk=1).values_list("number", flat=True).first()
        except DatabaseError:
            row = None
        _version["number"] = row or 0
        _version["checked"] = now
    return _version["number"]


def reset() -> None:
    """Forget the remembered version (tests change the directory between requests)."""
    _version["number"] = None
    caches["pages"].clear()


def normalised_query(querydict) -> str:
    pairs = sorted((k, v) for k, values in querydict.lists() for v in values)
    return "&".join(f"{k}={v}" for k, v in pairs)


def cached(name: str, request, build: Callable[[], dict], *, timeout: int = 3600) -> dict:
    """Return build()'s result for this page and query string, from the cache when possible."""
    raw = f"{name}|{request.path}|{normalised_query(request.GET)}"
    key = f"{directory_version()}:{hashlib.sha256(raw.encode()).hexdigest()}"
    cache = caches["pages"]
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value
