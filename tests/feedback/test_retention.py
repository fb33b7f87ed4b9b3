from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.models import RateLimitHit
from feedback.models import Comment, CommentContact
from feedback.services import retention_apply
from tests.feedback.factories import (
    CommentContactFactory,
    CommentFactory,
    ReportingPeriodFactory,
)

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def period_published(months_ago_days: int):
    """A year-long period whose report was published `months_ago_days` days before NOW."""
    published = NOW - timedelta(days=months_ago_days)
    ends = published.date() - timedelta(days=10)
    return ReportingPeriodFactory(
        starts=ends - timedelta(days=364), ends=ends, published_at=published
    )


def comment_in(period, **kwargs):
    submitted = datetime.combine(period.starts + timedelta(days=30), datetime.min.time(), UTC)
    return CommentFactory(submitted_at=submitted, **kwargs)


def test_originals_are_deleted_12_months_after_the_report_is_published():
    # Issue 16: only approved anonymised text survives (it was "any anonymised text").
    period = period_published(370)
    comment = comment_in(
        period, text="Mrs Patel said", anonymised_text="[name removed] said", publishable=True
    )
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.text == ""
    assert comment.original_deleted_at == NOW
    assert comment.anonymised_text == "[name removed] said"


def test_unapproved_anonymised_text_is_deleted_from_the_live_row_with_the_original():
    period = period_published(370)
    comment = comment_in(period, text="Mrs Patel said", anonymised_text="Mrs Patel said")
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.anonymised_text == ""


def test_contact_details_are_deleted_with_the_original():
    period = period_published(370)
    contact = CommentContactFactory(comment=comment_in(period))
    retention_apply(now=NOW)
    assert not CommentContact.objects.filter(pk=contact.pk).exists()


def test_decisions_and_counts_survive_retention():
    period = period_published(370)
    comment = comment_in(period, publishable=True, theme="missing")
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.is_publishable
    assert comment.theme == "missing"


def test_originals_are_kept_within_12_months_of_publication():
    period = period_published(300)
    comment = comment_in(period, text="Still needed")
    CommentContactFactory(comment=comment)
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.text == "Still needed"
    assert CommentContact.objects.filter(comment=comment).exists()


def test_originals_not_yet_reported_on_are_kept_within_24_months_of_being_sent():
    ReportingPeriodFactory(starts=NOW.date(), ends=NOW.date() + timedelta(days=300))
    comment = CommentFactory(submitted_at=NOW - timedelta(days=500), text="Not reported")
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.text == "Not reported"


def test_originals_no_report_covers_are_deleted_24_months_after_being_sent():
    ReportingPeriodFactory(starts=NOW.date(), ends=NOW.date() + timedelta(days=300))
    comment = CommentFactory(submitted_at=NOW - timedelta(days=740), text="Never reported")
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.text == ""
    assert comment.original_deleted_at == NOW


def test_contact_details_no_report_covers_are_deleted_24_months_after_being_sent():
    comment = CommentFactory(submitted_at=NOW - timedelta(days=740))
    contact = CommentContactFactory(comment=comment)
    retention_apply(now=NOW)
    assert not CommentContact.objects.filter(pk=contact.pk).exists()


def test_originals_in_an_unpublished_period_are_deleted_24_months_after_being_sent():
    period = ReportingPeriodFactory(
        starts=(NOW - timedelta(days=800)).date(), ends=(NOW - timedelta(days=436)).date()
    )
    comment = comment_in(period, text="The report was never published")
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.text == ""


def test_the_fallback_retention_period_is_a_setting(settings):
    settings.FEEDBACK_FALLBACK_RETENTION_MONTHS = 6
    comment = CommentFactory(submitted_at=NOW - timedelta(days=200), text="Six months on")
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.text == ""


def test_the_retention_period_is_a_setting(settings):
    settings.FEEDBACK_RETENTION_MONTHS = 6
    period = period_published(200)
    comment = comment_in(period)
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.text == ""


def test_retention_is_recorded_in_history_without_the_text():
    period = period_published(370)
    comment = comment_in(period)
    retention_apply(now=NOW)
    assert comment.history.first().original_deleted_at == NOW


def test_the_page_a_comment_names_is_deleted_with_the_original():
    period = period_published(370)
    comment = comment_in(period, about="page", page_url="The page Mrs Patel wrote")
    retention_apply(now=NOW)
    comment.refresh_from_db()
    assert comment.page_url == ""


def test_unapproved_anonymised_text_is_cleared_from_history_with_the_original():
    period = period_published(370)
    comment = comment_in(period, anonymised_text="Missed: Alfie at Larkspur")
    retention_apply(now=NOW)
    assert "Alfie" not in {version.anonymised_text for version in comment.history.all()}


