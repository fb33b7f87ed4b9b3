"""Bulk actions leave a history that tells the truth (issue 16): needs and areas are kept."""

import pytest

from directory.services import services_mark_reviewed, services_set_status
from tests.factories import ServiceFactory, UserFactory, area, need

pytestmark = pytest.mark.django_db


def latest_diff(service):
    new, old = service.history.all()[:2]
    return new, new.diff_against(old)


def test_marking_reviewed_in_bulk_changes_only_the_review_dates_in_the_history():
    officer = UserFactory(username="reviewer")
    service = ServiceFactory(needs=[need("autism")], areas=[area("health")])
    services_mark_reviewed(services=[service], user=officer)
    record, diff = latest_diff(service)
    assert set(diff.changed_fields) <= {"last_reviewed", "review_due", "updated"}
    assert "needs" not in diff.changed_fields
    assert "areas" not in diff.changed_fields
    assert [n.need.slug for n in record.needs.all()] == ["autism"]
    assert [a.areaofprovision.slug for a in record.areas.all()] == ["health"]
    assert (record.history_user, record.history_change_reason) == (officer, "Marked as reviewed")


def test_archiving_in_bulk_keeps_needs_in_the_history():
    service = ServiceFactory(needs=[need("autism")])
    services_set_status(services=[service], status="archived")
    record, diff = latest_diff(service)
    assert "status" in diff.changed_fields
    assert set(diff.changed_fields) <= {"status", "updated"}
    assert record.needs.count() == 1
