"""The consultee categories the migration seeds, and the rules the database keeps."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from consultation.models import ConsultationRound, Consultee, ConsulteeCategory
from tests.consultation.factories import (
    ConsultationRoundFactory,
    ConsulteeFactory,
    InvitationFactory,
    category,
)

pytestmark = pytest.mark.django_db


def test_every_limb_of_regulation_54_is_seeded_with_a_reference_and_description():
    references = set(ConsulteeCategory.objects.values_list("legal_reference", flat=True))
    for letter in "abcdefghijklmn":
        assert f"Regulation 54(1)({letter})" in references
    for category_ in ConsulteeCategory.objects.all():
        assert category_.description.strip()
        assert category_.name.strip()


def test_the_health_bodies_are_seeded():
    names = set(ConsulteeCategory.objects.values_list("name", flat=True))
    assert {
        "NHS trusts and NHS foundation trusts",
        "Integrated care boards",
        "Health and wellbeing boards",
    } <= names
    assert ConsulteeCategory.objects.count() == 17


def test_only_the_councils_own_choice_is_optional():
    optional = list(
        ConsulteeCategory.objects.filter(must_consult=False).values_list("slug", flat=True)
    )
    assert optional == ["others-appropriate"]


def test_seeding_again_changes_nothing():
    import importlib

    from django.apps import apps

    before = list(ConsulteeCategory.objects.order_by("pk").values())
    importlib.import_module("consultation.migrations.0002_seed_categories").seed(apps, None)
    assert list(ConsulteeCategory.objects.order_by("pk").values()) == before


def test_a_body_outside_the_area_needs_a_reason():
    consultee = Consultee(
        name="Westcombe College", category=category("post-16-institutions"), where="out_of_area"
    )
    with pytest.raises(ValidationError) as error:
        consultee.full_clean()
    assert "out_of_area_reason" in error.value.message_dict


def test_the_database_refuses_an_out_of_area_body_without_a_reason():
    with pytest.raises(IntegrityError):
        Consultee.objects.create(
            name="Westcombe College", category=category("post-16-institutions"), where="out_of_area"
        )


def test_a_body_in_the_area_loses_a_stray_reason_when_cleaned():
    consultee = Consultee(
        name="Hollin Lane Primary governors",
        category=category("maintained-schools"),
        where="in_area",
        out_of_area_reason="attended",
    )
    consultee.full_clean()
    assert consultee.out_of_area_reason == ""


def test_consultee_names_are_unique_whatever_the_case():
    ConsulteeFactory(name="Brindlemoor Parent Carer Forum")
    duplicate = Consultee(
        name="BRINDLEMOOR parent carer forum", category=category("children-young-people-sen")
    )
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_a_round_cannot_end_before_it_starts():
    round = ConsultationRound(
        title="Backwards",
        slug="backwards",
        purpose="-",
        starts=date(2026, 3, 1),
        ends=date(2026, 2, 1),
    )
    with pytest.raises(ValidationError) as error:
        round.full_clean()
    assert "ends" in error.value.message_dict


def test_a_response_cannot_come_before_the_invitation():
    invitation = InvitationFactory.build(
        round=ConsultationRoundFactory(),
        consultee=ConsulteeFactory(),
        invited_on=date(2026, 2, 1),
        responded_on=date(2026, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        invitation.full_clean()
    assert "responded_on" in error.value.message_dict


def test_how_a_consultee_took_part_needs_it_to_have_taken_part():
    invitation = InvitationFactory.build(
        round=ConsultationRoundFactory(), consultee=ConsulteeFactory(), responded=False
    )
    with pytest.raises(ValidationError) as error:
        invitation.full_clean()
    assert "responded" in error.value.message_dict


def test_a_category_in_use_cannot_be_deleted_by_the_database():
    from django.db.models import ProtectedError

    consultee = ConsulteeFactory()
    with pytest.raises(ProtectedError):
        consultee.category.delete()


def test_contact_details_are_not_kept_in_history():
    consultee = ConsulteeFactory(contact_name="Ottoline Pemberly", contact_email="op@example.org")
    historical = consultee.history.model
    field_names = {f.name for f in historical._meta.get_fields()}
    assert "contact_name" not in field_names
    assert "contact_email" not in field_names
