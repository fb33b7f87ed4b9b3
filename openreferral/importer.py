"""Bring another directory's Open Referral services into ours, safely and repeatably.

Each feed entry is checked against the UK profile's schema, mapped to
directory values (openreferral.mapping), and written through
`directory.services` in one transaction of its own, so a bad entry never
leaves half a service behind. An `ImportedRecord` remembers what each entry
looked like and what our record looked like after the import:

- unchanged entry and untouched record: nothing is written (a second run
  changes nothing);
- our record changed since (an officer edited it): the entry is reported as a
  conflict and skipped, never overwritten;
- new entries become drafts for an officer to check, unless the source is
  trusted.
"""

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify

from directory import services as directory_services
from directory.models import (
    AreaOfProvision,
    Location,
    Need,
    NeedSynonym,
    OpeningTime,
    Organisation,
    Service,
)
from openreferral import ids, schemas
from openreferral import services as openreferral_services
from openreferral.feed import Page
from openreferral.mapping import EntryRejected, MappedService, map_service
from openreferral.models import FeedSource, ImportedRecord, TermMapping

Kind = ImportedRecord.Kind
V1_KEYS = ("service_taxonomys", "regular_schedules", "eligibilitys")
SERVICE_FINGERPRINT_FIELDS = [
    "name",
    "summary",
    "description",
    "level",
    "min_age",
    "max_age",
    "where_offered",
    "eligibility",
    "how_to_access",
    "is_free",
    "cost_details",
    "contact_phone",
    "contact_email",
    "website",
    "organisation_id",
    *ids.ACCESS_FIELDS,
]
LOCATION_FIELDS = [
    "name",
    "address",
    "postcode",
    "latitude",
    "longitude",
    "accessibility",
    "opening_exceptions",
]
ORGANISATION_FIELDS = ["name", "kind", "description", "website", "email", "phone"]


def _digest(value) -> str:
    return hashlib.sha256(
        json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode()
    ).hexdigest()


@dataclass
class Report:
    source: str
    pages: int = 0
    read: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    archived: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (entry, why)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    unmapped_terms: dict[str, str] = field(default_factory=dict)  # term id -> label
    complete: bool = True

    def lines(self) -> list[str]:
        out = [
            f"Import from {self.source}: {self.read} entries read from {self.pages} page(s); "
            f"{len(self.created)} new, {len(self.updated)} updated, {self.unchanged} unchanged, "
            f"{len(self.conflicts)} conflicts, {len(self.skipped)} skipped, "
            f"{len(self.archived)} archived."
        ]
        if not self.complete:
            out.append("Some pages could not be read, so nothing was archived.")
        for title, rows in [
            ("Conflicts (changed here since the last import; not overwritten)", self.conflicts),
            ("Skipped", self.skipped),
            ("Warnings", self.warnings),
        ]:
            if rows:
                out.append(f"{title}:")
                out += [f"  - {where}: {why}" for where, why in rows]
        if self.archived:
            out.append("Archived (gone from the feed): " + ", ".join(self.archived))
        if self.unmapped_terms:
            out.append(
                "Terms not mapped to a need or area of provision (map them in admin under "
                "'Open data feeds'):"
            )
            out += [f"  - {label}" for label in sorted(self.unmapped_terms.values())]
        return out


