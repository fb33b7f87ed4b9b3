"""The "Add to my list" / "Remove" button in cached directory pages (core/slots.py)."""

from django.conf import settings
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html
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


def service_actions(request, items: list[tuple[str, str]]) -> dict[str, str]:
    """A POST button per service: add it to the visitor's list, or remove it if it is there.

    `inner` is the service's name, already escaped by the template that marked the slot.
    """
    if request is None:
        return {}
    saved = set()
    if settings.SESSION_COOKIE_NAME in request.COOKIES and hasattr(request, "session"):
        saved = set(shortlist_ids(request.session))
    token = get_token(request)
    here = request.get_full_path()
    add, remove, my_list = (
        reverse("shortlist:add"),
        reverse("shortlist:remove"),
        reverse("shortlist:list"),
    )
    html = {}
    for key, inner in items:
        if not key.isdigit():
            continue
        on_list = int(key) in saved
        html[key] = format_html(
            _BUTTON,
            action=remove if on_list else add,
            token=token,
            id=key,
            next=here,
            saved=format_html(
                '<p class="govuk-body-s govuk-!-margin-bottom-1">'
                '<strong>Saved</strong> in <a class="govuk-link" href="{}">my list</a></p>',
                my_list,
            )
            if on_list
            else "",
            verb="Remove" if on_list else "Add",
            name=mark_safe(inner),  # noqa: S308 - escaped by the template that marked the slot
            rest="from my list" if on_list else "to my list",
        )
    return html
