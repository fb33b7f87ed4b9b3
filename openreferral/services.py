"""Writes to the open data app's own tables (feeds, term mappings, imported records).

Directory records themselves are only ever written through `directory.services`.
"""

from django.db import transaction
from django.utils import timezone

from directory.models import AreaOfProvision, Need
from openreferral.models import FeedSource, ImportedRecord, TermMapping


def feed_source_ensure(*, name: str, url: str = "", trusted: bool | None = None) -> FeedSource:
    """The feed called `name`, created if new; remembers the address last imported from."""
    source, _ = FeedSource.objects.get_or_create(name=name)
    changed = []
    if url and source.url != url:
        source.url = url
        changed.append("url")
    if trusted is not None and source.trusted != trusted:
        source.trusted = trusted
        changed.append("trusted")
    if changed:
        source.full_clean()
        source.save(update_fields=changed)
    return source


def feed_source_page_done(*, source: FeedSource, page: int) -> None:
    """Record the last page finished, so `--resume` can carry on after it."""
    source.resume_page = page
    FeedSource.objects.filter(pk=source.pk).update(resume_page=page)


def feed_source_finished(*, source: FeedSource, report: str, complete: bool) -> None:
    source.last_imported = timezone.now()
    source.last_report = report
    if complete:
        source.resume_page = 0
    FeedSource.objects.filter(pk=source.pk).update(
        last_imported=source.last_imported,
        last_report=report,
        resume_page=source.resume_page,
    )


def term_mapping_ensure(
    *,
    source: FeedSource,
    term_id: str,
    term_name: str,
    taxonomy_name: str,
    need: Need | None = None,
    area: AreaOfProvision | None = None,
) -> TermMapping:
    """The mapping for a source's term; new terms start with the suggested need or area."""
    with transaction.atomic():
        mapping, created = TermMapping.objects.select_related("need", "area").get_or_create(
            source=source,
            term_id=term_id,
            defaults={
                "term_name": term_name[:300],
                "taxonomy_name": taxonomy_name[:300],
                "need": need,
                "area": area,
            },
        )
    return mapping


def imported_record_save(
    *, source, kind, entry_id: str, target, source_hash: str, local_hash: str, when
) -> ImportedRecord:
    """Remember which directory record an entry became, and both fingerprints."""
    field = {
        ImportedRecord.Kind.SERVICE: "service",
        ImportedRecord.Kind.ORGANISATION: "organisation",
        ImportedRecord.Kind.LOCATION: "location",
    }[kind]
    record, _ = ImportedRecord.objects.update_or_create(
        source=source,
        kind=kind,
        entry_id=entry_id,
        defaults={
            field: target,
            "source_hash": source_hash,
            "local_hash": local_hash,
            "last_seen": when,
        },
    )
    return record


def imported_record_seen(*, record: ImportedRecord, when) -> None:
    if record.last_seen != when:
        record.last_seen = when
        ImportedRecord.objects.filter(pk=record.pk).update(last_seen=when)
