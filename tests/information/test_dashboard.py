"""The officers' compliance dashboard and coverage page: figures, permissions, query counts."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone

from directory.services import service_refresh_index
from information.selectors import dashboard
from tests.factories import OrganisationFactory, ServiceFactory, area
from tests.information.factories import PageFactory, SettingOfferFactory, item

pytestmark = pytest.mark.django_db


@pytest.fixture
def known():
    """Four published services (one overdue, one out of area), two pages, two schools."""
    old = timezone.localdate() - timedelta(days=500)
    ServiceFactory(areas=[area("health")], min_age=0, max_age=4, eligibility="Under 5s.")
    ServiceFactory(areas=[area("health")], min_age=5, max_age=11, how_to_complain="Ask us.")
    ServiceFactory(areas=[area("education")], where_offered="out_of_area", min_age=16, max_age=25)
    ServiceFactory(areas=[area("education")], last_reviewed=old, review_due=old + timedelta(365))
    ServiceFactory(status="draft")
    PageFactory(covers=[item("tribunal")], body="You can ask. We will help.")
    PageFactory(last_reviewed=old, review_due=old + timedelta(365))
    SettingOfferFactory()
    OrganisationFactory(kind="academy")
    service_refresh_index()


def test_dashboard_figures_on_a_known_fixture(known):
    figures = dashboard()
    assert figures["services"]["total"] == 4
    assert figures["services"]["current"] == 3
    assert figures["services"]["overdue"] == 1
    assert figures["services_current_percent"] == "75%"
    assert figures["services"]["out_of_area"] == 1
    assert figures["eligibility_percent"] == "25%"
    assert figures["complain_percent"] == "25%"
    assert figures["pages"]["total"] == 2
    assert figures["pages"]["overdue"] == 1
    assert figures["settings_total"] == 2
    assert figures["settings_complete"] == 0
    health = next(row for row in figures["area_grid"] if row["slug"] == "health")
    assert health["total"] == 2
    # Age groups share their end years: a 5 to 11 service is also in "0 to 5" and "11 to 16".
    assert health["ages"] == [2, 1, 1, 0]
    travel = next(row for row in figures["area_grid"] if row["slug"] == "travel-and-transport")
    assert travel["total"] == 0


def test_dashboard_page_shows_figures_and_links(officer_client, known):
    html = officer_client.get("/admin/compliance/").content.decode()
    assert "Compliance dashboard" in html
    assert "75% (3 of 4)" in html
    assert 'href="/admin/compliance/coverage/"' in html
    assert "Comments (regulation 56)" in html
    assert "Waiting for moderation" in html or "waiting for moderation" in html
    assert "Consultation (regulations 54 and 55)" in html
    assert "Not recorded yet" in html


def test_dashboard_query_count_does_not_grow_with_content(
    officer_client, django_assert_max_num_queries
):
    for _n in range(30):
        ServiceFactory(areas=[area("health")])
        PageFactory()
    # 26: 22 + the signed-in staff checks (second factor device, idle timeout), issue 16.
    with django_assert_max_num_queries(26):
        assert officer_client.get("/admin/compliance/").status_code == 200


def test_visitors_are_sent_to_log_in(client):
    assert client.get("/admin/compliance/").status_code == 302


def test_moderators_cannot_see_the_compliance_screens(moderator_client):
    assert moderator_client.get("/admin/compliance/").status_code == 403
    assert moderator_client.get("/admin/compliance/coverage.csv").status_code == 403


def test_coverage_csv_lists_every_item_and_blocks_formulas(officer_client):
    PageFactory(title="=HYPERLINK(1)", covers=[item("tribunal")])
    response = officer_client.get("/admin/compliance/coverage.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Item"
    tribunal = next(r for r in rows if r[0] == "Appealing to the SEND Tribunal")
    assert tribunal[2] == "Covered"
    assert tribunal[3] == "'=HYPERLINK(1)"
    assert len(rows) == 1 + 28


def test_coverage_page_highlights_gaps(officer_client):
    html = officer_client.get("/admin/compliance/coverage/").content.decode()
    assert "Nothing covers this" in html
    assert 'class="app-flag"' in html


def test_admin_index_links_the_dashboard_for_officers(officer_client):
    assert 'href="/admin/compliance/"' in officer_client.get("/admin/").content.decode()
