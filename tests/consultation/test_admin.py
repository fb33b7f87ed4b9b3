"""The register in admin: who may see it, adding rounds, bad input, corrections, history."""

from datetime import date

import pytest
from django.contrib.admin.sites import site
from django.test import RequestFactory
from django.urls import reverse

from consultation.models import ConsultationRound, Consultee, Correction, Invitation
from tests.consultation.factories import (
    ConsultationRoundFactory,
    ConsulteeFactory,
    InvitationFactory,
    category,
)
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

REGISTER_PAGES = [
    "admin:consultation_consulteecategory_changelist",
    "admin:consultation_consultee_changelist",
    "admin:consultation_consultee_add",
    "admin:consultation_consultationround_changelist",
    "admin:consultation_consultationround_add",
    "admin:consultation_suggestedorganisation_changelist",
]


def round_form(round=None, **changes):
    """A review round's change form as the browser posts it, with empty inlines."""
    data = {
        "title": "Local Offer review 2026",
        "slug": "local-offer-review-2026",
        "purpose": "To check the Local Offer.",
        "starts": "2026-01-05",
        "ends": "2026-03-27",
        "methods": ["survey"],
        "other_methods": "",
        "what_we_heard": "",
        "correction_note": "",
    }
    if round is not None:
        data.update(
            title=round.title,
            slug=round.slug,
            purpose=round.purpose,
            starts=round.starts.isoformat(),
            ends=round.ends.isoformat(),
            methods=list(round.methods),
            what_we_heard=round.what_we_heard,
        )
    for prefix in ["invitations", "evidence", "changes", "corrections"]:
        existing = getattr(round, prefix).all() if round is not None else []
        data[f"{prefix}-TOTAL_FORMS"] = str(len(existing))
        data[f"{prefix}-INITIAL_FORMS"] = str(len(existing))
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
        for i, obj in enumerate(existing):
            data[f"{prefix}-{i}-id"] = str(obj.pk)
            data[f"{prefix}-{i}-round"] = str(round.pk)
            if prefix == "invitations":
                data[f"{prefix}-{i}-consultee"] = str(obj.consultee_id)
                data[f"{prefix}-{i}-invited_on"] = obj.invited_on.isoformat()
                if obj.responded:
                    data[f"{prefix}-{i}-responded"] = "on"
                    data[f"{prefix}-{i}-responded_on"] = obj.responded_on.isoformat()
                    data[f"{prefix}-{i}-how"] = obj.how
    data.update(changes)
    return data


# ---- who may see the register -----------------------------------------------------------


@pytest.mark.parametrize("name", REGISTER_PAGES)
def test_officers_can_open_every_register_page(officer_client, name):
    assert officer_client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("role", ["moderator", "provider"])
@pytest.mark.parametrize("name", REGISTER_PAGES)
def test_moderators_and_providers_cannot_open_the_register(client, request, role, name):
    client.force_login(request.getfixturevalue(role))
    # Moderators are staff (403); providers are not (sent to the admin log-in).
    response = client.get(reverse(name))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/login/" in response["Location"]


