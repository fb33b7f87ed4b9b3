"""Writes to the directory: the one way anything changes it.

Admin, the provider portal, imports and scripts all call these functions. Each
one validates (`full_clean()`), writes inside a transaction with the acting user
and reason recorded in history, and, before the outermost write commits,
brings the search index up to date for the services it touched and bumps the
content version so that every app server rebuilds its cached pages. Several
writes inside one `directory_writes()` block share one refresh at its end.
"""

import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from decimal import Decimal
from functools import wraps

from django.db import connection, models, transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from core.services import content_changed
from directory.models import (
    AreaOfProvision,
    Location,
    Need,
    NeedSynonym,
    OpeningTime,
    Organisation,
    SearchSynonym,
    Service,
    default_review_due,
)
from directory.search.query import need_ranks_sql, search_vector_sql
from postcodes.models import Postcode
from postcodes.selectors import postcode_point

_REFRESH_INDEX_SQL = """
UPDATE directory_service AS s
SET search_extra = x.extra, need_ids = x.need_ids, area_ids = x.area_ids,
    need_ranks = x.need_ranks
FROM (
SELECT z.id, z.search_extra AS extra, z.need_ids, z.area_ids, {ranks} AS need_ranks
FROM (
SELECT y.*,
    -- With its search text unchanged, the row's vector is already the one to rank.
    CASE WHEN y.search_extra = y.old_extra THEN y.old_vector ELSE {vector} END AS vector
FROM (
    SELECT
        s2.id,
        s2.name,
        s2.summary,
        s2.description,
        s2.search_extra AS old_extra,
        s2.search_vector AS old_vector,
        concat_ws(
            ' ',
            o.name,
            (
                SELECT string_agg(
                    concat_ws(' ', n.name, p.name, (
                        SELECT string_agg(ns.term, ' ')
                        FROM directory_needsynonym ns WHERE ns.need_id = n.id
                    )),
                    ' '
                )
                FROM directory_service_needs sn
                JOIN directory_need n ON n.id = sn.need_id
                LEFT JOIN directory_need p ON p.id = n.broad_area_id
                WHERE sn.service_id = s2.id
            ),
            (
                SELECT string_agg(concat_ws(' ', ap.name, ap.description), ' ')
                FROM directory_service_areas sa
                JOIN directory_areaofprovision ap ON ap.id = sa.areaofprovision_id
                WHERE sa.service_id = s2.id
            ),
            (
                SELECT string_agg(concat_ws(' ', l.name, l.address, l.postcode), ' ')
                FROM directory_location l WHERE l.service_id = s2.id
            )
        ) AS search_extra,
        ARRAY(
            SELECT n.id FROM directory_service_needs sn
            JOIN directory_need n ON n.id = sn.need_id WHERE sn.service_id = s2.id
            UNION
            SELECT n.broad_area_id FROM directory_service_needs sn
            JOIN directory_need n ON n.id = sn.need_id
            WHERE sn.service_id = s2.id AND n.broad_area_id IS NOT NULL
            ORDER BY 1
        ) AS need_ids,
        ARRAY(
            SELECT sa.areaofprovision_id FROM directory_service_areas sa
            WHERE sa.service_id = s2.id ORDER BY 1
        ) AS area_ids
    FROM directory_service s2
    JOIN directory_organisation o ON o.id = s2.organisation_id
    {where}
) AS y
-- OFFSET 0 keeps this subquery apart: merged into the one above, each of the ranks'
-- uses of z.vector (two a need) would compute the vector again (seeding 100,000: 338 s).
OFFSET 0
) AS z
) AS x
WHERE s.id = x.id
  AND (s.search_extra, s.need_ids, s.area_ids, s.need_ranks)
      IS DISTINCT FROM (x.extra, x.need_ids, x.area_ids, x.need_ranks)
"""

_REFRESH_WORDS_SQL = """
DELETE FROM directory_searchword;
INSERT INTO directory_searchword (word)
SELECT DISTINCT w FROM (
    SELECT regexp_split_to_table(
        lower(name || ' ' || summary || ' ' || search_extra), '[^a-z]+'
    ) AS w
    FROM directory_service WHERE status = 'published'
) AS words
WHERE length(w) BETWEEN 3 AND 60;
"""


