"""Review reminders: 30 days before, on the day, weekly while overdue; never twice; retried."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from directory.models import Service
from providers.models import ReviewReminder
from providers.services import review_reminders_send
from tests.factories import OrganisationFactory, ServiceFactory
from tests.providers.factories import provider_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def due_in(service, days, today):
    Service.objects.filter(pk=service.pk).update(
        last_reviewed=today - timedelta(days=300), review_due=today + timedelta(days=days)
    )


def test_due_within_30_days_today_and_overdue(own_service, provider):
    today = timezone.localdate()
    soon = ServiceFactory(organisation=provider.organisation, name="Soon Service")
    ServiceFactory(organisation=provider.organisation, name="Far Service")
    due_in(own_service, 0, today)
    due_in(soon, 20, today)
    summary = review_reminders_send(today=today)
    assert summary.queued == 1  # one email per person
    (message,) = mail.outbox
    assert message.to == [provider.email]
    assert "Willowmere Saturday Club: the check is due today" in message.body
    assert "Soon Service: the check is due on" in message.body
    assert "Far Service" not in message.body
    assert "/provider/" in message.body
    assert ReviewReminder.objects.filter(sent__isnull=False).count() == 2


def test_no_duplicates_on_the_same_or_next_day(own_service, provider):
    today = timezone.localdate()
    due_in(own_service, 20, today)
    review_reminders_send(today=today)
    review_reminders_send(today=today)
    review_reminders_send(today=today + timedelta(days=1))
    assert len(mail.outbox) == 1
    # On the due day a new reminder goes.
    review_reminders_send(today=today + timedelta(days=20))
    assert len(mail.outbox) == 2


def test_overdue_reminders_go_weekly(own_service, provider):
    today = timezone.localdate()
    due_in(own_service, -1, today)
    for day in range(0, 15):
        review_reminders_send(today=today + timedelta(days=day))
    # overdue weeks 0, 1 and 2 (days 1-6, 7-13, 14-20 after the due date)
    assert len(mail.outbox) == 3
    assert all("overdue" in m.body for m in mail.outbox)


def test_a_failed_email_is_retried_and_does_not_block_others(own_service, provider, monkeypatch):
    today = timezone.localdate()
    other_org = OrganisationFactory()
    other_provider = provider_user(other_org)
    other = ServiceFactory(organisation=other_org, name="Other Org Service")
    due_in(own_service, 5, today)
    due_in(other, 5, today)

    from django.core.mail import EmailMessage

    real_send = EmailMessage.send

    def flaky_send(self, *args, **kwargs):
        if provider.email in self.to:
            raise ConnectionError("mail server down")
        return real_send(self, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", flaky_send)
    review_reminders_send(today=today)
    assert [m.to for m in mail.outbox] == [[other_provider.email]]
    failed = ReviewReminder.objects.get(email=provider.email)
    assert failed.sent is None
    assert failed.attempts == 1
    assert "mail server down" in failed.last_error

    monkeypatch.setattr(EmailMessage, "send", real_send)
    review_reminders_send(today=today + timedelta(days=1))
    assert sorted(m.to[0] for m in mail.outbox) == sorted([other_provider.email, provider.email])
    failed.refresh_from_db()
    assert failed.sent is not None


def test_services_without_a_provider_are_listed_for_officers(db):
    today = timezone.localdate()
    orphan = ServiceFactory(name="Unclaimed Service")
    due_in(orphan, -3, today)
    out = StringIO()
    call_command("send_review_reminders", stdout=out)
    assert "Unclaimed Service" in out.getvalue()
    assert "have no provider account" in out.getvalue()
    assert mail.outbox == []


def test_archived_and_draft_services_get_no_reminder(own_service, provider):
    today = timezone.localdate()
    due_in(own_service, -3, today)
    Service.objects.filter(pk=own_service.pk).update(status=Service.Status.ARCHIVED)
    review_reminders_send(today=today)
    assert mail.outbox == []
