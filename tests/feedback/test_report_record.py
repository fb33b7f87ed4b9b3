"""A published report is a record: it changes only through a recorded correction."""

from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from feedback.models import Comment
from feedback.services import comments_group, report_correct, report_publish
from tests.feedback.factories import CommentFactory, ReportingPeriodFactory, YouSaidWeDidFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def period():
    today = timezone.localdate()
    return ReportingPeriodFactory(starts=today - timedelta(days=60), ends=today - timedelta(days=1))


def at_noon(day):
    return timezone.make_aware(datetime.combine(day, datetime.min.time()) + timedelta(hours=12))


def test_a_comment_received_after_the_period_cannot_join_its_entries(period, moderator):
    entry = YouSaidWeDidFactory(period=period)
    late = CommentFactory(submitted_at=at_noon(period.ends + timedelta(days=1)))
    result = comments_group(comments=Comment.objects.filter(pk=late.pk), topic=entry)
    assert result.done == 0
    assert "outside" in result.failed[0]
    late.refresh_from_db()
    assert late.topic is None


def test_the_admin_refuses_it_too(period, moderator_client):
    entry = YouSaidWeDidFactory(period=period)
    late = CommentFactory(submitted_at=at_noon(period.ends + timedelta(days=1)))
    response = moderator_client.post(
        reverse("admin:feedback_comment_changelist"),
        {"action": "group_into_topic", "_selected_action": [late.pk], "topic": entry.pk},
        follow=True,
    )
    assert "outside" in response.content.decode()
    late.refresh_from_db()
    assert late.topic is None


def published(period, moderator):
    entry = YouSaidWeDidFactory(period=period, topic="Short breaks")
    CommentFactory(
        submitted_at=at_noon(period.starts), publishable=True, topic=entry, theme="missing"
    )
    report_publish(period=period, by=moderator)
    return entry


def test_later_changes_do_not_reach_the_published_report(client, period, moderator):
    entry = published(period, moderator)
    url = period.get_absolute_url()
    before = client.get(url).content.decode()
    # Afterwards: the entry is edited, another comment is grouped, the intro is rewritten.
    entry.response_and_action = "Quietly rewritten"
    entry.save()
    CommentFactory(submitted_at=at_noon(period.starts), publishable=True, topic=entry)
    period.how_we_sought_comments = "Rewritten introduction"
    period.save()
    after = client.get(url).content.decode()
    assert "Quietly rewritten" not in after
    assert "Rewritten introduction" not in after
    assert "We received 1 comment in this period" in after
    assert before.count("Short breaks") == after.count("Short breaks")


def test_a_correction_publishes_the_change_and_says_so(client, period, moderator):
    entry = published(period, moderator)
    entry.response_and_action = "Corrected response"
    entry.save()
    report_correct(period=period, note="We fixed the response to short breaks.", by=moderator)
    html = client.get(period.get_absolute_url()).content.decode()
    assert "Corrected response" in html
    assert "Corrected on" in html
    assert "We fixed the response to short breaks." in html


def test_a_correction_needs_a_note(period, moderator):
    published(period, moderator)
    with pytest.raises(ValidationError):
        report_correct(period=period, note="  ", by=moderator)


def test_counts_on_the_published_report_always_match(client, period, moderator):
    published(period, moderator)
    period.refresh_from_db()
    data = period.published_contents
    assert data["total"] == sum(row["count"] for row in data["by_theme"])
    assert all(entry["comment_count"] <= data["total"] for entry in data["entries"])


def test_the_admin_publishes_a_correction_with_its_note(moderator_client, period, moderator):
    published(period, moderator)
    url = reverse("admin:feedback_reportingperiod_change", args=[period.pk])
    assert 'name="_correct"' in moderator_client.get(url).content.decode()
    data = {
        "title": period.title,
        "how_we_sought_comments": "Online and at drop-in sessions.",
        "correction_note": "Added the drop-in sessions.",
        "entries-TOTAL_FORMS": "0",
        "entries-INITIAL_FORMS": "0",
        "entries-MIN_NUM_FORMS": "0",
        "entries-MAX_NUM_FORMS": "1000",
        "_correct": "1",
    }
    entry_forms = {
        "entries-TOTAL_FORMS": "1",
        "entries-INITIAL_FORMS": "1",
    }
    entry = period.entries.get()
    entry_forms.update(
        {
            "entries-0-id": entry.pk,
            "entries-0-period": period.pk,
            "entries-0-topic": entry.topic,
            "entries-0-what_people_said": entry.what_people_said,
            "entries-0-response_and_action": entry.response_and_action,
            "entries-0-status": entry.status,
            "entries-0-action_date": entry.action_date.isoformat(),
            "entries-0-reason_not_possible": "",
            "entries-0-team_responsible": entry.team_responsible,
            "entries-0-order": "0",
        }
    )
    response = moderator_client.post(url, {**data, **entry_forms}, follow=True)
    assert "correction to" in response.content.decode()
    html = moderator_client.get(period.get_absolute_url()).content.decode()
    assert "Online and at drop-in sessions." in html
    assert "Added the drop-in sessions." in html


def test_a_published_reports_dates_and_address_are_fixed(moderator_client, period, moderator):
    published(period, moderator)
    url = reverse("admin:feedback_reportingperiod_change", args=[period.pk])
    html = moderator_client.get(url).content.decode()
    assert 'name="slug"' not in html
    assert 'name="starts"' not in html