def service_refresh_index(*, service_ids: Iterable[int] | None = None) -> None:
    """Bring the search text and the need and area id arrays up to date.

    Call after changing a service's needs, areas or organisation, or a need's
    name or synonyms. With no ids, refreshes every service (one statement).
    """
    ids = None if service_ids is None else list(service_ids)
    if ids == []:
        return
    with transaction.atomic(), connection.cursor() as cursor:
        # First wait for anyone else changing these services, so that what follows reads
        # their committed text (each statement sees what was committed before it began).
        # Without this, the UPDATE would work out the search text and need ranks from
        # the rows as they were when it started and, once the other writer committed,
        # store them over that writer's (the UPDATE re-checks only its WHERE).
        if ids is None:
            # Every service: one table lock, not a row lock written to each row. Readers
            # are not held up; other writers wait until this transaction ends.
            cursor.execute(f"LOCK TABLE {Service._meta.db_table} IN SHARE ROW EXCLUSIVE MODE")
        else:
            cursor.execute(
                f"SELECT 1 FROM {Service._meta.db_table} WHERE id = ANY(%s) "  # noqa: S608
                "ORDER BY id FOR UPDATE",
                [ids],
            )
        # The search vector as the new search text will make it (search_vector is
        # generated from the row; the UPDATE cannot read it before it happens), and each
        # need's rank (the needs' names and synonyms read after the wait, too).
        vector, vector_params = search_vector_sql(connection, "y")
        ranks, ranks_params = need_ranks_sql(connection, "z.vector")
        sql = _REFRESH_INDEX_SQL.format(
            vector=vector, ranks=ranks, where="" if ids is None else "WHERE s2.id = ANY(%s)"
        )
        cursor.execute(sql, [*ranks_params, *vector_params, *([] if ids is None else [ids])])
    search_words_refresh()
    directory_changed()


def directory_changed() -> None:
    """Record that public directory content changed, so cached pages are rebuilt."""
    content_changed()


def search_words_refresh() -> None:
    """Rebuild the vocabulary used to suggest spellings from published services."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_REFRESH_WORDS_SQL)


# --- Grouping writes -------------------------------------------------------------------

_pending = threading.local()
EVERY_SERVICE = None  # "the change may affect any service's search text"


@contextmanager
def directory_writes():
    """Run the block in a transaction; refresh search and cached pages once, at its end.

    Nested blocks join the outermost one. The refresh runs inside the same
    transaction, so readers never see a change without its index, and a failed
    refresh undoes the change.
    """
    if getattr(_pending, "changes", None) is not None:
        with transaction.atomic():
            yield
        return
    _pending.changes = {"services": set(), "everything": False, "any": False}
    try:
        with transaction.atomic():
            yield
            _flush(_pending.changes)
    finally:
        _pending.changes = None


def directory_writes_wrap(view: Callable) -> Callable:
    """Decorator form of `directory_writes()`, for admin views that write."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        with directory_writes():
            return view(*args, **kwargs)

    return wrapped


def _touched(service_ids: Iterable[int] | None) -> None:
    changes = _pending.changes
    changes["any"] = True
    if service_ids is EVERY_SERVICE:
        changes["everything"] = True
    else:
        changes["services"].update(i for i in service_ids if i is not None)


def _flush(changes: dict) -> None:
    if changes["everything"]:
        service_refresh_index()
    elif changes["services"]:
        service_refresh_index(service_ids=sorted(changes["services"]))
    elif changes["any"]:
        directory_changed()


def _services_affected_by(record: models.Model) -> Iterable[int] | None:
    """Which services' search text or public page a change to `record` can alter."""
    if isinstance(record, Service):
        return [record.pk]
    if isinstance(record, Location):
        previous = Location.objects.filter(pk=record.pk).values_list("service_id", flat=True)
        return [record.service_id, *previous]
    if isinstance(record, OpeningTime):
        return []  # shown on the service page, not searched: the version bump is enough
    if isinstance(record, Organisation):
        return list(record.services.values_list("pk", flat=True)) if record.pk else []
    if isinstance(record, Need | NeedSynonym | AreaOfProvision):
        return EVERY_SERVICE
    if isinstance(record, SearchSynonym):
        return []  # expands queries, not the index: the version bump is enough
    raise TypeError(f"{type(record).__name__} is not directory data")


