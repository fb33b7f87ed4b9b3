"""Spelling suggestions: the closest word in the published services for each unknown word."""

from core.replicas import read_connection
from directory.search.query import STOP_WORDS


def suggest_spelling(words: list[str]) -> list[str] | None:
    """The closest known word for each word we don't know, or None if nothing changes.

    Short words and common English words are left alone: "to" is not a typo for "too".
    """
    checkable = [w for w in words if len(w) >= 4 and w not in STOP_WORDS and not w.isdigit()]
    if not checkable:
        return None
    with read_connection().cursor() as cursor:
        cursor.execute(
            """
            SELECT q.word, best.word
            FROM unnest(%s::text[]) AS q(word)
            LEFT JOIN LATERAL (
                SELECT sw.word FROM directory_searchword sw
                WHERE sw.word %% q.word OR sw.word = q.word
                ORDER BY sw.word = q.word DESC, similarity(sw.word, q.word) DESC, sw.word
                LIMIT 1
            ) AS best ON true
            """,
            [checkable],
        )
        best = dict(cursor.fetchall())
    corrected = [best.get(w) or w for w in words]
    return corrected if corrected != words else None
