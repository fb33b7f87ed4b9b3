"""Cache the expensive, request-independent part of public pages.

What is cached is the rendered main content: a page template's `{% partialdef %}`
blocks (see `cached_partials`), never the page around them, which carries the
per-request CSP nonce. Entries are keyed by the page, its normalised query
string and the directory's version number. The cache is each app server's own
memory; the version number lives in PostgreSQL, so every server drops stale
pages within `VERSION_CHECK_SECONDS` of a change. Nothing personal is cached:
only public directory pages use this.
"""

import hashlib
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import urlencode

from core.models import ContentVersion

VERSION_CHECK_SECONDS = 1.0
_version = {"number": None, "changed": None, "checked": 0.0}
_memos: dict[str, tuple] = {}  # name -> (content key, value): see `per_version`


def _refresh_version() -> None:
    now = time.monotonic()
    if _version["number"] is None or now - _version["checked"] > VERSION_CHECK_SECONDS:
        try:
            row = ContentVersion.objects.filter(pk=1).values_list("number", "changed").first()
        except DatabaseError:
            # The database is down: keep serving the pages cached for the last known version.
            row = (_version["number"], _version.get("changed")) if _version["number"] else None
        _version["number"], _version["changed"] = row or (0, None)
        _version["checked"] = now


def content_version() -> int:
    """The public content's version, read from the database at most once a second per process."""
    _refresh_version()
    return _version["number"]


def content_changed_at():
    """When the public content last changed (None if never recorded), read with the version."""
    _refresh_version()
    return _version["changed"]


def per_version(name: str, build: Callable[[], object]):
    """build()'s result, kept in this process until the public content changes.

    For small, rarely changed data every page reads (needs, areas, synonyms). Keyed by
    the content version and when it changed (a rolled-back change can reuse a number):
    other processes see a change within `VERSION_CHECK_SECONDS`, this one at once.
    """
    _refresh_version()
    key = (_version["number"], _version["changed"])
    held = _memos.get(name)
    if held is not None and held[0] == key:
        return held[1]
    value = build()
    _memos[name] = (key, value)
    return value


def forget_version() -> None:
    """Read the version again on next use (this process has just changed it)."""
    _version["checked"] = 0.0


def reset() -> None:
    """Forget the remembered version (tests change the directory between requests)."""
    _version["number"] = None
    _memos.clear()
    caches["pages"].clear()


def normalised_query(querydict, keys) -> str:
    """The query string limited to `keys`, sorted and URL-encoded.

    Encoding matters: joining raw values would let `?age=5%26need%3Dautism`
    share a cache entry with `?age=5&need=autism`. Parameters a page does not
    use are left out, so junk parameters cannot fill the cache.
    """
    pairs = sorted((k, v) for k in set(keys) for v in querydict.getlist(k))
    return urlencode(pairs)


def cached(
    name: str, request, build: Callable[[], dict], *, params=(), timeout=3600, use_cache=True
) -> dict:
    """Return build()'s result for this page, from the cache when possible.

    The key covers the page, the query parameters listed in `params`, the
    directory version and today's date (pages say when a review is overdue).
    """
    if not settings.PAGE_CACHE or not use_cache:
        return build()
    raw = f"{name}|{request.path}|{normalised_query(request.GET, params)}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    key = f"{content_version()}:{timezone.localdate().isoformat()}:{digest}"
    cache = caches["pages"]
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


def cached_partials(
    name: str,
    request,
    template_name: str,
    build_context: Callable[[], dict],
    *,
    partials: tuple[str, ...] = ("title", "content"),
    params=(),
    use_cache=True,
) -> dict[str, str]:
    """The page template's `{% partialdef %}`s named in `partials`, rendered and cached.

    `build_context` runs only when the cache has no copy. The partials must not use
    anything that differs per request (such as the CSP nonce): the page around them,
    rendered by the view from the same template, does that.
    """

    def build() -> dict[str, str]:
        context = build_context()
        return {
            partial: render_to_string(f"{template_name}#{partial}", context, request=request)
            for partial in partials
        }

    return cached(name, request, build, params=params, use_cache=use_cache)