def _with_history(record: models.Model, user, reason: str) -> None:
    if user is not None and getattr(user, "is_authenticated", False):
        record._history_user = user
    if reason:
        record._change_reason = reason


# --- Single records ----------------------------------------------------------------------

VERSIONED = (Service, Organisation, Location)


class RecordChanged(Exception):
    """Someone else saved the record after the caller read it: the save was refused."""

    def __init__(self, record: models.Model, current_version: int):
        self.record = record
        self.current_version = current_version
        super().__init__(
            f"{type(record).__name__} {record.pk} is at version {current_version}, "
            f"not {record.version}"
        )


def _version_next(record: models.Model, expected_version: int | None) -> None:
    """Lock a versioned record's row and move its version on; refuse a stale save.

    `expected_version` is the version the caller read (an officer's form carries
    it); None means the caller holds no copy that could be stale (imports,
    approvals that read the row just now), so the save is never refused.
    """
    if not isinstance(record, VERSIONED) or record._state.adding or record.pk is None:
        return
    current = (
        type(record)
        .objects.select_for_update()
        .filter(pk=record.pk)
        .values_list("version", flat=True)
        .first()
    )
    if current is None:
        return
    if expected_version is not None and expected_version != current:
        raise RecordChanged(record, current)
    record.version = current + 1


def _versions_next(model: type[models.Model], pks: Iterable[int]) -> None:
    """Move on the versions of records changed in bulk, so open forms become stale."""
    model.objects.filter(pk__in=list(pks)).update(version=F("version") + 1)


def record_save(
    *,
    record: models.Model,
    user=None,
    reason: str = "",
    expected_version: int | None = None,
) -> models.Model:
    """Validate and save any directory record (organisation, location, need...).

    With `expected_version` (the version the editor opened), raises RecordChanged,
    saving nothing, if someone else has saved the record since.
    """
    with directory_writes():
        record.full_clean()
        _version_next(record, expected_version)
        if isinstance(record, Location):
            location_coordinates_fill(location=record)
        _touched(_services_affected_by(record))
        _with_history(record, user, reason)
        record.save()
        _touched(_services_affected_by(record))
    return record


def record_delete(*, record: models.Model, user=None, reason: str = "") -> None:
    """Delete a directory record, recording who did it in history."""
    with directory_writes():
        _touched(_services_affected_by(record))
        _with_history(record, user, reason)
        record.delete()


def service_save(
    *,
    service: Service,
    user=None,
    reason: str = "",
    needs: Iterable[Need] | None = None,
    areas: Iterable[AreaOfProvision] | None = None,
    expected_version: int | None = None,
) -> Service:
    """Validate and save a service, and its needs and areas of provision when given.

    The search index and cached pages are up to date when the outermost write commits.
    With `expected_version`, a stale save raises RecordChanged and saves nothing.
    """
    with directory_writes():
        record_save(record=service, user=user, reason=reason, expected_version=expected_version)
        if needs is not None:
            service.needs.set(needs)
        if areas is not None:
            service.areas.set(areas)
    return service


def _bulk_update_with_full_history(services: list[Service], fields, user, reason) -> None:
    """`bulk_update_with_history`, plus the services' needs and areas in each history row.

    simple-history's bulk helpers write no many-to-many rows, so every service's
    history would show its needs and areas emptied by a bulk action (issue 16).
    """
    if not services:
        return
    Service.objects.bulk_update(services, fields, batch_size=500)
    _versions_next(Service, (service.pk for service in services))
    records = Service.history.bulk_history_create(
        services, update=True, default_user=user, default_change_reason=reason, batch_size=500
    )
    by_service = {record.id: record for record in records}
    for field in Service.history.model._history_m2m_fields:
        through = field.remote_field.through
        m2m_history = getattr(records[0], field.name).model
        source = field.m2m_field_name()
        copied = [
            m2m_history(
                history=by_service[getattr(row, f"{source}_id")],
                **{f.attname: getattr(row, f.attname) for f in through._meta.concrete_fields},
            )
            for row in through.objects.filter(**{f"{source}_id__in": list(by_service)})
        ]
        m2m_history.objects.bulk_create(copied, batch_size=1000)


