"""The "Add to my list" / "Remove" button in cached directory pages (core/slots.py)."""

from functools import lru_cache

from django.conf import settings
from django.middleware.csrf import get_token
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from shortlist.selectors import shortlist_ids

_BUTTON = (
    '<form method="post" action="{action}" class="app-list-button">'
    '<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
    '<input type="hidden" name="service" value="{id}">'
    '<input type="hidden" name="next" value="{next}">'
    "{saved}"
    '<button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" '
    'data-module="govuk-button">{verb} <span class="govuk-visually-hidden">{name} </span>'
    "{rest}</button></form>"
)
_SAVED = (
    '<p class="govuk-body-s govuk-!-margin-bottom-1">'
    '<strong>Saved</strong> in <a class="govuk-link" href="{my_list}">my list</a></p>'
)


def service_actions(request, items: list[tuple[str, str]]) -> dict[str, str]:
    """A POST button per service: add it to the visitor's list, or remove it if it is there.

    `inner` is the service's name, already escaped by the template that marked the slot.
    The parts every button on the page shares are escaped once (a page has 20 buttons,
    rendered on every request, cached page or not).
    """
    if request is None:
        return {}
    saved = set()
    if settings.SESSION_COOKIE_NAME in request.COOKIES and hasattr(request, "session"):
        saved = set(shortlist_ids(request.session))
    shared = {
        "token": escape(get_token(request)),
        "next": escape(request.get_full_path()),
    }
    urls = _urls(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
    add = _button_parts(action=urls["add"], saved="", verb="Add", rest="to my list", **shared)
    remove = _button_parts(
        action=urls["remove"],
        saved=_SAVED.format(my_list=urls["list"]),
        verb="Remove",
        rest="from my list",
        **shared,
    )
    html = {}
    for key, inner in items:
        if not key.isdigit():  # the key goes into the HTML as it is: digits only
            continue
        before, between, after = remove if int(key) in saved else add
        # `inner` was escaped by the template that marked the slot.
        html[key] = mark_safe(before + key + between + inner + after)  # noqa: S308
    return html


def _button_parts(**values) -> tuple[str, str, str]:
    """_BUTTON filled with `values` (escaped HTML), in three pieces around {id} and {name}.

    Filled piece by piece, so braces in a value (the page's address) are never read as
    placeholders."""
    before, rest = _BUTTON.split("{id}")
    between, after = rest.split("{name}")
    return tuple(part.format(**values) for part in (before, between, after))


@lru_cache(maxsize=16)
def _urls(prefix: str, urlconf) -> dict[str, str]:
    """The list's addresses, escaped, reversed once per process (and prefix and URLconf)."""
    return {
        name: escape(reverse(f"shortlist:{name}", urlconf=urlconf))
        for name in ("add", "remove", "list")
    }
