"""Spelling suggestions: the closest word in the published services for each unknown word."""

from core.replicas import read_connection
from directory.search.query import STOP_WORDS


def suggest_spelling(words: list[str]) -> list[str] | None:
    """The closest known word for each word we don't know, or None if nothing changes.

    Short words and common English words are left alone: "to" is not a typo for "too".
    A known word that is the typed word with two letters next to each other swapped
    ("autsim") comes first: such a word shares too few letter triples with the typed one
    for the similarity test alone (0.27 for "autsim" and "autism", under pg_trgm's 0.3).
    """
    checkable = [w for w in words if len(w) >= 4 and w not in STOP_WORDS and not w.isdigit()]
    if not checkable:
        return None
    with read_connection().cursor() as cursor:
        cursor.execute(
            """
            SELECT q.word, best.word
            FROM unnest(%s::text[], %s::text[]) AS q(word, swapped_text)
            CROSS JOIN LATERAL (SELECT string_to_array(q.swapped_text, ' ') AS swapped) AS v
            LEFT JOIN LATERAL (
                SELECT sw.word FROM directory_searchword sw
                WHERE sw.word %% q.word OR sw.word = q.word OR sw.word = ANY(v.swapped)
                ORDER BY sw.word = q.word DESC, sw.word = ANY(v.swapped) DESC,
                    similarity(sw.word, q.word) DESC, sw.word
                LIMIT 1
            ) AS best ON true
            """,
            [checkable, [" ".join(_swapped(w)) for w in checkable]],
        )
        best = dict(cursor.fetchall())
    corrected = [best.get(w) or w for w in words]
    return corrected if corrected != words else None


def _swapped(word: str) -> list[str]:
    """The word with each pair of neighbouring letters swapped ("autsim" -> "uatsim",
    "atusim", ..., "autism")."""
    return [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    ]
