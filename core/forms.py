from pathlib import Path

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.formats import localize
from django.utils.html import conditional_escape

from core.templatetags.govuk import describedby, govuk_choice_items, govuk_widget, widget_kind

# Django's own widget templates that are only `input.html` (and a newline), and select.
_DJANGO_WIDGETS = Path(forms.__file__).parent / "templates" / "django" / "forms" / "widgets"
_INPUT_TEMPLATES = {
    f"django/forms/widgets/{kind}.html"
    for kind in ("text", "search", "email", "number", "url", "tel", "password", "hidden")
}
_SELECT = "django/forms/widgets/select.html"
_OPTION = "django/forms/widgets/select_option.html"
_INCLUDED = ("django/forms/widgets/input.html", "django/forms/widgets/attrs.html", _OPTION)
# The project's own field template (GOV.UK form groups), written in Python too (_field_group).
_FIELD = "components/field.html"
_OWN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


class GovukFormRenderer(TemplatesSetting):
    """Render every form field through the GOV.UK field templates.

    Pages then never hand-build labels, hints or error messages: `{{ field.as_field_group }}`
    gives the right markup for the widget.
    """

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"

    def render(self, template_name, context, request=None):
        """Text inputs and selects written in Python, as Django's own templates write them
        (and stripped, as BaseRenderer.render strips them).

        A search page renders five of them, and each cost about 0.4 ms through the
        templates (an include per attribute list and per option). Only while the
        templates are Django's own (a project override is rendered as a template);
        tests/core/test_form_widgets.py compares both ways.
        """
        if template_name == _FIELD and self._is_own(template_name):
            return _field_group(context["field"])
        fast = template_name in _INPUT_TEMPLATES or template_name == _SELECT
        if fast and all(map(self._is_djangos, (template_name, *_INCLUDED))):
            widget = context["widget"]
            if template_name in _INPUT_TEMPLATES:
                return _input(widget)
            if all(
                o["template_name"] == _OPTION
                for _n, group, _i in widget["optgroups"]
                for o in group
            ):
                return _select(widget)
        return super().render(template_name, context, request)

    def _is_djangos(self, template_name) -> bool:
        return self._origin(template_name).parent == _DJANGO_WIDGETS

    def _is_own(self, template_name) -> bool:
        """Whether the template is this project's file (not one a council put first in
        the template folders to change the markup)."""
        return self._origin(template_name) == _OWN_TEMPLATES / template_name

    def _origin(self, template_name) -> Path:
        known = self.__dict__.setdefault("_origins", {})
        if template_name not in known:
            known[template_name] = Path(self.get_template(template_name).origin.name)
        return known[template_name]


def _text(value) -> str:
    """A value as a template prints it: localised, escaped unless already safe HTML."""
    return str(conditional_escape(localize(value)))


def _attrs(attrs: dict) -> str:
    return "".join(
        f" {_text(name)}" if value is True else f' {_text(name)}="{_text(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{_text(str(widget["value"]))}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{value}'
        f"{_attrs(widget['attrs'])}>"
    )


def _select(widget: dict) -> str:
    out = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            out.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in group_choices:
            out.append(
                f'\n  <option value="{_text(str(option["value"]))}"{_attrs(option["attrs"])}>'
                f"{_text(option['label'])}</option>\n"
            )
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>")
    return "".join(out)


def _errors(field, separator: str) -> str:
    """The field's error messages paragraph (with a leading "Error:" for screen readers)."""
    if not field.errors:
        return ""
    messages = separator.join(
        f'<span class="govuk-visually-hidden">Error:</span> {_text(error)}'
        for error in field.errors
    )
    return f'<p id="{_text(field.auto_id)}-error" class="govuk-error-message">{messages}</p>'


