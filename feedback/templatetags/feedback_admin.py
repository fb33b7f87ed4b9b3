"""Template tags for the admin: the warning when the annual report is overdue."""

from django import template

from feedback.selectors import report_overdue

register = template.Library()

OVERDUE_WARNING = (
    "No 'you said, we did' report has been published in the last 12 months. The law "
    "(regulation 56 of the SEND Regulations 2014) requires the comments on the Local Offer, "
    "with the council's response, to be published at least once a year."
)


@register.simple_tag
def feedback_report_warning() -> str:
    """The warning text when no report was published in the last 12 months, otherwise ''."""
    return OVERDUE_WARNING if report_overdue() else ""
