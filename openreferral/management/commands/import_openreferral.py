"""Import another directory's Open Referral UK feed, usually as out-of-area provision."""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from openreferral import feed
from openreferral import services as openreferral_services
from openreferral.importer import Importer


class Command(BaseCommand):
    help = (
        "Read an Open Referral UK feed (an API address or a JSON file) page by page and create "
        "or update organisations, services, locations and opening times through the directory's "
        "services. Entries an officer has changed here are reported, never overwritten. New "
        "services stay drafts for an officer to check unless the source is trusted."
    )

    def add_arguments(self, parser):
        parser.add_argument("feed", help="The feed's API address (https://.../) or a JSON file.")
        parser.add_argument(
            "--source", required=True, help="A short name for the feed, like 'hollowbrook'."
        )
        parser.add_argument(
            "--out-of-area",
            action="store_true",
            help="Mark the services as provision outside our area.",
        )
        parser.add_argument(
            "--archive-missing",
            action="store_true",
            help="Archive services imported from this source before that are gone from the feed "
            "(only when every page was read).",
        )
        parser.add_argument(
            "--trusted",
            action="store_true",
            help="Mark the source as trusted: its new services are published straight away.",
        )
        parser.add_argument(
            "--resume",
            action="store_true",
            help="Carry on after the last page an unfinished import of this source completed.",
        )
        parser.add_argument("--per-page", type=int, default=feed.PER_PAGE)
        parser.add_argument("--user", help="The staff username to record in history.")

    def handle(self, *args, **options):
        started = time.monotonic()
        name = options["source"].strip().lower()
        if not name or len(name) > 100:
            raise CommandError("Give --source a short name, like 'hollowbrook'.")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"There is no user called {options['user']!r}.")
        location = options["feed"]
        source = openreferral_services.feed_source_ensure(
            name=name, url=location[:500], trusted=True if options["trusted"] else None
        )
        max_bytes = settings.OPEN_DATA_IMPORT_MAX_BYTES
        if feed.is_url(location):
            start = source.resume_page + 1 if options["resume"] else 1
            fetcher = feed.Fetcher(timeout=settings.OPEN_DATA_IMPORT_TIMEOUT, max_bytes=max_bytes)
            per_page = min(max(options["per_page"], 1), 100)
            pages = feed.read_api(location, fetcher, start_page=start, per_page=per_page)
            self.stdout.write(f"Reading {location} from page {start}, {per_page} a page...")
        else:
            pages = feed.read_file(location, max_bytes=max_bytes)
            self.stdout.write(f"Reading {location}...")
        importer = Importer(
            source,
            out_of_area=options["out_of_area"],
            user=user,
            progress=lambda line: self.stdout.write(line),
        )
        try:
            report = importer.run(pages, archive_missing=options["archive_missing"])
        except feed.FeedUnreadable as error:
            raise CommandError(f"Nothing could be read from the feed: {error}") from error
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(f"Finished in {time.monotonic() - started:.1f}s.")
        if report.read == 0:
            raise CommandError("No entries could be read from the feed.")
