"""Writes that every app shares."""

from django.db import connection

from core import pagecache


def content_changed() -> None:
    """Record that public content changed, so every app server rebuilds its cached pages."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO core_contentversion (id, number, changed) VALUES (1, 1, now()) "
            "ON CONFLICT (id) DO UPDATE SET number = core_contentversion.number + 1, "
            "changed = now()"
        )
    pagecache.forget_version()  # this process sees its own change at once
