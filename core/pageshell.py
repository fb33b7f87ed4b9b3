"""Render the page around cached partials from a per-process "shell".

A cached public page (core/pagecache.py) still rendered its whole template on every
request: header, footer, the blocks that print the cached parts, about 0.4 ms of a
0.85 ms cached search page. That page is the same for every visitor but for a few
values: the CSP nonce, the parts themselves, and what the context processors say about
this visitor (their list's label). So the page is rendered once with markers in place
of the nonce and the parts, split at the markers, and kept per template and per
context-processor values; each request joins the pieces with its own nonce and parts
(slots filled for this visitor, core/slots.py).

Safe by construction and by check: the key holds every plain value the context
processors give (so "My list (3)" and "My list" are different shells) and whether
someone is signed in (and who); the first time a shell is made, the page is also
rendered the ordinary way for the same request and the two must be identical, or that
key always renders the ordinary way. A template whose outer part shows something else
per request (a CSRF token, the query string) therefore never uses a shell.
"""

import contextlib
import logging
import re
import secrets
from collections import OrderedDict

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.shortcuts import render
from django.template import engines
from django.utils.csp import CONTEXT_KEY as NONCE_KEY

from core import slots

logger = logging.getLogger(__name__)

# Letters and digits only: printed as they are, escaped or not.
_MARK = f"pageshell{secrets.token_hex(12)}"
_NONCE = f"{_MARK}nonce"
_MAX_SHELLS = 256
# Every this many uses, a shell's page is checked again against the ordinary render.
CHECK_EVERY = 500
_uses = [0]
_MISSING = object()
_PLAIN = (str, int, float)  # bool is an int
# key -> list of pieces (str: literal text; tuple (name,): a marker), or None: render
# the ordinary way.
_shells: OrderedDict[tuple, list | None] = OrderedDict()  # least recently used first


def render_page(request, template_name: str, parts: dict[str, str]) -> HttpResponse:
    """`render(request, template_name, {"parts": parts})`, from a shell when possible.

    `parts` are the page's cached partials (safe HTML); every part is filled for this
    visitor (core/slots.py), as the page templates' `{% fill_slots %}` does.
    """
    if settings.DEBUG or get_nonce(request) is None:  # templates change while developing
        return render(request, template_name, {"parts": parts})
    plain, others = _context(request)
    signed_in = None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # no session, nobody signed in
        user = getattr(request, "user", None)
        signed_in = user.pk if user is not None and user.is_authenticated else None
    # Which parts are empty is part of the key: a template may test `{% if parts.x %}`.
    shape = tuple((name, bool(parts[name])) for name in sorted(parts))
    key = (template_name, shape, signed_in, tuple(sorted(plain.items())))
    _uses[0] += 1
    pieces = _shells.get(key, _MISSING)
    if pieces is _MISSING or _uses[0] % CHECK_EVERY == 0:
        pieces = _make_shell(request, template_name, parts, key, plain, others)
    else:
        with contextlib.suppress(KeyError):  # another thread may have just dropped it
            _shells.move_to_end(key)
    if pieces is None:
        return render(request, template_name, {"parts": parts})
    return HttpResponse(_join(pieces, request, parts))


def forget() -> None:
    """Drop every shell (tests that change templates or settings)."""
    _shells.clear()


def _context(request) -> tuple[dict, list[str]]:
    """What the context processors give for this request: the plain values (text and
    numbers, and dicts of them), and the names of the others (request, user, messages,
    CSRF token...), which a shell's page must not use."""
    plain, others = {}, []
    for processor in engines["django"].engine.template_context_processors:
        for name, value in processor(request).items():
            # type(), not isinstance(): a lazy object (the user) is not a plain value.
            if value is None or issubclass(type(value), _PLAIN):
                plain[name] = value
            elif type(value) is dict and all(issubclass(type(v), _PLAIN) for v in value.values()):
                plain[name] = tuple(sorted(value.items()))
            elif name != NONCE_KEY:
                others.append(name)
    return plain, others


class _Untouchable:
    """Stands for a per-request value while a shell is rendered; records any use."""

    def __init__(self, touched: list):
        object.__setattr__(self, "_touched", touched)

    def _use(self, *args, **kwargs):
        self._touched.append(True)
        raise _Touched

    __getattr__ = __getitem__ = __str__ = __bool__ = __iter__ = __len__ = __eq__ = _use
    __html__ = __contains__ = __call__ = _use


class _Touched(Exception):
    pass


def _make_shell(request, template_name, parts, key, plain, others) -> list | None:
    # An empty part stays empty (a marker would make `{% if parts.x %}` true).
    marked = {
        name: f"{_MARK}part{i}x" if parts[name] else "" for i, name in enumerate(sorted(parts))
    }
    touched: list = []
    context = {
        name: dict(value) if type(value) is tuple else value for name, value in plain.items()
    }
    context |= dict.fromkeys(others, _Untouchable(touched))
    context |= {"parts": marked, NONCE_KEY: _NONCE}
    try:
        # No request: the page may use only the values above (tags that read the
        # request itself fail, and the page is then rendered the ordinary way).
        html = engines["django"].get_template(template_name).render(context)
    except Exception:  # noqa: BLE001 - any failure means: no shell, render the ordinary way
        touched.append(True)
        html = ""
    pieces = None if touched else _split(html, marked)
    # Compared without the visitor's slots (their CSRF token differs on every render).
    without_slots = {name: slots.remove(html) for name, html in parts.items()}
    if pieces is not None and _join(pieces, request, without_slots) != (
        render(request, template_name, {"parts": without_slots}).text
    ):
        pieces = None
    if pieces is None:
        logger.info("%s uses something per request around its parts: no shell", template_name)
    _shells[key] = pieces
    _shells.move_to_end(key)
    while len(_shells) > _MAX_SHELLS:
        _shells.popitem(last=False)
    return pieces


def _split(html: str, marked: dict[str, str]) -> list | None:
    """The page split at the markers: literal text and (name,) for each marker."""
    by_marker = {mark: (name,) for name, mark in marked.items() if mark}
    by_marker[_NONCE] = (NONCE_KEY,)
    pattern = re.compile("|".join(re.escape(m) for m in by_marker))
    pieces: list = []
    at = 0
    for match in pattern.finditer(html):
        pieces.append(html[at : match.start()])
        pieces.append(by_marker[match.group()])
        at = match.end()
    pieces.append(html[at:])
    if _MARK in "".join(p for p in pieces if isinstance(p, str)):
        return None  # a marker was changed by the template (a filter): not usable
    return pieces


def _join(pieces: list, request, parts) -> str:
    filled = {name: slots.fill(html, request) for name, html in parts.items()}
    filled[NONCE_KEY] = str(get_nonce(request))
    return "".join(p if isinstance(p, str) else filled[p[0]] for p in pieces)
