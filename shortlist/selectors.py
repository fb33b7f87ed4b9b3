"""Reading a family's list, and lists shared by link."""

import re
from dataclasses import dataclass

from django.db.models import Prefetch

from directory.models import Location, Need, Service
from directory.presenters import ServiceDetail
from shortlist.services import MAX_SERVICES, stored_entries

# A share link carries service ids only ("?services=12.40.7"), never notes.
SHARE_PARAM = "services"
_MAX_SHARE_TEXT = MAX_SERVICES * 12


@dataclass
class Entry:
    """One saved service: `view` is None when it is no longer listed."""

    id: int
    name: str
    note: str
    view: ServiceDetail | None

    @property
    def listed(self) -> bool:
        return self.view is not None


def shortlist_ids(session) -> list[int]:
    return [entry["id"] for entry in stored_entries(session)]


def _published_with_details(ids: list[int]) -> dict[int, Service]:
    """Published services by id, with what the list shows, in a fixed number of queries."""
    if not ids:
        return {}
    services = (
        Service.objects.published()
        .filter(pk__in=ids)
        .select_related("organisation")
        .prefetch_related(
            Prefetch("needs", queryset=Need.objects.order_by("name")),
            "areas",
            Prefetch("locations", queryset=Location.objects.prefetch_related("opening_times")),
        )
    )
    return {service.pk: service for service in services}


def shortlist_entries(session) -> list[Entry]:
    """The family's saved services in the order they saved them, with their notes."""
    entries = stored_entries(session)
    services = _published_with_details([entry["id"] for entry in entries])
    return [
        Entry(
            id=entry["id"],
            name=services[entry["id"]].name if entry["id"] in services else entry["name"],
            note=entry["note"],
            view=ServiceDetail(services[entry["id"]]) if entry["id"] in services else None,
        )
        for entry in entries
    ]


def parse_shared_ids(value: str) -> list[int]:
    """Service ids from a share link, in order, without repeats, at most MAX_SERVICES.

    Anything that is not a plausible id is ignored, and only the start of a very
    long value is read.
    """
    ids: list[int] = []
    for token in re.split(r"[^0-9]+", (value or "")[:_MAX_SHARE_TEXT]):
        if token and len(token) <= 12:
            number = int(token)
            if number > 0 and number not in ids:
                ids.append(number)
        if len(ids) >= MAX_SERVICES:
            break
    return ids


def shared_list(ids: list[int]) -> tuple[list[ServiceDetail], int]:
    """The published services among `ids` (in order), and how many others there were.

    Nothing about an unpublished service is shown, not even its name.
    """
    services = _published_with_details(ids)
    views = [ServiceDetail(services[i]) for i in ids if i in services]
    return views, len(ids) - len(views)


def share_value(ids: list[int]) -> str:
    return ".".join(str(i) for i in ids)
