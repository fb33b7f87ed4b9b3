"""Open data: feeds we import from, how their terms map to ours, what came from where.

The directory's own records stay the directory's: an imported service is an
ordinary `directory.Service`. These tables only remember which source entry it
came from and what it looked like, so a second import changes nothing, an
officer's local edits are never overwritten silently, and a source's terms are
mapped to our needs and areas of provision once, by an officer, in admin.
"""

from django.db import models
from simple_history.models import HistoricalRecords

from directory.models import AreaOfProvision, Location, Need, Organisation, Service


class FeedSource(models.Model):
    """Another directory's Open Referral feed (usually a neighbouring council's)."""

    name = models.SlugField(
        max_length=100,
        unique=True,
        help_text="A short name used on the command line, like 'hollowbrook'.",
    )
    title = models.CharField(max_length=200, blank=True, help_text="Who publishes the feed.")
    url = models.CharField(
        "feed address", max_length=500, blank=True, help_text="The address last imported from."
    )
    trusted = models.BooleanField(
        default=False,
        help_text=(
            "Publish new services from this feed straight away. Leave unticked to keep them "
            "as drafts until an officer has checked and published them."
        ),
    )
    last_imported = models.DateTimeField(null=True, blank=True, editable=False)
    # The last page an unfinished import completed, for `--resume`; 0 when it finished.
    resume_page = models.PositiveIntegerField(default=0, editable=False)
    last_report = models.TextField(blank=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "open data feed"

    def __str__(self):
        return self.title or self.name


class TermMapping(models.Model):
    """One of a source's taxonomy terms and the need or area of provision it means here."""

    source = models.ForeignKey(FeedSource, on_delete=models.CASCADE, related_name="terms")
    term_id = models.CharField("term id in the feed", max_length=200)
    term_name = models.CharField("term", max_length=300)
    taxonomy_name = models.CharField("taxonomy", max_length=300, blank=True)
    need = models.ForeignKey(
        Need, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    area = models.ForeignKey(
        AreaOfProvision,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="area of provision",
    )
    ignored = models.BooleanField(
        default=False, help_text="Tick if the term means nothing useful here."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["source", "taxonomy_name", "term_name"]
        constraints = [
            models.UniqueConstraint(fields=["source", "term_id"], name="unique_term_per_source")
        ]

    def __str__(self):
        return f"{self.term_name} ({self.taxonomy_name})" if self.taxonomy_name else self.term_name

    @property
    def mapped(self) -> bool:
        return bool(self.need_id or self.area_id or self.ignored)


class ImportedRecord(models.Model):
    """A directory record that came from a feed entry, with fingerprints to spot changes.

    `source_hash` is the entry as last imported; `local_hash` is our record as
    the import left it. If our record no longer matches `local_hash`, an
    officer has edited it and the import reports a conflict instead of
    writing.
    """

    class Kind(models.TextChoices):
        ORGANISATION = "organisation", "Organisation"
        SERVICE = "service", "Service"
        LOCATION = "location", "Location"

    source = models.ForeignKey(FeedSource, on_delete=models.CASCADE, related_name="records")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    entry_id = models.CharField("id in the feed", max_length=300)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_hash = models.CharField(max_length=64)
    local_hash = models.CharField(max_length=64)
    first_imported = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField()

    class Meta:
        ordering = ["source", "kind", "source_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "entry_id"], name="unique_record_per_source"
            )
        ]

    def __str__(self):
        return f"{self.source} {self.kind} {self.entry_id}"


class ApiRateLimit(models.Model):
    """Requests to the open data API per client (a keyed hash) per minute."""

    client = models.CharField(max_length=64)
    window_start = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "window_start"], name="unique_api_window")
        ]

    def __str__(self):
        return f"{self.client[:8]} {self.window_start:%H:%M} {self.count}"
