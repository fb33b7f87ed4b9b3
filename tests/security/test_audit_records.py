"""What each audit record says, field by field: security.services.audit_record and the
receivers that write sign-ins, role changes and deletions (security.receivers)."""

import logging
from datetime import timedelta
from unittest import mock

import pytest
from axes.signals import user_locked_out
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db import DatabaseError
from django.db.models.signals import m2m_changed, post_delete, pre_save
from django.test import RequestFactory
from django.utils import timezone
from simple_history.models import HistoricalRecords

from core.roles import MODERATOR, roles_ensure
from security import receivers
from security.models import AuditEvent
from security.services import audit_prune, audit_record
from tests.factories import ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()


def request_as(user=None, ip="192.0.2.7"):
    request = RequestFactory().get("/admin/", REMOTE_ADDR=ip)
    request.user = user if user is not None else AnonymousUser()
    return request


@pytest.fixture
def acting(admin_user):
    """Changes below are made by a signed-in superuser (simple-history's request)."""
    HistoricalRecords.context.request = request_as(admin_user)
    yield admin_user
    del HistoricalRecords.context.request


@pytest.fixture(autouse=True)
def _no_request_left_behind():
    yield
    if hasattr(HistoricalRecords.context, "request"):
        del HistoricalRecords.context.request


def only(action):
    return AuditEvent.objects.get(action=action)


# --- audit_record ------------------------------------------------------------------------


def test_the_signed_in_person_is_recorded_with_their_address(admin_user):
    event = audit_record(action="export", request=request_as(admin_user), target="T", detail="D")
    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.user, event.username, event.ip_address) == (admin_user, "admin", "192.0.2.7")
    assert (event.action, event.target, event.detail) == ("export", "T", "D")


def test_an_anonymous_request_records_no_user():
    event = audit_record(action="sign_in_failed", request=request_as(), username="guess")
    assert (event.user, event.username, event.ip_address) == (None, "guess", "192.0.2.7")


def test_a_request_without_a_user_records_no_user():
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.8")
    event = audit_record(action="export", request=request)
    assert (event.user, event.username, event.ip_address) == (None, "", "192.0.2.8")


def test_a_given_username_wins_and_no_request_means_no_address(admin_user):
    event = audit_record(action="sign_in", user=admin_user, username="typed name")
    assert (event.user, event.username, event.ip_address) == (admin_user, "typed name", "")


def test_long_values_are_cut_to_fit_not_lost():
    event = audit_record(
        action="sign_in_failed", username="u" * 300, target="t" * 300, detail="d" * 900
    )
    event = AuditEvent.objects.get(pk=event.pk)
    assert (len(event.username), len(event.target), len(event.detail)) == (150, 200, 500)


def test_a_long_client_address_is_cut_to_64_characters():
    request = RequestFactory().get("/", REMOTE_ADDR="x" * 100)
    event = AuditEvent.objects.get(pk=audit_record(action="export", request=request).pk)
    assert event.ip_address == "x" * 64


def test_targets_and_details_that_are_not_text_are_written_as_text():
    event = audit_record(action="delete", target=42, detail=7)
    assert (event.target, event.detail) == ("42", "7")


def test_every_record_is_also_logged(caplog, admin_user):
    with caplog.at_level(logging.INFO, logger="security.audit"):
        audit_record(action="export", request=request_as(admin_user), target="T", detail="D")
        audit_record(action="sign_in")
    assert [r.getMessage() for r in caplog.records] == [
        "audit action=export user=admin target=T ip=192.0.2.7 D",
        "audit action=sign_in user=- target=- ip=- ",
    ]


def test_a_record_that_cannot_be_stored_is_logged_and_breaks_nothing(caplog):
    with (
        caplog.at_level(logging.INFO, logger="security.audit"),
        mock.patch.object(AuditEvent, "save", side_effect=DatabaseError("full")),
    ):
        assert audit_record(action="sign_in", username="someone") is None
    assert caplog.records[-1].getMessage() == "Could not store the audit event above."
    assert caplog.records[-1].levelno == logging.ERROR
    # The surrounding transaction still works.
    assert audit_record(action="sign_in", username="after").username == "after"


def test_pruning_keeps_events_exactly_at_the_cut_off(settings):
    settings.AUDIT_RETENTION_DAYS = 30
    now = timezone.now()
    ages = {"kept": timedelta(days=30), "gone": timedelta(days=30, seconds=1)}
    for name, age in ages.items():
        event = audit_record(action="sign_in", username=name)
        AuditEvent.objects.filter(pk=event.pk).update(at=now - age)
    assert audit_prune(now=now) == 1
    assert list(AuditEvent.objects.values_list("username", flat=True)) == ["kept"]


# --- sign-in receivers ------------------------------------------------------------------


