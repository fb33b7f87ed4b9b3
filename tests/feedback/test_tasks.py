import pytest
from django.core import mail

from feedback.tasks import notify_moderators
from tests.factories import UserFactory
from tests.feedback.factories import CommentFactory

pytestmark = pytest.mark.django_db


def test_moderators_are_emailed_the_reference_but_not_the_comment(moderator):
    comment = CommentFactory(text="Private words about Mrs Patel")
    assert notify_moderators.call(comment.pk) == 1
    (message,) = mail.outbox
    assert message.to == [moderator.email]
    assert comment.reference in message.subject
    assert "Private words" not in message.body
    assert "Patel" not in message.body


def test_officers_are_not_emailed(officer, moderator):
    notify_moderators.call(CommentFactory().pk)
    assert mail.outbox[0].to == [moderator.email]


def test_a_moderator_without_an_email_address_is_skipped(moderator):
    moderator.email = ""
    moderator.save()
    assert notify_moderators.call(CommentFactory().pk) == 0
    assert mail.outbox == []


def test_spam_trap_comments_notify_nobody(moderator):
    comment = CommentFactory(caught_by_spam_trap=True)
    assert notify_moderators.call(comment.pk) == 0


def test_a_deleted_comment_notifies_nobody(moderator):
    assert notify_moderators.call(999999) == 0


def test_inactive_moderators_are_not_emailed(moderator):
    UserFactory(username="gone", is_active=False, is_staff=True).groups.set(moderator.groups.all())
    notify_moderators.call(CommentFactory().pk)
    assert mail.outbox[0].to == [moderator.email]
