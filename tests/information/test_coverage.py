"""Schedule 2 coverage: covered, only overdue, only draft and missing, worked out correctly."""

from datetime import timedelta

import pytest
from django.utils import timezone

from directory.services import service_refresh_index
from information.models import InformationPage, Schedule2Item
from information.selectors import (
    COVERED,
    MISSING,
    ONLY_DRAFT,
    ONLY_OVERDUE,
    schedule2_coverage,
)
from information.services import pages_set_status
from tests.factories import ServiceFactory, area
from tests.information.factories import PageFactory, SettingOfferFactory, item

pytestmark = pytest.mark.django_db


def _status(code):
    service_refresh_index()  # the directory keeps each service's area ids up to date
    return {row.item.code: row for row in schedule2_coverage()}[code].status


def _overdue_dates():
    reviewed = timezone.localdate() - timedelta(days=500)
    return {"last_reviewed": reviewed, "review_due": reviewed + timedelta(days=365)}


def test_hand_built_case():
    PageFactory(covers=[item("personal-budgets")])
    PageFactory(covers=[item("tribunal")], **_overdue_dates())
    PageFactory(covers=[item("childcare")], status=InformationPage.Status.DRAFT)
    Schedule2Item.objects.filter(code="childcare").update(auto_rule="")
    assert _status("personal-budgets") == COVERED
    assert _status("tribunal") == ONLY_OVERDUE
    assert _status("childcare") == ONLY_DRAFT
    assert _status("care-act-advice") == MISSING


def test_a_current_page_beats_an_overdue_one():
    PageFactory(covers=[item("tribunal")], **_overdue_dates())
    PageFactory(covers=[item("tribunal")])
    assert _status("tribunal") == COVERED


def test_unpublishing_a_tagged_page_opens_a_gap():
    page = PageFactory(covers=[item("tribunal")])
    assert _status("tribunal") == COVERED
    pages_set_status(pages=[page], status=InformationPage.Status.DRAFT)
    assert _status("tribunal") == ONLY_DRAFT


def test_tagged_services_count_and_archived_ones_do_not():
    service = ServiceFactory()
    item("tribunal").services.add(service)
    assert _status("tribunal") == COVERED
    service.status = "archived"
    service.save()
    assert _status("tribunal") == MISSING


def test_services_count_automatically_from_their_own_details():
    assert _status("travel") == MISSING
    ServiceFactory(areas=[area("travel-and-transport")], status="draft")
    assert _status("travel") == ONLY_DRAFT
    ServiceFactory(areas=[area("travel-and-transport")], **_overdue_dates())
    assert _status("travel") == ONLY_OVERDUE
    ServiceFactory(areas=[area("travel-and-transport")])
    assert _status("travel") == COVERED


def test_out_of_area_services_cover_paragraph_2():
    ServiceFactory(where_offered="in_area")
    assert _status("out-of-area") == MISSING
    ServiceFactory(where_offered="regional_national")
    assert _status("out-of-area") == COVERED


def test_paragraph_5_is_covered_by_complete_school_answers():
    SettingOfferFactory()  # one answer only
    assert _status("setting-offers") == MISSING
    answers = dict.fromkeys(
        [
            "adaptations",
            "extra_support",
            "progress",
            "evaluation",
            "facilities",
            "activities",
            "wellbeing",
            "staff_expertise",
        ],
        "An answer.",
    )
    SettingOfferFactory(sen_report_url="https://example.org/report", **answers)
    assert _status("setting-offers") == COVERED


def test_coverage_runs_a_constant_number_of_queries(django_assert_max_num_queries):
    for _n in range(5):
        PageFactory(covers=[item("tribunal"), item("complaints")])
        item("advice").services.add(ServiceFactory())
    with django_assert_max_num_queries(6):
        schedule2_coverage()
