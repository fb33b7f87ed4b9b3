"""Text inputs and selects written in Python (core.forms) equal Django's own templates."""

import pytest
from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.safestring import mark_safe

from core.forms import GovukFormRenderer


class Everything(forms.Form):
    text = forms.CharField(
        max_length=20, widget=forms.TextInput(attrs={"autocomplete": "postal-code"})
    )
    search = forms.CharField(required=False, widget=forms.SearchInput)
    email = forms.EmailField(help_text="We reply here")
    number = forms.IntegerField(min_value=0, max_value=25, required=False)
    hidden = forms.CharField(widget=forms.HiddenInput, required=False)
    password = forms.CharField(widget=forms.PasswordInput(render_value=True), required=False)
    url = forms.URLField(required=False, disabled=True)
    select = forms.ChoiceField(choices=[("", "Any"), ("1", "One & only"), (2, "Two <b>")])
    grouped = forms.ChoiceField(
        choices=[("Near", [("a", 'A "quoted"'), ("b", "B")]), ("Far", [("c", "C")])]
    )
    several = forms.MultipleChoiceField(
        choices=[("x", "X"), ("y", "Y")], widget=forms.SelectMultiple, required=False
    )


DATA = [
    {},
    {
        "text": 'a"b<c>&d',
        "search": "speech & language",
        "email": "not an email",
        "number": "7",
        "hidden": "<script>",
        "password": "x'y",
        "select": "1",
        "grouped": "c",
        "several": ["x", "y"],
    },
    {"number": "-3", "select": "2", "grouped": "a", "text": mark_safe("<i>safe</i>")},  # noqa: S308
]


@pytest.mark.parametrize("data", DATA)
@pytest.mark.parametrize("extra", [{}, {"class": "govuk-input", "aria-describedby": "x-hint"}])
def test_widgets_render_as_djangos_templates_do(data, extra):
    fast = Everything(data or None, renderer=GovukFormRenderer())
    slow = Everything(data or None, renderer=TemplatesSetting())
    for name in fast.fields:
        assert fast[name].as_widget(attrs=dict(extra)) == slow[name].as_widget(attrs=dict(extra))


def test_the_python_way_is_the_one_used(monkeypatch):
    renderer = GovukFormRenderer()
    monkeypatch.setattr(TemplatesSetting, "render", lambda *a, **k: "from a template")
    form = Everything(renderer=renderer)
    assert form["select"].as_widget().startswith("<select")
    assert form["text"].as_widget().startswith("<input")
    assert form["several"].as_widget().startswith("<select")
