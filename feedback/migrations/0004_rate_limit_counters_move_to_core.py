"""The comment form's rate-limit counters move to core.RateLimitHit (scope "feedback"), which
the format request form shares. Live counters are copied, so nobody's limit resets."""

from django.db import migrations

COPY = """
INSERT INTO core_ratelimithit (scope, client, window_seconds, window_start, count)
SELECT 'feedback', client, window_seconds, window_start, count FROM feedback_ratelimithit
"""
COPY_BACK = """
INSERT INTO feedback_ratelimithit (client, window_seconds, window_start, count)
SELECT client, window_seconds, window_start, count FROM core_ratelimithit WHERE scope = 'feedback'
"""


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0003_report_snapshot_and_corrections"),
        ("core", "0003_ratelimithit"),
    ]

    operations = [
        migrations.RunSQL(COPY, COPY_BACK),
        migrations.DeleteModel(name="RateLimitHit"),
    ]