def services_mark_reviewed(*, services: Iterable[Service], user=None) -> int:
    """Record that the services were reviewed today; the next review falls due in twelve months."""
    today = timezone.localdate()
    changed = []
    for service in services:
        service.last_reviewed = today
        service.review_due = default_review_due(today)
        service.updated = timezone.now()
        changed.append(service)
    with directory_writes():
        _touched([])
        _bulk_update_with_full_history(
            changed, ["last_reviewed", "review_due", "updated"], user, "Marked as reviewed"
        )
    return len(changed)


def services_set_status(*, services: Iterable[Service], status: str, user=None) -> int:
    """Publish, archive or return services to draft, recording who did it."""
    if status not in Service.Status.values:
        raise ValueError(f"Unknown status {status!r}")
    changed = []
    now = timezone.now()
    for service in services:
        if service.status != status:
            service.status = status
            service.updated = now
            changed.append(service)
    with directory_writes():
        _touched(service.pk for service in changed)
        _bulk_update_with_full_history(
            changed, ["status", "updated"], user, f"Status set to {status}"
        )
    return len(changed)


# --- Coordinates from postcodes ----------------------------------------------------------


def _as_coordinate(value: float) -> Decimal:
    return Decimal(str(round(value, 6)))


def location_coordinates_fill(*, location: Location) -> None:
    """Give a location the coordinates of its postcode, from the postcode table.

    Only when it has none, or when its postcode changed and its coordinates were
    the old postcode's (so they were filled in, not typed): coordinates an officer
    typed are kept. Sets the attributes; the caller saves.
    """
    point = postcode_point(location.postcode)
    if location.latitude is None and location.longitude is None:
        if point is not None:
            location.latitude, location.longitude = map(_as_coordinate, point)
        return
    if location.pk is None:
        return
    before = (
        Location.objects.filter(pk=location.pk)
        .values_list("postcode", "latitude", "longitude")
        .first()
    )
    if before is None or before[0] == location.postcode:
        return
    if (before[1], before[2]) != (location.latitude, location.longitude):
        return  # the coordinates were changed in this edit too: the officer's choice
    old_point = postcode_point(before[0])
    if old_point is not None and tuple(map(_as_coordinate, old_point)) != (
        location.latitude,
        location.longitude,
    ):
        return  # typed by an officer at some point: leave them
    if point is None:
        location.latitude = location.longitude = None
    else:
        location.latitude, location.longitude = map(_as_coordinate, point)


ANALYSE_AFTER_ROWS = 1000


def locations_fill_coordinates(*, user=None) -> int:
    """Give every location without coordinates those of its postcode, if the table has it.

    Run after loading postcodes (the demo seed does). Returns how many were filled.
    """
    point = Postcode.objects.filter(postcode=OuterRef("postcode"))
    missing = (
        Location.objects.filter(latitude__isnull=True, longitude__isnull=True)
        .annotate(
            known_latitude=Subquery(point.values("latitude")),
            known_longitude=Subquery(point.values("longitude")),
        )
        .filter(known_latitude__isnull=False)
    )
    changed = []
    for location in missing.iterator(chunk_size=2000):
        location.latitude = _as_coordinate(location.known_latitude)
        location.longitude = _as_coordinate(location.known_longitude)
        changed.append(location)
    if changed:
        with directory_writes():
            _touched([])  # shown on service pages; not part of the search text
            _versions_next(Location, (location.pk for location in changed))
            bulk_update_with_history(
                changed,
                Location,
                ["latitude", "longitude"],
                batch_size=2000,
                default_user=user,
                default_change_reason="Coordinates from the postcode",
            )
        if len(changed) >= ANALYSE_AFTER_ROWS:
            # Fresh statistics for distance search: estimates made before most venues had
            # coordinates lead the planner to plans hundreds of times slower. VACUUM too
            # (outside a transaction) so distance searches can read the coordinates index
            # alone, without visiting every updated row.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            with connection.cursor() as cursor:
                cursor.execute(f"{command} {connection.ops.quote_name(Location._meta.db_table)}")
    return len(changed)