class Importer:
    def __init__(
        self,
        source: FeedSource,
        *,
        out_of_area: bool = False,
        user=None,
        progress: Callable[[str], None] = lambda line: None,
    ):
        self.source = source
        self.out_of_area = out_of_area
        self.user = user
        self.progress = progress
        self.reason = f"Imported from the {source.name} open data feed"
        self.started = timezone.now()
        self.report = Report(source=source.name)
        self._mappings: dict[str, TermMapping] = {}
        self._term_index = None

    # --- running ------------------------------------------------------------------

    def run(self, pages: Iterable[Page], *, archive_missing: bool = False) -> Report:
        for page in pages:
            self.report.pages += 1
            before = (len(self.report.created), len(self.report.updated), self.report.unchanged)
            for problem in page.problems:
                self.report.skipped.append((problem.where, problem.reason))
                if problem.where.startswith("page "):
                    self.report.complete = False
            for entry_id, data in page.entries:
                self.report.read += 1
                self.import_entry(entry_id, data)
            openreferral_services.feed_source_page_done(source=self.source, page=page.number)
            created, updated, unchanged = (
                len(self.report.created) - before[0],
                len(self.report.updated) - before[1],
                self.report.unchanged - before[2],
            )
            of = f" of {page.total_pages}" if page.total_pages and page.total_pages < 10_000 else ""
            self.progress(
                f"Page {page.number}{of}: {len(page.entries)} entries "
                f"({created} new, {updated} updated, {unchanged} unchanged), "
                f"{len(page.problems)} problems"
            )
        if archive_missing and self.report.complete:
            self._archive_missing()
        openreferral_services.feed_source_finished(
            source=self.source, report="\n".join(self.report.lines()), complete=self.report.complete
        )
        return self.report

    def _archive_missing(self) -> None:
        gone = (
            ImportedRecord.objects.filter(
                source=self.source, kind=Kind.SERVICE, last_seen__lt=self.started
            )
            .exclude(service=None)
            .exclude(service__status=Service.Status.ARCHIVED)
        )
        services = [record.service for record in gone.select_related("service")]
        if services:
            directory_services.services_set_status(
                services=services, status=Service.Status.ARCHIVED, user=self.user
            )
            self.report.archived += [s.name for s in services]

    # --- one entry ------------------------------------------------------------------

    def import_entry(self, entry_id: str, data) -> None:
        label = entry_id
        if not isinstance(data, dict):
            self.report.skipped.append((label, "it is not a JSON object"))
            return
        if isinstance(data.get("name"), str):
            label = f"{data['name'][:80]} ({entry_id})"
        format_warnings = []
        if not any(key in data for key in V1_KEYS):
            problems, format_warnings = schemas.problems("service", data)
            if problems:
                self.report.skipped.append(
                    (label, "it does not match the Open Referral UK schema: " + "; ".join(problems))
                )
                return
        try:
            mapped = map_service(data, out_of_area=self.out_of_area)
        except EntryRejected as error:
            self.report.skipped.append((label, str(error)))
            return
        needs, areas = self._terms(mapped)
        source_hash = _digest(
            {
                "entry": data,
                "out_of_area": self.out_of_area,
                "needs": sorted(n.pk for n in needs),
                "areas": sorted(a.pk for a in areas),
            }
        )
        record = (
            ImportedRecord.objects.filter(source=self.source, kind=Kind.SERVICE, entry_id=entry_id)
            .select_related("service")
            .first()
        )
        try:
            if record is None:
                if not mapped.active:
                    self.report.skipped.append((label, "it is not active in the feed"))
                    return
                self._write(entry_id, mapped, needs, areas, source_hash, None)
                self.report.created.append(mapped.fields["name"])
            else:
                self._existing(record, label, entry_id, mapped, needs, areas, source_hash)
        except ValidationError as error:
            self.report.skipped.append((label, "; ".join(_messages(error))))
            return
        except DatabaseError as error:
            self.report.skipped.append((label, f"the database refused it ({error})"[:300]))
            return
        self.report.warnings += [
            (label, f"not quite as the schema asks: {w}") for w in format_warnings
        ]
        self.report.warnings += [(label, warning) for warning in mapped.warnings]

    def _existing(self, record, label, entry_id, mapped, needs, areas, source_hash) -> None:
        service = record.service
        if service is None:
            self.report.conflicts.append((label, "it was deleted here, so it is not brought back"))
            return
        if service_fingerprint(service) != record.local_hash:
            self.report.conflicts.append(
                (label, f"{service.name!r} was changed here since the last import")
            )
            openreferral_services.imported_record_seen(record=record, when=self.started)
            return
        if not mapped.active:
            if service.status != Service.Status.ARCHIVED:
                directory_services.services_set_status(
                    services=[service], status=Service.Status.ARCHIVED, user=self.user
                )
                self.report.archived.append(service.name)
            openreferral_services.imported_record_seen(record=record, when=self.started)
            return
        if record.source_hash == source_hash:
            self.report.unchanged += 1
            openreferral_services.imported_record_seen(record=record, when=self.started)
            return
        self._write(entry_id, mapped, needs, areas, source_hash, service)
        self.report.updated.append(mapped.fields["name"])

    # --- writing ------------------------------------------------------------------------

    def _write(self, entry_id, mapped: MappedService, needs, areas, source_hash, service) -> None:
        """Organisation, service, locations and opening times in one transaction."""
        with directory_services.directory_writes():  # one transaction
            organisation = self._organisation(mapped)
            fields = dict(mapped.fields)
            if service is None:
                service = Service(
                    organisation=organisation,
                    slug=_unique_slug(Service, fields["name"]),
                    status=Service.Status.PUBLISHED
                    if self.source.trusted
                    else Service.Status.DRAFT,
                )
            else:
                service.organisation = organisation
                # An officer's later review stands; a newer date in the feed moves it on.
                fields["last_reviewed"] = max(fields["last_reviewed"], service.last_reviewed)
            for name, value in fields.items():
                setattr(service, name, value)
            service.review_due = None  # worked out again from the last review
            directory_services.service_save(
                service=service, user=self.user, reason=self.reason, needs=needs, areas=areas
            )
            self._locations(entry_id, service, mapped)
            openreferral_services.imported_record_save(
                source=self.source,
                kind=Kind.SERVICE,
                entry_id=entry_id,
                target=service,
                source_hash=source_hash,
                local_hash=service_fingerprint(service),
                when=self.started,
            )

    def _organisation(self, mapped: MappedService) -> Organisation:
        values = mapped.organisation
        source_hash = _digest(values)
        record = (
            ImportedRecord.objects.filter(
                source=self.source, kind=Kind.ORGANISATION, entry_id=mapped.organisation_id
            )
            .select_related("organisation")
            .first()
        )
        organisation = record.organisation if record else None
        if organisation is not None:
            if not record.local_hash:
                return organisation  # one of ours, matched by name: never changed by imports
            if organisation_fingerprint(organisation) != record.local_hash:
                mapped.warnings.append(
                    f"organisation {organisation.name!r} was changed here, so ours was kept"
                )
                return organisation
            if record.source_hash == source_hash:
                return organisation
        else:
            existing = Organisation.objects.filter(name__iexact=values["name"]).first()
            if existing is not None:
                openreferral_services.imported_record_save(
                    source=self.source,
                    kind=Kind.ORGANISATION,
                    entry_id=mapped.organisation_id,
                    target=existing,
                    source_hash=source_hash,
                    local_hash="",
                    when=self.started,
                )
                return existing
            organisation = Organisation(slug=_unique_slug(Organisation, values["name"]))
        for name, value in values.items():
            setattr(organisation, name, value)
        directory_services.record_save(record=organisation, user=self.user, reason=self.reason)
        openreferral_services.imported_record_save(
            source=self.source,
            kind=Kind.ORGANISATION,
            entry_id=mapped.organisation_id,
            target=organisation,
            source_hash=source_hash,
            local_hash=organisation_fingerprint(organisation),
            when=self.started,
        )
        return organisation

    def _locations(self, entry_id: str, service: Service, mapped: MappedService) -> None:
        prefix = f"{entry_id}/"
        records = {
            r.entry_id: r
            for r in ImportedRecord.objects.filter(
                source=self.source, kind=Kind.LOCATION, entry_id__startswith=prefix
            ).select_related("location")
        }
        wanted = set()
        for mapped_location in mapped.locations:
            key = prefix + mapped_location.entry_id
            wanted.add(key)
            record = records.get(key)
            location = record.location if record else None
            if location is None or location.service_id != service.pk:
                location = Location(service=service)
            for name, value in mapped_location.fields.items():
                setattr(location, name, value)
            directory_services.record_save(record=location, user=self.user, reason=self.reason)
            current = {(t.weekday, t.opens, t.closes): t for t in location.opening_times.all()}
            new = set(mapped_location.opening_times)
            for key_time, opening in current.items():
                if key_time not in new:
                    directory_services.record_delete(
                        record=opening, user=self.user, reason=self.reason
                    )
            for weekday, opens, closes in sorted(new - set(current)):
                directory_services.record_save(
                    record=OpeningTime(
                        location=location, weekday=weekday, opens=opens, closes=closes
                    ),
                    user=self.user,
                    reason=self.reason,
                )
            openreferral_services.imported_record_save(
                source=self.source,
                kind=Kind.LOCATION,
                entry_id=key,
                target=location,
                source_hash=_digest(
                    mapped_location.fields | {"times": mapped_location.opening_times}
                ),
                local_hash="",
                when=self.started,
            )
        for key, record in records.items():
            if key not in wanted and record.location is not None:
                directory_services.record_delete(
                    record=record.location, user=self.user, reason=self.reason
                )

    # --- taxonomy terms ---------------------------------------------------------------

    def _term_lookup(self) -> dict:
        if self._term_index is None:
            index = {}
            for need in Need.objects.all():
                index[("id", str(need.uuid))] = ("need", need)
                index[("name", need.name.lower())] = ("need", need)
            for synonym in NeedSynonym.objects.select_related("need"):
                index.setdefault(("name", synonym.term.lower()), ("need", synonym.need))
            for area in AreaOfProvision.objects.all():
                index[("id", str(area.uuid))] = ("area", area)
                index.setdefault(("name", area.name.lower()), ("area", area))
            self._term_index = index
        return self._term_index

    def _terms(self, mapped: MappedService) -> tuple[list[Need], list[AreaOfProvision]]:
        needs, areas = {}, {}
        for term in mapped.terms:
            if term.id in ids.FIXED_TERM_BY_ID:
                continue  # our own level / where / access terms: already fields
            mapping = self._mappings.get(term.id)
            if mapping is None:
                lookup = self._term_lookup()
                found = lookup.get(("id", term.id)) or lookup.get(("name", term.name.lower()))
                mapping = openreferral_services.term_mapping_ensure(
                    source=self.source,
                    term_id=term.id,
                    term_name=term.name,
                    taxonomy_name=term.taxonomy,
                    need=found[1] if found and found[0] == "need" else None,
                    area=found[1] if found and found[0] == "area" else None,
                )
                self._mappings[term.id] = mapping
            if mapping.need_id:
                needs[mapping.need_id] = mapping.need
            if mapping.area_id:
                areas[mapping.area_id] = mapping.area
            if not mapping.mapped:
                self.report.unmapped_terms[term.id] = str(mapping)
        return list(needs.values()), list(areas.values())


