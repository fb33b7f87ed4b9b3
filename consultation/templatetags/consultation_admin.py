"""Template tags for the admin: the warning when no review round was published for a year."""

from django import template

from consultation.selectors import review_overdue

register = template.Library()

OVERDUE_WARNING = (
    "No review round of the Local Offer has been published in the last 12 months. The law "
    "(regulations 54 and 55 of the SEND Regulations 2014) asks the council to consult and to "
    "involve children, young people and parents when it reviews the Local Offer, and the Code "
    "of Practice asks it to be open about how that was done."
)


@register.simple_tag
def consultation_review_warning() -> str:
    """The warning text when no round was published in the last 12 months, otherwise ''."""
    return OVERDUE_WARNING if review_overdue() else ""