def test_sign_in_and_sign_out_are_recorded(admin_user):
    # Signing in and out, the request's user is not (or no longer) the person.
    request = request_as(ip="192.0.2.9")
    user_logged_in.send(sender=User, request=request, user=admin_user)
    user_logged_out.send(sender=User, request=request, user=admin_user)
    user_logged_out.send(sender=User, request=request, user=None)  # session already gone
    events = AuditEvent.objects.order_by("pk")
    assert [(e.action, e.user, e.username, e.ip_address) for e in events] == [
        ("sign_in", admin_user, "admin", "192.0.2.9"),
        ("sign_out", admin_user, "admin", "192.0.2.9"),
    ]


def test_a_failed_sign_in_records_the_name_typed_and_why():
    request = request_as()
    user_login_failed.send(sender=User, credentials={"username": "n" * 200}, request=request)
    user_login_failed.send(
        sender=User, credentials={}, request=request, reason="wrong security code"
    )
    first, second = AuditEvent.objects.order_by("pk")
    assert (first.action, first.username, first.detail) == (
        "sign_in_failed",
        "n" * 150,
        "wrong username or password",
    )
    assert first.ip_address == "192.0.2.7"
    assert (second.username, second.detail, second.user) == ("", "wrong security code", None)


def test_a_failed_sign_in_on_a_signed_in_browser_is_not_put_on_that_account(admin_user):
    # Someone signed in as "admin" tries another account's password on the same browser:
    # the failure and the lockout are about the name typed, not about "admin".
    request = request_as(admin_user)
    user_login_failed.send(sender=User, credentials={"username": "officer"}, request=request)
    user_locked_out.send(sender="axes", request=request, username="officer", ip_address="x")
    events = AuditEvent.objects.order_by("pk")
    assert [(e.action, e.user, e.username) for e in events] == [
        ("sign_in_failed", None, "officer"),
        ("locked_out", None, "officer"),
    ]


def test_a_lockout_is_recorded_with_the_limit(settings):
    settings.AXES_FAILURE_LIMIT = 7
    user_locked_out.send(sender="axes", request=request_as(), username="guess", ip_address="x")
    user_locked_out.send(sender="axes", request=request_as(), username=None, ip_address="x")
    first, second = AuditEvent.objects.filter(action="locked_out").order_by("pk")
    assert (first.username, first.detail) == ("guess", "too many failed sign-ins (limit 7)")
    assert (first.user, first.ip_address) == (None, "192.0.2.7")
    assert second.username == ""


# --- role changes -------------------------------------------------------------------------


@pytest.fixture
def moderators(db):
    roles_ensure()
    return Group.objects.get(name=MODERATOR)


def test_roles_added_removed_and_cleared_are_recorded(acting, moderators):
    person = UserFactory(username="newstarter")
    person.groups.add(moderators)
    person.groups.remove(moderators)
    person.groups.add(moderators)
    person.groups.clear()
    events = AuditEvent.objects.filter(action="role_change").order_by("pk")
    assert [(e.user, e.target, e.detail, e.ip_address) for e in events] == [
        (acting, "user newstarter", f"groups added: {MODERATOR}", "192.0.2.7"),
        (acting, "user newstarter", f"groups removed: {MODERATOR}", "192.0.2.7"),
        (acting, "user newstarter", f"groups added: {MODERATOR}", "192.0.2.7"),
        (acting, "user newstarter", "groups cleared: all", "192.0.2.7"),
    ]


def test_people_added_to_a_role_from_the_role_s_side_are_recorded(acting, moderators):
    UserFactory(username="bea")
    UserFactory(username="al")
    moderators.user_set.add(*User.objects.filter(username__in=["bea", "al"]))
    event = only("role_change")
    assert (event.target, event.detail) == (f"group {MODERATOR}", "users added: al, bea")


def test_permissions_given_directly_are_recorded(acting):
    person = UserFactory(username="newstarter")
    permission = Permission.objects.get(codename="view_auditevent")
    person.user_permissions.add(permission)
    assert only("role_change").detail == f"permissions added: {permission}"


def test_role_changes_with_nobody_signed_in_are_not_recorded(moderators):
    person = UserFactory(username="script")
    person.groups.add(moderators)  # a management command, a migration: no request
    HistoricalRecords.context.request = request_as()  # a request, but nobody signed in
    person.groups.remove(moderators)
    assert not AuditEvent.objects.exists()


def test_staff_and_superuser_switched_on_and_off_are_recorded(acting):
    person = UserFactory(username="newstarter")
    person.is_staff = person.is_superuser = True
    person.save()
    person.is_superuser = False
    person.save()
    person.first_name = "Nobody's role changed"
    person.save()
    events = AuditEvent.objects.filter(action="role_change").order_by("pk")
    assert [(e.user, e.target, e.detail) for e in events] == [
        (acting, "User newstarter", "is_staff on, is_superuser on"),
        (acting, "User newstarter", "is_superuser off"),
    ]
    assert events[0].ip_address == "192.0.2.7"