# --- fingerprints and helpers ----------------------------------------------------------


def service_fingerprint(service: Service) -> str:
    """What an officer could change about an imported service (not its status or review)."""
    service = (
        Service.objects.filter(pk=service.pk)
        .prefetch_related("needs", "areas", "locations__opening_times")
        .get()
    )
    return _digest(
        {
            "fields": {name: getattr(service, name) for name in SERVICE_FINGERPRINT_FIELDS},
            "needs": sorted(n.pk for n in service.needs.all()),
            "areas": sorted(a.pk for a in service.areas.all()),
            "locations": sorted(
                [
                    {name: getattr(location, name) for name in LOCATION_FIELDS}
                    | {
                        "times": sorted(
                            (t.weekday, t.opens, t.closes) for t in location.opening_times.all()
                        )
                    }
                    for location in service.locations.all()
                ],
                key=lambda d: json.dumps(d, sort_keys=True, default=str),
            ),
        }
    )


def organisation_fingerprint(organisation: Organisation) -> str:
    organisation = Organisation.objects.get(pk=organisation.pk)
    return _digest({name: getattr(organisation, name) for name in ORGANISATION_FIELDS})


def _unique_slug(model, name: str) -> str:
    base = slugify(name)[:180] or "imported"
    taken = set(
        model.objects.filter(slug__startswith=base)
        .annotate(s=Lower("slug"))
        .values_list("slug", flat=True)
    )
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _messages(error: ValidationError) -> list[str]:
    if hasattr(error, "message_dict"):
        return [f"{name}: {' '.join(msgs)}" for name, msgs in error.message_dict.items()]
    return list(error.messages)
