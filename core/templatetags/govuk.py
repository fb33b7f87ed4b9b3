"""Template helpers for GOV.UK Frontend markup."""

from django import forms, template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()
CHECKED = mark_safe(" checked")  # noqa: S308 - a constant


@register.filter
def widget_kind(bound_field) -> str:
    """Which GOV.UK component renders this field."""
    widget = bound_field.field.widget
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    return "input"


@register.filter
def govuk_choice_items(bound_field):
    """The items of a GOV.UK checkboxes or radios group: one input and label per choice.

    Written in Python rather than a template loop: the search page has about fifty
    choices, and a loop of template tags cost several milliseconds on every search.
    """
    prefix = "govuk-checkboxes" if widget_kind(bound_field) == "checkboxes" else "govuk-radios"
    input_type = "checkbox" if prefix == "govuk-checkboxes" else "radio"
    name = bound_field.html_name
    return format_html_join(
        "\n",
        '<div class="{0}__item">\n'
        '  <input class="{0}__input" id="{1}" name="{2}" type="{3}" value="{4}"{5}>\n'
        '  <label class="govuk-label {0}__label" for="{1}">{6}</label>\n'
        "</div>",
        (
            (
                prefix,
                option.id_for_label,
                name,
                input_type,
                option.data["value"],
                CHECKED if option.data["selected"] else "",
                option.choice_label,
            )
            for option in bound_field.subwidgets
        ),
    )


@register.filter
def govuk_widget(bound_field, extra_classes: str = ""):
    """Render a text-like widget with GOV.UK classes and the right aria-describedby."""
    kind = widget_kind(bound_field)
    base = {"textarea": "govuk-textarea", "select": "govuk-select"}.get(kind, "govuk-input")
    classes = [base]
    if bound_field.errors:
        classes.append(f"{base}--error")
    existing = bound_field.field.widget.attrs.get("class")
    if existing:
        classes.append(existing)
    extra_classes = extra_classes or getattr(bound_field.field, "input_class", "")
    if extra_classes:
        classes.append(extra_classes)
    attrs = {"class": " ".join(classes)}
    described = _describedby(bound_field)
    if described:
        attrs["aria-describedby"] = described
    return bound_field.as_widget(attrs=attrs)


@register.filter
def describedby(bound_field) -> str:
    return _describedby(bound_field)


def _describedby(bound_field) -> str:
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}-error")
    return " ".join(ids)


@register.simple_tag
def querystring_without(request, key: str, value: str = ""):
    """The current query string with one filter value (or the whole key) removed, page reset."""
    params = request.GET.copy()
    params.pop("page", None)
    if value:
        values = [v for v in params.getlist(key) if v != value]
        params.setlist(key, values)
    else:
        params.pop(key, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def querystring_with(request, **kwargs):
    params = request.GET.copy()
    for key, value in kwargs.items():
        params[key] = value
    return "?" + params.urlencode()


@register.filter
def linebreaks_list(value: str):
    """Plain text with blank-line paragraphs, escaped, as GOV.UK body paragraphs."""
    paragraphs = [p.strip() for p in (value or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
    return format_html_join("\n", '<p class="govuk-body">{}</p>', ((p,) for p in paragraphs))
