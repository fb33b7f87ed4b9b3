"""What feedback offers other apps through `core.links`: its "you said, we did" entries.

Another app (consultation) stores an entry's id; these functions give staff
the entries to choose from and the public the link to each published one.
"""

from django.utils import timezone

from core.links import YOU_SAID_WE_DID, Link, LinkSource
from feedback.models import YouSaidWeDid


def entry_choices() -> list[tuple[int, str]]:
    entries = YouSaidWeDid.objects.select_related("period").order_by("-period__ends", "order")
    return [(entry.pk, f"{entry.period.title}: {entry.topic}") for entry in entries]


def entry_links(ids: list[int]) -> dict[int, Link]:
    """Entries in a published report, each linked to its heading in that report."""
    entries = YouSaidWeDid.objects.filter(
        pk__in=ids,
        period__published_at__isnull=False,
        period__published_at__lte=timezone.now(),
    ).select_related("period")
    return {
        entry.pk: Link(
            label=f"{entry.topic} ({entry.period.title})",
            url=f"{entry.period.get_absolute_url()}#entry-{entry.pk}",
        )
        for entry in entries
    }


SOURCE = LinkSource(kind=YOU_SAID_WE_DID, choices=entry_choices, resolve=entry_links)