def test_new_accounts_loaded_data_and_unsaved_ids_are_not_role_changes(acting):
    UserFactory(username="brandnew", is_staff=True)
    ghost = User(pk=987654, username="ghost", is_staff=True)
    receivers.staff_status_changing(User, ghost)
    person = UserFactory(username="loaded")
    person.is_staff = True
    receivers.staff_status_changing(User, person, raw=True)
    assert not AuditEvent.objects.filter(action="role_change").exists()


def test_staff_changes_with_nobody_signed_in_are_not_recorded():
    person = UserFactory(username="script")
    person.is_staff = True
    person.save()
    assert not AuditEvent.objects.exists()


# --- deletions ----------------------------------------------------------------------------


def test_a_deletion_names_what_was_deleted(acting):
    service = ServiceFactory(name="A" * 150)
    pk = service.pk
    service.delete()
    event = only("delete")
    assert event.target == f"service {pk}: {'A' * 120}"
    assert (event.user, event.ip_address) == (acting, "192.0.2.7")


def test_deletions_with_nobody_signed_in_are_not_recorded():
    ServiceFactory().delete()
    HistoricalRecords.context.request = request_as()
    ServiceFactory().delete()
    HistoricalRecords.context.request = RequestFactory().get("/")  # no user at all
    ServiceFactory().delete()
    assert not AuditEvent.objects.exists()


# --- wiring ----------------------------------------------------------------------------------


@pytest.fixture
def receivers_restored():
    """Whatever a test connects or disconnects, the receivers are as before afterwards."""
    signals = [user_logged_in, user_logged_out, user_login_failed, user_locked_out]
    signals += [pre_save, m2m_changed, post_delete]
    saved = [(signal, list(signal.receivers)) for signal in signals]
    yield
    for signal, receivers_before in saved:
        with signal.lock:
            signal.receivers[:] = receivers_before
            signal.sender_receivers_cache.clear()


def test_connect_wires_every_receiver(settings, admin_user, acting, moderators, receivers_restored):
    """Disconnect everything `connect` connects, connect again, and see each one record."""
    signals = [
        (user_logged_in, "security.signed_in", None),
        (user_logged_out, "security.signed_out", None),
        (user_login_failed, "security.sign_in_failed", None),
        (user_locked_out, "security.locked_out", None),
        (pre_save, "security.staff_status", User),
    ]
    for through in (User.groups.through, User.user_permissions.through):
        signals.append((m2m_changed, f"security.{through}", through))
    for label in settings.AUDITED_DELETES:
        model = apps.get_model(label)
        signals.append((post_delete, f"security.delete.{label}", model))
    for signal, uid, sender in signals:
        assert signal.disconnect(sender=sender, dispatch_uid=uid), uid
    receivers.connect()
    request = request_as(admin_user)
    user_logged_in.send(sender=User, request=request, user=admin_user)
    user_logged_out.send(sender=User, request=request, user=admin_user)
    user_login_failed.send(sender=User, credentials={"username": "x"}, request=request)
    user_locked_out.send(sender="axes", request=request, username="x", ip_address="x")
    person = UserFactory(username="wired")
    person.is_staff = True
    person.save()
    person.groups.add(moderators)
    person.user_permissions.add(Permission.objects.get(codename="view_auditevent"))
    ServiceFactory().delete()
    actions = list(AuditEvent.objects.order_by("pk").values_list("action", flat=True))
    assert actions == [
        "sign_in",
        "sign_out",
        "sign_in_failed",
        "locked_out",
        "role_change",
        "role_change",
        "role_change",
        "delete",
    ]


def test_connecting_again_does_not_record_twice(admin_user, acting, moderators, receivers_restored):
    """Each receiver has a dispatch_uid: connecting again (tests, a second ready()) is harmless."""
    receivers.connect()
    request = request_as(admin_user)
    user_logged_in.send(sender=User, request=request, user=admin_user)
    user_logged_out.send(sender=User, request=request, user=admin_user)
    user_login_failed.send(sender=User, credentials={"username": "x"}, request=request)
    user_locked_out.send(sender="axes", request=request, username="x", ip_address="x")
    person = UserFactory(username="twice")
    person.is_staff = True
    person.save()
    person.groups.add(moderators)
    person.user_permissions.add(Permission.objects.get(codename="view_auditevent"))
    ServiceFactory().delete()
    actions = list(AuditEvent.objects.order_by("pk").values_list("action", flat=True))
    assert actions == [
        "sign_in",
        "sign_out",
        "sign_in_failed",
        "locked_out",
        "role_change",
        "role_change",
        "role_change",
        "delete",
    ]
