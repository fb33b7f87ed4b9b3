from django import forms
from django.forms.renderers import TemplatesSetting


class GovukFormRenderer(TemplatesSetting):
    """Render every form field through the GOV.UK field templates.

    Pages then never hand-build labels, hints or error messages: `{{ field.as_field_group }}`
    gives the right markup for the widget.
    """

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"


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
