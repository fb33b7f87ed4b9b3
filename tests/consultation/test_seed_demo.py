"""The consultation demo data: two invented rounds, one with deliberate gaps."""

import io

import pytest
from django.core.management import call_command

from consultation.models import ConsultationRound, Consultee, Invitation
from consultation.selectors import review_overdue

pytestmark = pytest.mark.django_db


def seed(*args) -> str:
    out = io.StringIO()
    call_command("seed_consultation_demo", *args, stdout=out)
    return out.getvalue()


def test_it_loads_two_published_rounds_and_ends_with_a_summary():
    output = seed()
    assert ConsultationRound.objects.published().count() == 2
    assert "Loaded" in output and "2 review rounds" in output


def test_running_it_again_adds_nothing():
    seed()
    counts = (Consultee.objects.count(), Invitation.objects.count())
    assert "nothing to do" in seed()
    assert (Consultee.objects.count(), Invitation.objects.count()) == counts


def test_reset_loads_the_rounds_again():
    seed()
    seed("--reset")
    assert ConsultationRound.objects.count() == 2


def test_the_latest_demo_round_is_recent_enough_for_no_warning():
    seed()
    assert not review_overdue()


def test_demo_contact_details_are_only_invented_example_addresses():
    seed()
    emails = [e for e in Consultee.objects.values_list("contact_email", flat=True) if e]
    assert emails and all(e.endswith("example.org") for e in emails)
