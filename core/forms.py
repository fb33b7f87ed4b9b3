from pathlib import Path

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.formats import localize
from django.utils.html import conditional_escape

# Django's own widget templates that are only `input.html` (and a newline), and select.
_DJANGO_WIDGETS = Path(forms.__file__).parent / "templates" / "django" / "forms" / "widgets"
_INPUT_TEMPLATES = {
    f"django/forms/widgets/{kind}.html"
    for kind in ("text", "search", "email", "number", "url", "tel", "password", "hidden")
}
_SELECT = "django/forms/widgets/select.html"
_OPTION = "django/forms/widgets/select_option.html"
_INCLUDED = ("django/forms/widgets/input.html", "django/forms/widgets/attrs.html", _OPTION)


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
        known = self.__dict__.setdefault("_origins", {})
        if template_name not in known:
            origin = Path(self.get_template(template_name).origin.name)
            known[template_name] = origin.parent == _DJANGO_WIDGETS
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
