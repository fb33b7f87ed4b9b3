"""Load the invented postcodes of the fictional Brindlemoor demo, and locate its venues."""

import time

from django.core.management.base import BaseCommand

from demo import postcode_data
from directory.models import Location
from directory.services import locations_fill_coordinates
from postcodes.services import postcodes_load


def seed_demo_postcodes() -> tuple[int, int]:
    """Load the demo postcode table (covering every demo venue's postcode) and give
    venues without coordinates their postcode's. Returns (postcodes, venues located)."""
    venue_postcodes = Location.objects.values_list("postcode", flat=True).distinct()
    loaded = postcodes_load(rows=postcode_data.postcode_rows(extra=venue_postcodes))
    located = locations_fill_coordinates()
    return loaded, located


class Command(BaseCommand):
    help = (
        "Load invented postcodes for the demo's made-up postcode areas "
        f"({', '.join(postcode_data.AREAS)}): a few in every district, two terminated ones, "
        "and every postcode the demo venues use; then give venues without coordinates those "
        "of their postcode. Safe to run again."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        loaded, located = seed_demo_postcodes()
        self.stdout.write(
            f"Demo postcodes: {loaded} loaded (areas {', '.join(postcode_data.AREAS)}); "
            f"{located} venues given coordinates; {time.monotonic() - started:.1f}s."
        )
