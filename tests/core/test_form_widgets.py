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


class TemplateFields(GovukFormRenderer):
    """The field groups through templates/components/field.html, as a council's copy would."""

    def _is_own(self, template_name):
        return False


class EveryKind(forms.Form):
    name = forms.CharField(
        label='Name & <b>"title"</b>', max_length=5, help_text="As on the <b>letter</b>"
    )
    notes = forms.CharField(widget=forms.Textarea, required=False)
    level = forms.ChoiceField(choices=[("a", "A & B"), ("b", "<B>")], required=False)
    needs = forms.MultipleChoiceField(
        choices=[("x", "X"), ("y", 'Y "quoted"')],
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose all that apply",
    )
    about = forms.ChoiceField(choices=[("1", "One"), ("2", "Two")], widget=forms.RadioSelect)
    agree = forms.BooleanField(help_text="You can change this later")
    plain = forms.BooleanField(required=False)
    secret = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["about"].legend_class = "govuk-fieldset__legend--m"
        self.fields["needs"].small = True
        self.fields["plain"].small = True
        self.fields["name"].label_class = "govuk-label--l"
        self.fields["name"].input_class = "govuk-input--width-10"


EVERY_KIND_DATA = [
    None,
    {},  # bound and empty: required fields have errors
    {
        "name": "far too long <script>",
        "notes": "a & b",
        "level": "zz",
        "needs": ["x", "zz"],
        "about": "2",
        "agree": "on",
        "plain": "on",
        "secret": '"quoted"',
    },
    {"name": "ok", "needs": ["x", "y"], "about": "1", "agree": "on"},
]


@pytest.mark.parametrize("auto_id", ["id_%s", False, "f-%s"])
@pytest.mark.parametrize("data", EVERY_KIND_DATA)
def test_field_groups_render_as_the_template_does(data, auto_id):
    fast = EveryKind(data, auto_id=auto_id, renderer=GovukFormRenderer())
    slow = EveryKind(data, auto_id=auto_id, renderer=TemplatesSetting())
    slow.renderer = TemplateFields()
    if data:
        fast.add_error("name", "A second <message>")
        slow.add_error("name", "A second <message>")
    for name in fast.fields:
        assert fast[name].as_field_group() == slow[name].as_field_group(), name


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["", "q=autism&age=99&need=nope&free=on&level=targeted&postcode=xx&within=5"]
)
def test_the_search_forms_fields_render_as_the_template_does(query):
    """The search page's filters, with counts beside each option and errors."""
    from django.http import QueryDict

    from directory.search import search_services
    from tests.factories import ServiceFactory, need

    ServiceFactory(name="Autism outreach", needs=[need("autism")])
    ServiceFactory(name="Speech and language therapy")
    pages = [search_services(QueryDict(query)) for _ in range(2)]
    for results in pages:
        results.filterset.show_counts(results.facets)
    fast, slow = (results.filterset.form for results in pages)
    slow.renderer = TemplateFields()
    assert fast.renderer is not slow.renderer
    for name in fast.fields:
        assert fast[name].as_field_group() == slow[name].as_field_group(), name


def test_the_python_field_group_is_the_one_used(monkeypatch):
    monkeypatch.setattr(TemplatesSetting, "render", lambda *a, **k: "from a template")
    assert EveryKind(renderer=GovukFormRenderer())["name"].as_field_group().startswith("<div")
    assert EveryKind(renderer=TemplateFields())["name"].as_field_group() == "from a template"


@pytest.mark.django_db
def test_counts_shown_on_one_search_do_not_reach_the_next():
    """The search form's class is built once and shared; counts go on each form's copies."""
    from django.http import QueryDict

    from directory.search import search_services
    from tests.factories import ServiceFactory, need

    ServiceFactory(name="Autism outreach", needs=[need("autism")])

    def page(query):
        results = search_services(QueryDict(query))
        return results, "".join(f.as_field_group() for f in results.filterset.form)

    first, before = page("")
    first.filterset.show_counts(first.facets)
    counted = "".join(f.as_field_group() for f in first.filterset.form)
    assert counted != before and "app-count" in counted
    for query in ("", "q=autism"):
        later, html = page(query)
        assert "app-count" not in html and "govuk-checkboxes--small" not in html
    assert page("")[1] == before
