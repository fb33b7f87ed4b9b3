"""Writes to the directory. Every change goes through history."""

from collections.abc import Iterable

from django.db import connection, transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from core.services import content_changed
from directory.models import Service, default_review_due

_REFRESH_INDEX_SQL = """
UPDATE directory_service AS s
SET search_extra = x.extra, need_ids = x.need_ids, area_ids = x.area_ids
FROM (
    SELECT
        s2.id,
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
        ) AS extra,
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
) AS x
WHERE s.id = x.id
  AND (s.search_extra, s.need_ids, s.area_ids) IS DISTINCT FROM (x.extra, x.need_ids, x.area_ids)
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
    with connection.cursor() as cursor:
        if service_ids is None:
            cursor.execute(_REFRESH_INDEX_SQL.format(where=""))
        else:
            ids = list(service_ids)
            if not ids:
                return
            cursor.execute(_REFRESH_INDEX_SQL.format(where="WHERE s2.id = ANY(%s)"), [ids])
    search_words_refresh()
    directory_changed()


def directory_changed() -> None:
    """Record that public directory content changed, so cached pages are rebuilt."""
    content_changed()


def search_words_refresh() -> None:
    """Rebuild the vocabulary used to suggest spellings from published services."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_REFRESH_WORDS_SQL)


def services_mark_reviewed(*, services: Iterable[Service], user=None) -> int:
    """Record that the services were reviewed today; the next review falls due in twelve months."""
    today = timezone.localdate()
    changed = []
    for service in services:
        service.last_reviewed = today
        service.review_due = default_review_due(today)
        service.updated = timezone.now()
        changed.append(service)
    with transaction.atomic():
        bulk_update_with_history(
            changed,
            Service,
            ["last_reviewed", "review_due", "updated"],
            default_user=user,
            default_change_reason="Marked as reviewed",
        )
        directory_changed()
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
    with transaction.atomic():
        bulk_update_with_history(
            changed,
            Service,
            ["status", "updated"],
            default_user=user,
            default_change_reason=f"Status set to {status}",
        )
        search_words_refresh()
        directory_changed()
    return len(changed)