def test_approved_anonymised_text_stays_in_history_after_retention():
    period = period_published(370)
    comment = comment_in(period, publishable=True, anonymised_text="[name removed] was kind")
    retention_apply(now=NOW)
    assert comment.history.first().anonymised_text == "[name removed] was kind"


def test_old_spam_is_deleted():
    spam = CommentFactory(
        status="not_for_publication",
        not_published_reason="spam",
        submitted_at=NOW - timedelta(days=31),
    )
    retention_apply(now=NOW)
    assert not Comment.objects.filter(pk=spam.pk).exists()


def test_a_comment_rescued_from_the_spam_trap_is_not_deleted_as_spam():
    rescued = CommentFactory(caught_by_spam_trap=True, submitted_at=NOW - timedelta(days=31))
    retention_apply(now=NOW)
    assert Comment.objects.filter(pk=rescued.pk).exists()


def test_recent_spam_is_kept_for_a_moderator_to_check():
    spam = CommentFactory(
        status="not_for_publication",
        not_published_reason="spam",
        submitted_at=NOW - timedelta(days=5),
    )
    retention_apply(now=NOW)
    assert Comment.objects.filter(pk=spam.pk).exists()


def test_duplicate_detection_hashes_are_cleared_after_a_day():
    old = CommentFactory(duplicate_key="a" * 64, submitted_at=NOW - timedelta(days=2))
    new = CommentFactory(duplicate_key="b" * 64, submitted_at=NOW - timedelta(hours=2))
    retention_apply(now=NOW)
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.duplicate_key == ""
    assert new.duplicate_key == "b" * 64


def test_rate_limit_counters_are_deleted_when_their_window_ends():
    ended = RateLimitHit.objects.create(
        scope="feedback", client="x", window_seconds=600, window_start=NOW - timedelta(minutes=11)
    )
    current = RateLimitHit.objects.create(
        scope="feedback", client="y", window_seconds=86400, window_start=NOW - timedelta(hours=23)
    )
    retention_apply(now=NOW)
    assert not RateLimitHit.objects.filter(pk=ended.pk).exists()
    assert RateLimitHit.objects.filter(pk=current.pk).exists()


def test_the_command_reports_what_it_deleted():
    period_published(370)
    out = StringIO()
    call_command("feedback_retention", stdout=out)
    assert "Original comments deleted: 0" in out.getvalue()
    assert "Rate-limit counters deleted: 0" in out.getvalue()


def test_the_command_uses_the_current_time():
    published = timezone.now() - timedelta(days=400)
    period = ReportingPeriodFactory(
        starts=published.date() - timedelta(days=365),
        ends=published.date() - timedelta(days=1),
        published_at=published,
    )
    comment = comment_in(period)
    call_command("feedback_retention", stdout=StringIO())
    comment.refresh_from_db()
    assert comment.original_deleted_at is not None


# --- nothing left behind: the whole database is searched ------------------------------

SECRET_WORDS = ["Zebedee Quonsworth", "Thistlewick Lane", "07700 900987", "zq@example.org"]


def rows_containing(needle: str) -> list[str]:
    """Every table.column (history and all) whose text holds `needle`."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type IN "
            "('text', 'character varying', 'character', 'jsonb', 'json')"
        )
        columns = cursor.fetchall()
        found = []
        for table, column in columns:
            cursor.execute(
                f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE %s',  # noqa: S608
                [f"%{needle}%"],
            )
            if cursor.fetchone()[0]:
                found.append(f"{table}.{column}")
    return found


def test_after_retention_no_table_holds_the_words_or_names_of_expired_comments(
    moderator_client,
):
    words = "Zebedee Quonsworth of Thistlewick Lane, 07700 900987, zq@example.org"
    period = period_published(370)
    # An expired comment the moderator edited but never approved...
    unapproved = comment_in(period, text=words, anonymised_text=words)
    CommentContactFactory(
        comment=unapproved, name="Zebedee Quonsworth", email="zq@example.org", phone=""
    )
    moderator_client.post(
        f"/admin/feedback/comment/{unapproved.pk}/change/",
        {
            "theme": "content",
            "anonymised_text": words + " (checked)",
            "status": "new",
            "not_published_reason": "",
            "topic": "",
        },
    )
    # ...and old spam, moved around by moderators so it has several history rows.
    spam = CommentFactory(
        text=words,
        anonymised_text=words,
        submitted_at=NOW - timedelta(days=40),
        status="not_for_publication",
        not_published_reason="spam",
    )
    spam.theme = "missing"
    spam.save()
    assert any(rows_containing("Quonsworth"))

    retention_apply(now=NOW)

    for needle in SECRET_WORDS:
        assert rows_containing(needle) == [], needle
