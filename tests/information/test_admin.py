"""Officers edit pages in admin: bad input gets a clear answer, never a server error."""

import pytest

from information.models import MAX_BODY_CHARACTERS, InformationPage
from tests.information.factories import PageFactory, item, section

pytestmark = pytest.mark.django_db

ADD = "/admin/information/informationpage/add/"


def _data(**overrides):
    data = {
        "section": section("health").pk,
        "title": "Wheelchairs",
        "slug": "wheelchairs",
        "summary": "How to get a wheelchair.",
        "body": "Ask your GP. They will refer you.",
        "keywords": "",
        "order": "0",
        "status": "published",
        "last_reviewed": "",
        "review_due": "",
        "covers": [item("health").pk],
    }
    data.update(overrides)
    return data


def test_officer_adds_a_page_with_reading_ease_and_history(officer_client, officer):
    response = officer_client.post(ADD, _data(last_reviewed="01/11/2026"))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = InformationPage.objects.get(slug="wheelchairs")
    assert page.reading_ease is not None and page.reading_ease > 60
    assert list(page.covers.all()) == [item("health")]
    assert page.history.first().history_user == officer
    assert page.review_due is not None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Hello <script>alert(1)</script>", "Remove the HTML"),
        ("<b>bold</b>", "Remove the HTML"),
        ("[x](javascript:alert(1))", "cannot be used"),
        ("x" * (MAX_BODY_CHARACTERS + 1), "at most"),
    ],
)
def test_bad_bodies_are_refused_with_a_clear_message(officer_client, body, message):
    response = officer_client.post(ADD, _data(body=body, last_reviewed="01/11/2026"))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not InformationPage.objects.filter(slug="wheelchairs").exists()


def test_duplicate_slug_is_refused(officer_client):
    PageFactory(slug="wheelchairs")
    response = officer_client.post(ADD, _data(last_reviewed="01/11/2026"))
    assert response.status_code == 200
    assert "already exists" in response.content.decode()


def test_future_review_date_is_refused(officer_client):
    response = officer_client.post(ADD, _data(last_reviewed="01/01/2099"))
    assert response.status_code == 200
    assert "cannot be in the future" in response.content.decode()


def test_preview_shows_a_draft_sanitised(officer_client):
    page = PageFactory(status="draft", body="Hi <script>alert(1)</script>[x](javascript:y)")
    response = officer_client.get(f"/admin/information/informationpage/{page.pk}/preview/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This is a preview" in html
    assert "<script>alert(1)" not in html
    assert "javascript:" not in html


def test_moderators_cannot_preview_or_edit_pages(moderator_client):
    page = PageFactory()
    assert (
        moderator_client.get(f"/admin/information/informationpage/{page.pk}/preview/").status_code
        == 403
    )
    assert moderator_client.get(ADD).status_code == 403


def test_publish_and_unpublish_actions_keep_history(officer_client):
    page = PageFactory(status="draft")
    changelist = "/admin/information/informationpage/"
    officer_client.post(changelist, {"action": "publish", "_selected_action": [page.pk]})
    page.refresh_from_db()
    assert page.status == "published"
    response = officer_client.post(
        changelist, {"action": "return_to_draft", "_selected_action": [page.pk]}, follow=True
    )
    page.refresh_from_db()
    assert page.status == "draft"
    assert "may now show as gaps" in response.content.decode()
    assert page.history.count() == 3


def test_setting_offer_organisation_must_be_an_education_setting(officer_client):
    from tests.factories import OrganisationFactory

    charity = OrganisationFactory(kind="voluntary")
    response = officer_client.post(
        "/admin/information/settingoffer/add/",
        {"organisation": charity.pk, "last_reviewed": "01/11/2026"},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
