"""Build the whole Local Offer booklets now (standard and large print), in this process.

Prints each booklet's pages, size, build time and peak memory. Useful after a big
import, or to measure; `db_worker` builds them on request otherwise.
"""

from django.core.management.base import BaseCommand

from information import booklet
from information.services import booklet_build, booklet_request


class Command(BaseCommand):
    help = "Build the whole Local Offer booklets now and report their size, time and memory."

    def add_arguments(self, parser):
        parser.add_argument("--variant", choices=list(booklet.VARIANTS), action="append")

    def handle(self, *args, **options):
        for variant in options["variant"] or list(booklet.VARIANTS):
            self.stdout.write(f"Building the {booklet.VARIANTS[variant].lower()} booklet...")
            row = booklet_request(variant=variant)
            built = booklet_build(booklet_id=row.pk)
            if built is None:
                self.stderr.write(f"  failed: see the log and the Booklet admin ({row.pk}).")
                continue
            self.stdout.write(
                self.style.SUCCESS(
                    f"  {built.pages} pages, {built.size / 1024:.0f} KB, {built.services} "
                    f"services, {built.build_seconds:.1f} s, peak memory "
                    f"{built.peak_memory_kb / 1024:.0f} MB"
                )
            )
