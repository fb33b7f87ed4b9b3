"""Load postcodes and their coordinates from the ONS Postcode Directory (open data)."""

import resource
import sys

from django.core.management.base import BaseCommand, CommandError

from postcodes.parsing import POSTCODE_AREA
from postcodes.services import (
    ImportFileError,
    ImportSummary,
    open_postcode_file,
    postcodes_import,
)


def _peak_memory_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class Command(BaseCommand):
    help = (
        "Load postcodes with their latitude, longitude and date of termination from a file in "
        "the ONS Postcode Directory (ONSPD) layout: the CSV, a .csv.gz, or the .zip ONS "
        "publishes. The national file (about 2.7 million rows) is streamed in bounded memory. "
        "Terminated postcodes are kept and marked. Safe to run again: unchanged postcodes are "
        "left alone. Limit it to your own and your neighbours' postcode areas with --areas."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the ONSPD CSV, .csv.gz or .zip file.")
        parser.add_argument(
            "--areas",
            metavar="AREAS",
            help="Postcode areas to load, separated by commas: for example BM,HB,AM. "
            "Default: every postcode in the file.",
        )
        parser.add_argument(
            "--batch-size", type=int, default=10_000, help="Rows written per batch (10000)."
        )

    def handle(self, *args, file, areas=None, batch_size=10_000, verbosity=1, **options):
        wanted = None
        if areas:
            wanted = [a.strip().upper() for a in areas.replace(" ", ",").split(",") if a.strip()]
            wrong = [a for a in wanted if not POSTCODE_AREA.match(a)]
            if wrong or not wanted:
                raise CommandError(
                    "--areas takes postcode areas, the one or two letters a postcode starts "
                    f"with, separated by commas (like BM,HB). Not areas: {', '.join(wrong)}"
                )
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")

        def progress(summary: ImportSummary) -> None:
            if verbosity:
                self.stdout.write(
                    f"{summary.rows:,} rows read, "
                    f"{summary.created + summary.updated + summary.unchanged:,} postcodes "
                    f"written or checked, {summary.rows_per_second:,.0f} rows/s"
                )

        try:
            with open_postcode_file(file) as source:
                summary = postcodes_import(
                    source=source, areas=wanted, batch_size=batch_size, progress=progress
                )
        except ImportFileError as exc:
            raise CommandError(f"{exc} Nothing was imported.") from exc

        lines = [
            f"Read {summary.rows:,} rows in {summary.seconds:.1f}s "
            f"({summary.rows_per_second:,.0f} rows/s): {summary.created:,} postcodes added, "
            f"{summary.updated:,} updated, {summary.unchanged:,} unchanged "
            f"({summary.terminated:,} of them terminated, kept and marked).",
            f"Skipped: {summary.bad:,} bad rows, {summary.no_coordinates:,} without "
            f"coordinates, {summary.outside_areas:,} outside the areas asked for.",
        ]
        lines += [f"  Bad row at {example}" for example in summary.bad_examples]
        lines.append(f"Peak memory: {_peak_memory_mb():.0f} MB.")
        self.stdout.write("\n".join(lines))
