"""The gaps report: each flag on the deliberate-gap demo round, and each going when fixed."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from consultation.models import ConsultationRound, Consultee, Matter
from consultation.selectors import gaps_report, review_overdue
from tests.consultation.factories import (
    ConsultationRoundFactory,
    ConsulteeFactory,
    InvitationFactory,
    InvolvementEvidenceFactory,
    category,
)

pytestmark = pytest.mark.django_db

NO_OUTSIDE = "No bodies outside our area were invited"
NO_YOT = "Nobody was invited from Regulation 54(1)(j): Youth offending teams."
NO_INTERNET = (
    "No evidence that families were involved in: how it is made available to people "
    "without the internet"
)
NO_YOUNG_PEOPLE = "Children and young people themselves were not involved"
NOBODY = "No consultees are recorded for this round"


@pytest.fixture
def demo_rounds():
    call_command("seed_consultation_demo", stdout=io.StringIO())
    return (
        ConsultationRound.objects.get(slug="demo-review-complete"),
        ConsultationRound.objects.get(slug="demo-review-with-gaps"),
    )


def flags_of(round) -> str:
    return "\n".join(gaps_report(round).flags)


def test_the_complete_demo_round_has_no_gaps(demo_rounds):
    complete, _ = demo_rounds
    assert gaps_report(complete).flags == []


def test_each_deliberate_gap_is_flagged(demo_rounds):
    _, gappy = demo_rounds
    flags = flags_of(gappy)
    assert NO_OUTSIDE in flags
    assert NO_YOT in flags
    assert NO_INTERNET in flags
    assert len(gaps_report(gappy).flags) == 3


def test_the_out_of_area_flag_goes_when_an_outside_body_is_invited(demo_rounds):
    _, gappy = demo_rounds
    InvitationFactory(round=gappy, consultee=Consultee.objects.get(name="Westcombe College"))
    assert NO_OUTSIDE not in flags_of(gappy)


def test_the_youth_offending_flag_goes_when_the_team_is_invited(demo_rounds):
    _, gappy = demo_rounds
    yot = Consultee.objects.get(name="Brindlemoor Youth Justice Service")
    InvitationFactory(round=gappy, consultee=yot, responded=False, responded_on=None, how="")
    assert NO_YOT not in flags_of(gappy)


def test_the_matter_flag_goes_when_evidence_is_added(demo_rounds):
    _, gappy = demo_rounds
    InvolvementEvidenceFactory(round=gappy, matter=Matter.WITHOUT_INTERNET)
    assert NO_INTERNET not in flags_of(gappy)


def test_all_flags_go_once_every_gap_is_fixed(demo_rounds):
    _, gappy = demo_rounds
    InvitationFactory(round=gappy, consultee=Consultee.objects.get(name="Westcombe College"))
    InvitationFactory(
        round=gappy, consultee=Consultee.objects.get(name="Brindlemoor Youth Justice Service")
    )
    InvolvementEvidenceFactory(round=gappy, matter=Matter.WITHOUT_INTERNET)
    assert gaps_report(gappy).flags == []


def test_counts_split_in_and_outside_the_area():
    round = ConsultationRoundFactory()
    college = category("post-16-institutions")
    InvitationFactory(round=round, consultee=ConsulteeFactory(category=college))
    InvitationFactory(
        round=round,
        consultee=ConsulteeFactory(category=college, outside=True),
        responded=False,
        responded_on=None,
        how="",
    )
    row = next(r for r in gaps_report(round).categories if r.category == college)
    assert (row.invited_in, row.invited_out, row.responded_in, row.responded_out) == (1, 1, 1, 0)


def test_a_round_with_no_consultees_says_so():
    flags = flags_of(ConsultationRoundFactory())
    assert NOBODY in flags
    assert NO_YOUNG_PEOPLE in flags


def test_parents_alone_do_not_count_as_children_and_young_people_involved():
    round = ConsultationRoundFactory()
    forum = ConsulteeFactory(voice=Consultee.Voice.PARENTS_CARERS)
    InvitationFactory(round=round, consultee=forum)
    InvolvementEvidenceFactory(round=round, children_young_people=0, parents_carers=30)
    assert NO_YOUNG_PEOPLE in flags_of(round)
    InvitationFactory(
        round=round, consultee=ConsulteeFactory(voice=Consultee.Voice.CHILDREN_YOUNG_PEOPLE)
    )
    assert NO_YOUNG_PEOPLE not in flags_of(round)


def test_young_people_counted_in_evidence_count_as_involved():
    round = ConsultationRoundFactory()
    InvolvementEvidenceFactory(round=round, children_young_people=4)
    assert NO_YOUNG_PEOPLE not in flags_of(round)


def test_the_optional_category_is_never_flagged():
    assert "54(1)(n)" not in flags_of(ConsultationRoundFactory())


def test_the_report_takes_the_same_queries_for_one_or_many_consultees(django_assert_num_queries):
    round = ConsultationRoundFactory()
    InvitationFactory(round=round)
    with django_assert_num_queries(4):
        gaps_report(round)
    for _ in range(15):
        InvitationFactory(round=round, consultee=ConsulteeFactory(outside=True))
    InvolvementEvidenceFactory(round=round)
    with django_assert_num_queries(4):
        gaps_report(round)


# ---- the admin page and the CSV ------------------------------------------------------------


def test_the_gaps_page_shows_every_category_and_each_flag(officer_client, demo_rounds):
    _, gappy = demo_rounds
    response = officer_client.get(
        reverse("admin:consultation_consultationround_gaps", args=[gappy.pk])
    )
    assert response.status_code == 200
    text = response.text
    for legal in ["54(1)(a)", "54(1)(j)", "54(1)(n)", "health bodies"]:
        assert legal in text
    assert NO_OUTSIDE in text
    assert "Youth offending teams." in text
    assert "Nobody invited" in text
    assert "No evidence" in text


def test_the_csv_lists_every_category_and_flag_without_contact_details(officer_client, demo_rounds):
    _, gappy = demo_rounds
    Consultee.objects.filter(name="Brindlemoor Parent Carer Forum").update(
        contact_name="Ottoline Pemberly", contact_email="ottoline@example.org"
    )
    response = officer_client.get(
        reverse("admin:consultation_consultationround_gaps_csv", args=[gappy.pk])
    )
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert "Ottoline" not in body
    assert "ottoline@example.org" not in body
    assert "forum@example.org" not in body
    rows = list(csv.reader(io.StringIO(body)))
    assert sum(1 for r in rows if r and r[0].startswith("Regulation 54")) == 17
    assert any(NO_YOT in r[0] for r in rows if r)


def test_text_that_looks_like_a_formula_is_made_harmless_in_the_csv(officer_client):
    round = ConsultationRoundFactory(title='=HYPERLINK("http://example.org")')
    response = officer_client.get(
        reverse("admin:consultation_consultationround_gaps_csv", args=[round.pk])
    )
    assert "'=HYPERLINK" in response.content.decode()


# ---- the warning on the admin index ---------------------------------------------------------


def test_the_admin_index_warns_officers_when_no_round_was_published_for_a_year(officer_client):
    ConsultationRoundFactory(published_at=timezone.now() - timedelta(days=400))
    response = officer_client.get(reverse("admin:index"))
    assert (
        "No review round of the Local Offer has been published in the last 12 months"
        in response.text
    )


def test_no_warning_after_a_recent_round(officer_client):
    ConsultationRoundFactory(published=True)
    response = officer_client.get(reverse("admin:index"))
    assert "No review round of the Local Offer" not in response.text
    assert not review_overdue()


def test_moderators_do_not_get_the_review_warning(moderator_client):
    response = moderator_client.get(reverse("admin:index"))
    assert "No review round of the Local Offer" not in response.text


def test_a_draft_round_does_not_stop_the_warning():
    ConsultationRoundFactory(starts=date(2026, 1, 1), ends=date(2026, 2, 1))
    assert review_overdue()
