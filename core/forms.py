from django.forms.renderers import TemplatesSetting


class GovukFormRenderer(TemplatesSetting):
    """Render every form field through the GOV.UK field templates.

    Pages then never hand-build labels, hints or error messages: `{{ field.as_field_group }}`
    gives the right markup for the widget.
    """

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"