@pytest.mark.parametrize("role", ["moderator", "provider"])
def test_moderators_and_providers_cannot_see_a_consultee_or_its_gaps_report(client, request, role):
    consultee = ConsulteeFactory(contact_name="Ottoline Pemberly")
    round = ConsultationRoundFactory()
    client.force_login(request.getfixturevalue(role))
    for url in [
        reverse("admin:consultation_consultee_change", args=[consultee.pk]),
        reverse("admin:consultation_consultee_history", args=[consultee.pk]),
        reverse("admin:consultation_consultationround_gaps", args=[round.pk]),
        reverse("admin:consultation_consultationround_gaps_csv", args=[round.pk]),
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"Ottoline" not in response.content


@pytest.mark.parametrize("role", ["moderator", "provider"])
def test_moderators_and_providers_cannot_change_the_register(client, request, role):
    consultee = ConsulteeFactory(name="Larkmoor Forum")
    client.force_login(request.getfixturevalue(role))
    response = client.post(
        reverse("admin:consultation_consultee_change", args=[consultee.pk]),
        {"name": "Changed", "category": consultee.category_id, "where": "in_area"},
    )
    assert response.status_code in (302, 403)
    consultee.refresh_from_db()
    assert consultee.name == "Larkmoor Forum"


def test_the_admin_index_shows_moderators_no_consultation_app(moderator_client):
    response = moderator_client.get(reverse("admin:index"))
    assert b"Review rounds" not in response.content
    assert b"consultation/" not in response.content


# ---- consultees -------------------------------------------------------------------------


def test_an_out_of_area_consultee_without_a_reason_is_refused_with_a_message(officer_client):
    response = officer_client.post(
        reverse("admin:consultation_consultee_add"),
        {
            "name": "Westcombe College",
            "category": category("post-16-institutions").pk,
            "where": "out_of_area",
            "out_of_area_reason": "",
            "voice": "",
        },
    )
    assert response.status_code == 200
    assert "Select why a body outside our area should be consulted." in response.text
    assert not Consultee.objects.filter(name="Westcombe College").exists()


def test_remove_contact_details_action(officer_client):
    consultee = ConsulteeFactory(contact_name="Ottoline Pemberly", contact_email="op@example.org")
    response = officer_client.post(
        reverse("admin:consultation_consultee_changelist"),
        {"action": "remove_contact_details", "_selected_action": [consultee.pk]},
        follow=True,
    )
    assert "Contact details removed from 1 consultee(s)." in response.text
    consultee.refresh_from_db()
    assert consultee.contact_name == consultee.contact_email == ""


def test_a_consultee_in_a_round_cannot_be_deleted(officer_client):
    invitation = InvitationFactory()
    url = reverse("admin:consultation_consultee_delete", args=[invitation.consultee_id])
    response = officer_client.post(url, {"post": "yes"}, follow=True)
    assert "cannot be deleted: it is part of a review round" in response.text
    assert Consultee.objects.filter(pk=invitation.consultee_id).exists()


# ---- categories -------------------------------------------------------------------------


def test_deleting_a_category_in_use_is_refused_with_a_plain_message(officer_client):
    consultee = ConsulteeFactory()
    url = reverse("admin:consultation_consulteecategory_delete", args=[consultee.category_id])
    for response in [
        officer_client.get(url, follow=True),
        officer_client.post(url, {"post": "yes"}, follow=True),
    ]:
        assert response.status_code == 200
        assert "cannot be deleted: 1 consultee is in it" in response.text
    assert Consultee.objects.filter(pk=consultee.pk).exists()


def test_an_unused_category_can_be_deleted(officer_client):
    unused = category("others-appropriate")
    url = reverse("admin:consultation_consulteecategory_delete", args=[unused.pk])
    officer_client.post(url, {"post": "yes"})
    assert not type(unused).objects.filter(pk=unused.pk).exists()


def test_no_bulk_delete_on_the_register():
    request = RequestFactory().get("/")
    request.user = UserFactory(is_superuser=True, is_staff=True)
    for model in [type(category("academies")), Consultee, ConsultationRound]:
        assert "delete_selected" not in site._registry[model].get_actions(request)


# ---- review rounds ----------------------------------------------------------------------


def test_an_officer_adds_a_round_with_who_was_invited(officer_client):
    consultee = ConsulteeFactory()
    data = round_form(
        **{
            "invitations-TOTAL_FORMS": "1",
            "invitations-0-consultee": str(consultee.pk),
            "invitations-0-invited_on": "2026-01-05",
            "invitations-0-responded": "on",
            "invitations-0-responded_on": "2026-01-20",
            "invitations-0-how": "events",
        }
    )
    response = officer_client.post(reverse("admin:consultation_consultationround_add"), data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    round = ConsultationRound.objects.get(slug="local-offer-review-2026")
    assert round.methods == ["survey"]
    assert round.invitations.get().responded_on == date(2026, 1, 20)


def test_dates_out_of_order_are_refused_and_nothing_is_saved(officer_client):
    consultee = ConsulteeFactory()
    data = round_form(
        ends="2025-12-01",
        **{
            "invitations-TOTAL_FORMS": "1",
            "invitations-0-consultee": str(consultee.pk),
            "invitations-0-invited_on": "2026-01-05",
        },
    )
    response = officer_client.post(reverse("admin:consultation_consultationround_add"), data)
    assert response.status_code == 200
    assert "The last day must be on or after the first day." in response.text
    assert not ConsultationRound.objects.exists()
    assert not Invitation.objects.exists()


def test_a_response_before_the_invitation_is_refused_and_nothing_is_saved(officer_client):
    round = ConsultationRoundFactory(title="Original title")
    consultee = ConsulteeFactory()
    data = round_form(
        round,
        title="Changed title",
        **{
            "invitations-TOTAL_FORMS": "1",
            "invitations-0-consultee": str(consultee.pk),
            "invitations-0-invited_on": "2026-02-05",
            "invitations-0-responded": "on",
            "invitations-0-responded_on": "2026-01-20",
        },
    )
    url = reverse("admin:consultation_consultationround_change", args=[round.pk])
    response = officer_client.post(url, data)
    assert response.status_code == 200
    assert "The date it took part must be on or after the invitation." in response.text
    round.refresh_from_db()
    assert round.title == "Original title"
    assert not round.invitations.exists()


def test_save_and_publish_a_round_with_no_consultees_warns_about_gaps(officer_client):
    round = ConsultationRoundFactory()
    url = reverse("admin:consultation_consultationround_change", args=[round.pk])
    response = officer_client.post(url, {**round_form(round), "_publish": "1"}, follow=True)
    round.refresh_from_db()
    assert round.is_published
    assert "is published. Its" in response.text
    assert "gaps report" in response.text


def test_editing_a_published_round_needs_a_correction_note(officer_client):
    round = ConsultationRoundFactory(published=True, title="Review 2026")
    url = reverse("admin:consultation_consultationround_change", args=[round.pk])
    response = officer_client.post(url, round_form(round, title="Review 2026 (spring)"))
    assert response.status_code == 200
    assert "Say what you corrected" in response.text
    round.refresh_from_db()
    assert round.title == "Review 2026"


def test_a_correction_to_a_published_round_is_kept_in_history_and_shown(officer_client, client):
    round = ConsultationRoundFactory(published=True, title="Review 2026")
    url = reverse("admin:consultation_consultationround_change", args=[round.pk])
    response = officer_client.post(
        url,
        round_form(
            round, title="Review 2026 (spring)", correction_note="The title gave the wrong season."
        ),
    )
    assert response.status_code == 302
    round.refresh_from_db()
    titles = [h.title for h in round.history.order_by("history_date")]
    assert titles[-2:] == ["Review 2026", "Review 2026 (spring)"]
    assert Correction.objects.get(round=round).note == "The title gave the wrong season."
    page = client.get(reverse("consultation:how_we_develop"))
    assert "The title gave the wrong season." in page.text


def test_changing_who_took_part_in_a_published_round_records_a_correction(officer_client):
    round = ConsultationRoundFactory(published=True)
    consultee = ConsulteeFactory()
    data = round_form(
        round,
        **{
            "invitations-TOTAL_FORMS": "1",
            "invitations-0-consultee": str(consultee.pk),
            "invitations-0-invited_on": "2026-01-05",
        },
    )
    url = reverse("admin:consultation_consultationround_change", args=[round.pk])
    assert officer_client.post(url, data).status_code == 302
    assert "were corrected" in Correction.objects.get(round=round).note


def test_a_round_change_page_with_html_in_every_field_is_escaped(officer_client):
    script = "<script>alert(1)</script>"
    round = ConsultationRoundFactory(title=script, purpose=script, what_we_heard=script)
    InvitationFactory(round=round, consultee=ConsulteeFactory(name=script))
    for url in [
        reverse("admin:consultation_consultationround_change", args=[round.pk]),
        reverse("admin:consultation_consultationround_changelist"),
        reverse("admin:consultation_consultationround_gaps", args=[round.pk]),
    ]:
        response = officer_client.get(url)
        assert response.status_code == 200
        assert script not in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/admin/consultation/consultationround/999999/gaps/",
        "/admin/consultation/consultationround/999999/gaps.csv",
        "/admin/consultation/consultationround/abc/gaps/",
        "/admin/consultation/consultationround/999999/change/",
        "/admin/consultation/consultationround/?published_at__isnull=banana",
        "/admin/consultation/consultee/?where=nowhere&o=99",
    ],
)
def test_bad_addresses_never_cause_a_server_error(officer_client, path):
    assert officer_client.get(path).status_code < 500


# ---- suggestions from the directory -----------------------------------------------------


def test_suggestions_list_schools_and_add_nothing_until_asked(officer_client):
    school = OrganisationFactory(name="Hollin Lane Primary School", kind="maintained_school")
    OrganisationFactory(name="Moorside Knitting Circle", kind="voluntary")
    response = officer_client.get(reverse("admin:consultation_suggestedorganisation_changelist"))
    assert "Hollin Lane Primary School" in response.text
    assert "Moorside Knitting Circle" not in response.text
    assert "Governing bodies of maintained schools" in response.text
    assert not Consultee.objects.exists()

    officer_client.post(
        reverse("admin:consultation_suggestedorganisation_changelist"),
        {"action": "add_as_consultees", "_selected_action": [school.pk]},
    )
    consultee = Consultee.objects.get()
    assert consultee.organisation == school
    assert consultee.category.slug == "maintained-schools"
    response = officer_client.get(reverse("admin:consultation_suggestedorganisation_changelist"))
    assert "Hollin Lane Primary School" not in response.text
