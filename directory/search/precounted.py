"""Pre-counted filter combinations, for filter counts without testing every service.

A search without words or a postcode counts its filter options over every published
service: about 40 conditions on each of them, the largest part of the search page's
time as the directory grows. Most services share their combination of the columns the
filters read (ages, needs, areas, level, where, free, self-referral), so this module
keeps one row per distinct combination with how many services have it
(`FacetCombination`), and facets.py adds those up with the same conditions.

The rows are rebuilt, in one statement, the first time a search needs them after the
content version moved (every write to the directory moves it, in the same
transaction). `FacetCountsBuilt` records the version they were built for; until they
match, searches count live over directory_service, so a count is never out of date.
"""

from django.db import connection, transaction

from directory.search.conditions import FACET_COLUMNS

_VERSION = "coalesce((SELECT number FROM core_contentversion WHERE id = 1), 0)"

# True when the combinations were built for the current content version.
FRESH_SQL = (
    "coalesce((SELECT version FROM directory_facetcountsbuilt WHERE id = 1) = "
    "coalesce((SELECT number FROM core_contentversion WHERE id = 1), 0), FALSE)"
)

_COLUMNS = ", ".join(FACET_COLUMNS)

# One statement, so the combinations and the version they are stamped with come from
# the same snapshot of the data. Data-modifying CTEs always run to completion.
_REBUILD_SQL = f"""
WITH cleared AS (DELETE FROM directory_facetcombination),
added AS (
    INSERT INTO directory_facetcombination ({_COLUMNS}, services)
    SELECT {_COLUMNS}, count(*) FROM directory_service
    WHERE status = 'published'
    GROUP BY {_COLUMNS}
)
INSERT INTO directory_facetcountsbuilt (id, version) VALUES (1, {_VERSION})
ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version
"""  # noqa: S608 - constant SQL

# Only one rebuild at a time; others skip it (they count live this once).
_LOCK = 0x0FAC_E7C0


def rebuild() -> bool:
    """Rebuild the combinations for the current content, on the primary. False if
    another process was already rebuilding them, or they were already up to date there.

    The caller may have found them out of date on a replica (core.replicas), which can
    lag the primary by seconds: without the check on the primary, every search without
    words in that time would rebuild them again.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [_LOCK])
        if not cursor.fetchone()[0]:
            return False
        # READ COMMITTED (the default): this statement sees a rebuild committed by the
        # process that held the lock before; REPEATABLE READ would not.
        cursor.execute(f"SELECT {FRESH_SQL}")  # noqa: S608 - constant SQL
        if cursor.fetchone()[0]:
            return False
        cursor.execute(_REBUILD_SQL)
    return True
