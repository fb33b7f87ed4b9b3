"""The public page: how the council develops and reviews its Local Offer."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from consultation import presenters, selectors


@require_safe
def how_we_develop(request):
    """Each published review round: dates, methods, who took part by category (counts only),
    how families were involved, what they told us and what changed, with corrections.

    A fixed number of queries whatever the number of rounds or consultees; no
    contact details are read.
    """
    rounds = selectors.published_rounds()
    for item in rounds:
        item.dates = presenters.date_range(item.round.starts, item.round.ends)
        for piece in item.evidence:
            piece.dates = presenters.date_range(piece.starts, piece.ends)
    return render(request, "consultation/how_we_develop.html", {"rounds": rounds})
