"""Per-visitor pieces inside cached pages ("slots").

Public pages are cached whole (core/pagecache.py), but a few small pieces of
them differ per visitor: an "Add to my list" button knows whether the service is
already saved and carries the visitor's CSRF token. A template marks such a
place with `{% slot "name" key %}fallback text{% endslot %}`; the cached HTML
keeps a marker there, and `{% fill_slots html %}` replaces every marker on each
request with what the app that registered "name" renders for it.

This keeps layers pointing one way: the directory's templates name a slot, not
the app that fills it, and a slot nobody fills simply disappears. Markers cannot
be forged by content: every user-entered text in a template is escaped, which
turns the marker's "<" into "&lt;".
"""

import re
from collections import defaultdict
from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

# A filler gets the request and [(key, inner_html), ...] for every slot of its
# name on the page, and returns {key: html} (safe HTML) for the ones it fills.
Filler = Callable[[object, list[tuple[str, str]]], dict[str, str]]

_fillers: dict[str, Filler] = {}
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NAME = re.compile(r"^[a-z_]{1,40}$")
_OPEN, _CLOSE = "<!--slot:", "<!--/slot-->"
_MARKER = re.compile(
    r"<!--slot:(?P<name>[a-z_]{1,40}):(?P<key>[A-Za-z0-9_-]{1,64})-->"
    r"(?P<inner>.*?)<!--/slot-->",
    re.DOTALL,
)


def register(name: str, filler: Filler) -> None:
    """Let `filler` render the slots called `name` (an app's AppConfig.ready() calls this)."""
    _fillers[name] = filler


def marker(name: str, key: str, inner: str) -> SafeString:
    key = str(key)
    if not _KEY.fullmatch(key) or not _NAME.fullmatch(name):
        return mark_safe("")  # noqa: S308 - empty string
    return mark_safe(f"<!--slot:{name}:{key}-->{inner}<!--/slot-->")  # noqa: S308 - inner is rendered template output


def fill(html: str, request) -> SafeString:
    """Replace every slot marker in `html` (cached, safe HTML) for this request."""
    if _OPEN not in html:
        return mark_safe(html)  # noqa: S308 - already-rendered template output
    # Split at the markers (str.split: a page has 20 of them in 40 KB, and a regular
    # expression scanning for them cost more than filling them).
    first, *pieces = html.split(_OPEN)
    parsed = []  # (name, key, inner, text after) or (None, None, None, text as it was)
    wanted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for piece in pieces:
        head, _, rest = piece.partition("-->")
        name, _, key = head.partition(":")
        inner, closed, after = rest.partition(_CLOSE)
        if closed and _NAME.fullmatch(name) and _KEY.fullmatch(key):
            parsed.append((name, key, inner, after))
            wanted[name].append((key, inner))
        else:  # not a marker this module wrote: kept as it was
            parsed.append((None, None, None, _OPEN + piece))
    rendered = {
        name: _fillers[name](request, items) if name in _fillers else {}
        for name, items in wanted.items()
    }
    out = [first]
    for name, key, _inner, after in parsed:
        if name is not None:
            out.append(str(rendered[name].get(key, "")))
        out.append(after)
    return mark_safe("".join(out))  # noqa: S308 - fillers return safe HTML


def remove(html: str) -> SafeString:
    """`html` with every slot marker and its fallback text removed."""
    return mark_safe(_MARKER.sub("", html))  # noqa: S308 - already-rendered template output
