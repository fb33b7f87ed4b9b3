"""The error summary on Django admin forms: every error, each a link to what to fix."""

from dataclasses import dataclass

from django import forms, template
from django.forms.forms import NON_FIELD_ERRORS

register = template.Library()


@dataclass(frozen=True)
class ErrorItem:
    text: str
    target: str  # the id to link to; "" when there is nothing on the page to move to


def _field_target(bound_field) -> str:
    if bound_field.is_hidden:
        return ""
    widget = bound_field.field.widget
    widget = getattr(widget, "widget", widget)  # inside admin's related-object wrapper
    if isinstance(widget, forms.RadioSelect) and bound_field.auto_id:
        # A list of checkboxes or radios (CheckboxSelectMultiple is a RadioSelect):
        # link to its first box, which can take focus.
        return widget.id_for_label(bound_field.auto_id, "0")
    return bound_field.id_for_label or bound_field.auto_id or ""


def _form_items(form, *, where: str, non_field_target: str) -> list[ErrorItem]:
    items = [
        ErrorItem(f"{where}{error}", non_field_target)
        for error in form.errors.get(NON_FIELD_ERRORS, [])
    ]
    for bound_field in form:
        for error in bound_field.errors:
            label = bound_field.label or bound_field.name
            items.append(ErrorItem(f"{where}{label}: {error}", _field_target(bound_field)))
    return items


@register.simple_tag
def admin_error_items(adminform, inline_admin_formsets=()) -> list[ErrorItem]:
    """The errors of an admin change form and its inlines, in the order they appear.

    Inline errors say which row they are in ("Location 2: Postcode: ..."), since
    every row has fields with the same labels.
    """
    items = _form_items(adminform.form, where="", non_field_target="form-errors")
    for inline in inline_admin_formsets or ():
        formset = inline.formset
        noun = str(inline.opts.verbose_name).capitalize()
        items += [
            ErrorItem(str(error), f"{formset.prefix}-group") for error in formset.non_form_errors()
        ]
        for index, form in enumerate(formset.forms):
            items += _form_items(
                form,
                where=f"{noun} {index + 1}: ",
                non_field_target=f"{formset.prefix}-{index}",
            )
    return items
