"""Writes for consultation: publishing, corrections, contact details, suggestions."""

import pytest
from django.core.exceptions import ValidationError

from consultation import selectors, services
from consultation.models import Consultee
from directory.models import Service
from tests.consultation.factories import ConsultationRoundFactory, ConsulteeFactory
from tests.factories import OrganisationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_publishing_records_who_and_when(officer):
    round = services.round_publish(round=ConsultationRoundFactory(), by=officer)
    round.refresh_from_db()
    assert round.published_at is not None
    assert round.published_by == officer


def test_a_round_cannot_be_published_twice(officer):
    round = ConsultationRoundFactory(published=True)
    with pytest.raises(ValidationError):
        services.round_publish(round=round, by=officer)


def test_a_correction_needs_words(officer):
    round = ConsultationRoundFactory(published=True)
    with pytest.raises(ValidationError):
        services.round_correction_record(round=round, note="   ", by=officer)
    assert not round.corrections.exists()


def test_removing_contact_details_clears_both_and_says_so():
    consultee = ConsulteeFactory(contact_name="Ottoline Pemberly", contact_email="op@example.org")
    assert services.consultee_contact_remove(consultee=consultee) is True
    consultee.refresh_from_db()
    assert (consultee.contact_name, consultee.contact_email) == ("", "")
    assert services.consultee_contact_remove(consultee=consultee) is False


def test_an_organisation_with_services_only_outside_the_area_is_suggested_as_outside():
    college = OrganisationFactory(name="Westcombe College", kind="post_16")
    ServiceFactory(organisation=college, where_offered=Service.WhereOffered.OUT_OF_AREA)
    school = OrganisationFactory(name="Hollin Lane Primary School", kind="maintained_school")
    ServiceFactory(organisation=school, where_offered=Service.WhereOffered.IN_AREA)
    suggestions = {
        o.name: selectors.suggestion_for(o) for o in selectors.organisations_to_suggest()
    }
    assert suggestions["Westcombe College"].where == Consultee.Where.OUT_OF_AREA
    assert suggestions["Westcombe College"].out_of_area_reason == "attended"
    assert suggestions["Hollin Lane Primary School"].where == Consultee.Where.IN_AREA


def test_confirmed_suggestions_are_added_once():
    OrganisationFactory(name="Little Acorns Pre-school", kind="early_years")
    suggestions = [selectors.suggestion_for(o) for o in selectors.organisations_to_suggest()]
    created = services.consultees_create_from_suggestions(suggestions=suggestions)
    assert [c.category.slug for c in created] == ["early-years-providers"]
    assert services.consultees_create_from_suggestions(suggestions=suggestions) == []
    assert Consultee.objects.count() == 1


def test_an_organisation_with_the_same_name_as_a_consultee_is_not_added_again():
    ConsulteeFactory(name="little acorns pre-school")
    org = OrganisationFactory(name="Little Acorns Pre-school", kind="early_years")
    created = services.consultees_create_from_suggestions(
        suggestions=[selectors.suggestion_for(org)]
    )
    assert created == []
