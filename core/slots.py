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
    if not _KEY.match(key) or not re.match(r"^[a-z_]{1,40}$", name):
        return mark_safe("")  # noqa: S308 - empty string
    return mark_safe(f"<!--slot:{name}:{key}-->{inner}<!--/slot-->")  # noqa: S308 - inner is rendered template output


def fill(html: str, request) -> SafeString:
    """Replace every slot marker in `html` (cached, safe HTML) for this request."""
    if "<!--slot:" not in html:
        return mark_safe(html)  # noqa: S308 - already-rendered template output
    wanted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for match in _MARKER.finditer(html):
        wanted[match["name"]].append((match["key"], match["inner"]))
    rendered = {
        name: _fillers[name](request, items) if name in _fillers else {}
        for name, items in wanted.items()
    }
    return mark_safe(  # noqa: S308 - fillers return safe HTML
        _MARKER.sub(lambda m: str(rendered[m["name"]].get(m["key"], "")), html)
    )
