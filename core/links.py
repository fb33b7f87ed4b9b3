"""Links from one feature app's records to another's, without either importing the other.

Feature apps are independent (the import layers forbid feedback and
consultation from importing each other). When one needs to point at the
other's records, it stores the record's id under a kind named here, and the
app that owns the records registers a `LinkSource` for that kind in its
`AppConfig.ready()`. If the owning app is not installed, there is simply
nothing to choose and nothing to link to.

    links.register(LinkSource(kind=YOU_SAID_WE_DID, choices=..., resolve=...))
    links.choices(YOU_SAID_WE_DID)           # [(id, label), ...] for staff pickers
    links.resolve(YOU_SAID_WE_DID, [3, 7])   # {3: Link(...)}: public links only, one query
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

#: Entries of the annual "you said, we did" comments report (regulation 56).
YOU_SAID_WE_DID = "you-said-we-did"


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class LinkSource:
    kind: str
    #: Every record staff may point to: (id, label) pairs, published or not.
    choices: Callable[[], list[tuple[int, str]]]
    #: The public link of each id that the public can follow now; others are left out.
    resolve: Callable[[list[int]], dict[int, Link]]


_sources: dict[str, LinkSource] = {}


def register(source: LinkSource) -> None:
    _sources[source.kind] = source


def available(kind: str) -> bool:
    return kind in _sources


def choices(kind: str) -> list[tuple[int, str]]:
    source = _sources.get(kind)
    return source.choices() if source else []


def resolve(kind: str, ids: Iterable[int | None]) -> dict[int, Link]:
    wanted = sorted({i for i in ids if i is not None})
    source = _sources.get(kind)
    if not wanted or source is None:
        return {}
    return source.resolve(wanted)


# A slug every <slug:...> URL accepts, and that no URL prefix holds.
_MARKER = "slug-url-marker-7f3a"
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")


def slug_url(name: str, slug: str) -> str:
    """reverse(name, kwargs={"slug": slug}), with the URL around the slug worked out once
    per process (and script prefix and URLconf): reverse() costs about 50 microseconds,
    and a page of search results links twenty services. A slug with other characters
    goes through reverse() (which then decides whether it fits)."""
    if not _SLUG.fullmatch(slug or ""):
        return reverse(name, kwargs={"slug": slug})
    # The URLconf by name, so override_settings(ROOT_URLCONF=...) is a different key.
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    before, after = _around_slug(name, get_script_prefix(), urlconf)
    return f"{before}{slug}{after}"


@lru_cache(maxsize=64)
def _around_slug(name: str, prefix: str, urlconf) -> tuple[str, str]:
    url = reverse(name, kwargs={"slug": _MARKER}, urlconf=urlconf)
    before, _, after = url.rpartition(_MARKER)
    return before, after
