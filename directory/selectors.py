"""Reads from the directory for the home page and the service page (search: directory.search)."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from core import hooks
from directory.models import AGE_GROUPS, AreaOfProvision, Location, Need, Service


def home_page_context() -> dict:
    return {
        "age_groups": [(key, label) for key, (_, _, label) in AGE_GROUPS.items()],
        "broad_needs": list(Need.objects.broad_areas()),
        "areas": list(AreaOfProvision.objects.all()),
        # Blocks from feature apps (information pages), which the directory does not import.
        "link_groups": hooks.home_blocks(),
    }


def service_for_page(slug: str) -> Service:
    """A published service with everything its page shows, in a fixed number of queries."""
    return get_object_or_404(
        Service.objects.published()
        .select_related("organisation")
        .prefetch_related(
            Prefetch(
                "needs",
                queryset=Need.objects.select_related("broad_area").order_by("name"),
            ),
            "areas",
            Prefetch(
                "locations",
                queryset=Location.objects.prefetch_related("opening_times"),
            ),
        ),
        slug=slug,
    )