def _field_group(field) -> str:
    """templates/components/field.html, written in Python, stripped as renderers strip.

    The search page renders thirteen fields, and each cost 0.2 to 0.7 ms through the
    template (a variable lookup for every attribute); this takes a tenth of that.
    tests/core/test_form_widgets.py compares both ways for every kind of field.
    """
    kind = widget_kind(field)
    if kind == "hidden":
        return _text(field)
    group = "govuk-form-group govuk-form-group--error" if field.errors else "govuk-form-group"
    auto_id, label = _text(field.auto_id), _text(field.label)
    described = describedby(field)
    aria = f' aria-describedby="{_text(described)}"' if described else ""
    small = bool(getattr(field.field, "small", False))
    if kind in ("checkboxes", "radios"):
        legend = getattr(field.field, "legend_class", "") or "govuk-fieldset__legend--s"
        hint = (
            f'<div id="{auto_id}-hint" class="govuk-hint">{_text(field.help_text)}</div>'
            if field.help_text
            else ""
        )
        prefix = "govuk-checkboxes" if kind == "checkboxes" else "govuk-radios"
        size = f" {prefix}--small" if small else ""
        return (
            f'<div class="{group}">\n'
            f'  <fieldset class="govuk-fieldset"{aria}>\n'
            f'    <legend class="govuk-fieldset__legend {_text(legend)}">{label}</legend>\n'
            f"    {hint}\n"
            f"    {_errors(field, '<br>')}\n"
            f'    <div class="{prefix}{size}">\n'
            f"      {_text(govuk_choice_items(field))}\n"
            "    </div>\n"
            "  </fieldset>\n"
            "</div>"
        )
    if kind == "checkbox":
        hint = (
            f'<div id="{auto_id}-hint" class="govuk-hint govuk-checkboxes__hint">'
            f"{_text(field.help_text)}</div>"
            if field.help_text
            else ""
        )
        checked = " checked" if field.value() else ""
        return (
            f'<div class="{group}">\n'
            f"  {_errors(field, '')}\n"
            f'  <div class="govuk-checkboxes{" govuk-checkboxes--small" if small else ""}">\n'
            '    <div class="govuk-checkboxes__item">\n'
            f'      <input class="govuk-checkboxes__input" id="{auto_id}" '
            f'name="{_text(field.html_name)}" type="checkbox" value="1"{checked}{aria}>\n'
            f'      <label class="govuk-label govuk-checkboxes__label" for="{auto_id}">'
            f"{label}</label>\n"
            f"      {hint}\n"
            "    </div>\n"
            "  </div>\n"
            "</div>"
        )
    label_class = getattr(field.field, "label_class", "") or "govuk-label--s"
    hint = (
        f'<div id="{auto_id}-hint" class="govuk-hint">{_text(field.help_text)}</div>'
        if field.help_text
        else ""
    )
    return (
        f'<div class="{group}">\n'
        f'  <label class="govuk-label {_text(label_class)}" for="{auto_id}">{label}</label>\n'
        f"  {hint}\n"
        f"  {_errors(field, '<br>')}\n"
        f"  {_text(govuk_widget(field))}\n"
        "</div>"
    )


class SpamTrapField(forms.CharField):
    """The hidden field only automated spam fills in. It never shows an error.

    Name it `hp_reference_code` (see `caught_by_spam_trap`) and render it inside a
    visually hidden, aria-hidden block. The name is one no browser's autofill recognises
    (unlike "website" or "url"), so a person's browser does not fill it in for them.
    Whatever arrives in it (a NUL character included) only marks the submission as
    caught by the spam trap: an error would point a person at a field they cannot see.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Leave this field empty")
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
        )
        super().__init__(required=False, **kwargs)
        self.validators = []

    def clean(self, value):
        return ""


def caught_by_spam_trap(form: forms.BaseForm) -> bool:
    """Whether the form's hidden `hp_reference_code` field (a SpamTrapField) was filled in."""
    return bool((form.data.get(form.add_prefix("hp_reference_code")) or "").strip())
