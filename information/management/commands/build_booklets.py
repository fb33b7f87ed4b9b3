"""Build the whole Local Offer booklets now (standard and large print), in this process.

Each volume is laid out in a fresh process (see information/booklet.py) and stored
as soon as it is written; the command prints each volume as it is done, then a
summary per variant: volumes, pages, size, services, build time and peak memory
(the largest of the processes that laid out a volume, and this process's own).
Useful after a big import, or to measure; `db_worker` builds them on request otherwise.
"""

import resource
import time

from django.core.management.base import BaseCommand, CommandError

from information import booklet
from information.services import booklet_build, booklet_rebuild, booklet_request


def _mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB"


class Command(BaseCommand):
    help = "Build the whole Local Offer booklets now and report their size, time and memory."

    def add_arguments(self, parser):
        parser.add_argument("--variant", choices=list(booklet.VARIANTS), action="append")
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="Build again even if today's booklet is already built (to measure).",
        )
        parser.add_argument(
            "--volume-size",
            type=int,
            metavar="N",
            help="At most N services per volume for this build (default BOOKLET_VOLUME_SERVICES).",
        )

    def handle(self, *args, **options):
        if options["volume_size"] is not None and options["volume_size"] < 1:
            raise CommandError("--volume-size must be at least 1.")
        summary = []
        for variant in options["variant"] or list(booklet.VARIANTS):
            name = booklet.VARIANTS[variant].lower()
            self.stdout.write(f"Building the {name} booklet...")
            row = booklet_request(variant=variant)
            if options["rebuild"]:
                booklet_rebuild(booklet_id=row.pk)
            started = time.perf_counter()
            built = booklet_build(
                booklet_id=row.pk,
                volume_size=options["volume_size"],
                progress=self._progress,
            )
            wall = time.perf_counter() - started
            if built is None:
                self.stderr.write(f"  failed: see the log and the Booklet admin ({row.pk}).")
                continue
            volumes = built.volumes.count()
            line = (
                f"{booklet.VARIANTS[variant]}: {volumes} volume{'s' if volumes != 1 else ''}, "
                f"{built.pages:,} pages, {built.size / 1024 / 1024:,.1f} MB, "
                f"{built.services:,} services, {wall:,.0f} s, peak memory "
                f"{_mb(built.peak_memory_kb or 0)} (largest volume's layout process), "
                f"{_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)} (this process)"
            )
            if wall < 1 and not options["rebuild"]:
                line += " (already built for today's content: use --rebuild to build again)"
            summary.append(line)
            self.stdout.write(self.style.SUCCESS("  done."))
        if summary:
            self.stdout.write("Summary:")
            for line in summary:
                self.stdout.write(self.style.SUCCESS(f"  {line}"))

    def _progress(self, built: booklet.Built) -> None:
        self.stdout.write(
            f"  volume {built.number} of {built.of}: {built.services:,} services, "
            f"{built.pages:,} pages, {len(built.pdf) / 1024 / 1024:,.1f} MB, "
            f"{built.seconds:,.1f} s, peak memory {_mb(built.peak_memory_kb)}"
            + (f" ({built.label})" if built.label else "")
        )
        self.stdout.flush()
