"""Template filters for the public report: what an entry's status looks like and its date means."""

from django import template

from feedback import presenters

register = template.Library()

register.filter("status_tag_class", presenters.status_tag_class)
register.filter("action_date_label", presenters.action_date_label)
