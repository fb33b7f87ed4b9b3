"""{% slot %} marks a per-visitor piece of a cached page; {% fill_slots %} fills them."""

from django import template

from core import slots

register = template.Library()


class SlotNode(template.Node):
    def __init__(self, name, key, nodelist):
        self.name, self.key, self.nodelist = name, key, nodelist

    def render(self, context):
        return slots.marker(
            self.name.resolve(context), self.key.resolve(context), self.nodelist.render(context)
        )


@register.tag
def slot(parser, token):
    """{% slot "service_actions" service.pk %}inner HTML for the filler{% endslot %}"""
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError("{% slot %} takes a name and a key")
    nodelist = parser.parse(("endslot",))
    parser.delete_first_token()
    return SlotNode(parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), nodelist)


@register.simple_tag(takes_context=True)
def fill_slots(context, html):
    """Output cached HTML with its slots filled for this request."""
    return slots.fill(str(html), context.get("request"))
