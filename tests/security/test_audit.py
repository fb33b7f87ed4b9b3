"""The audit log: who saw original comments, exports, role changes, deletions; read-only."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from core.roles import MODERATOR, roles_ensure
from security.models import AuditEvent
from security.services import audit_prune, audit_record
from tests.factories import ServiceFactory, UserFactory
from tests.feedback.factories import CommentContactFactory, CommentFactory, ReportingPeriodFactory

pytestmark = pytest.mark.django_db


def events(action):
    return AuditEvent.objects.filter(action=action)


def test_a_moderator_opening_a_comment_is_recorded(moderator_client, moderator):
    comment = CommentContactFactory().comment
    moderator_client.get(reverse("admin:feedback_comment_change", args=[comment.pk]))
    event = events("view_original").get()
    assert event.user == moderator
    assert event.target == f"Comment {comment.reference}"
    assert event.detail == "original text and contact details"
    # Never the words themselves.
    assert comment.text not in f"{event.target} {event.detail}"


def test_someone_who_cannot_see_originals_leaves_no_view_record(admin_client, officer):
    comment = CommentFactory()
    # A superuser can: recorded. (An officer gets 403 before anything is shown.)
    admin_client.get(reverse("admin:feedback_comment_change", args=[comment.pk]))
    assert events("view_original").count() == 1


def test_a_staff_csv_download_is_recorded(moderator_client):
    period = ReportingPeriodFactory()
    moderator_client.get(reverse("feedback:report_csv", kwargs={"slug": period.slug}))
    assert events("export").get().detail == "CSV download of an unpublished preview"


def test_a_public_csv_download_is_not_personal_and_not_recorded(client):
    period = ReportingPeriodFactory(published=True)
    client.get(reverse("feedback:report_csv", kwargs={"slug": period.slug}))
    assert not events("export").exists()


def acting_as(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    HistoricalRecords.context.request = request
    return request


@pytest.fixture(autouse=True)
def _no_request_context():
    yield
    if hasattr(HistoricalRecords.context, "request"):
        del HistoricalRecords.context.request


def test_a_role_change_is_recorded(admin_user):
    roles_ensure()
    person = UserFactory(username="newstarter")
    acting_as(admin_user)
    person.groups.add(Group.objects.get(name=MODERATOR))
    event = events("role_change").get()
    assert (event.user, event.target) == (admin_user, "user newstarter")
    assert event.detail == f"groups added: {MODERATOR}"


def test_staff_status_switched_on_is_recorded(admin_user):
    person = UserFactory(username="newstarter")
    acting_as(admin_user)
    person.is_staff = True
    person.save()
    assert events("role_change").get().detail == "is_staff on"


def test_a_superusers_deletion_is_recorded(admin_user):
    service = ServiceFactory(name="Closed service")
    acting_as(admin_user)
    service.delete()
    assert "Closed service" in events("delete").get().target


def test_the_audit_log_is_read_only_even_for_a_superuser(admin_client):
    event = audit_record(action="sign_in", username="someone")
    assert admin_client.get(reverse("admin:security_auditevent_changelist")).status_code == 200
    url = reverse("admin:security_auditevent_change", args=[event.pk])
    admin_client.post(url, {"username": "changed"})
    event.refresh_from_db()
    assert event.username == "someone"
    delete = reverse("admin:security_auditevent_delete", args=[event.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403


@pytest.mark.parametrize("who", ["moderator_client", "officer_client"])
def test_moderators_and_officers_cannot_read_the_audit_log(request, who):
    client = request.getfixturevalue(who)
    response = client.get(reverse("admin:security_auditevent_changelist"))
    assert response.status_code == 403


def test_old_audit_events_are_deleted_after_the_retention_period(settings):
    settings.AUDIT_RETENTION_DAYS = 30
    old = audit_record(action="sign_in", username="old")
    AuditEvent.objects.filter(pk=old.pk).update(at=timezone.now() - timedelta(days=31))
    audit_record(action="sign_in", username="recent")
    assert audit_prune() == 1
    assert list(AuditEvent.objects.values_list("username", flat=True)) == ["recent"]
