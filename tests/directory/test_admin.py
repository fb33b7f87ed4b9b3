from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from directory.models import Location, Service
from tests.factories import (
    LocationFactory,
    OpeningTimeFactory,
    OrganisationFactory,
    ServiceFactory,
    area,
    need,
)

pytestmark = pytest.mark.django_db

MODELS = ["service", "organisation", "location", "need", "needsynonym", "areaofprovision"]


@pytest.fixture
def one_of_each():
    service = ServiceFactory(needs=[need("autism")], areas=[area("health")])
    OpeningTimeFactory(location=LocationFactory(service=service))
    return service


@pytest.mark.parametrize("model", MODELS)
def test_officer_can_open_each_changelist(officer_client, one_of_each, model):
    response = officer_client.get(reverse(f"admin:directory_{model}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_officer_can_open_each_change_page(officer_client, one_of_each, model):
    from django.apps import apps

    obj = apps.get_model("directory", model).objects.first()
    response = officer_client.get(reverse(f"admin:directory_{model}_change", args=[obj.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_officer_can_open_each_history_page(officer_client, one_of_each, model):
    from django.apps import apps

    obj = apps.get_model("directory", model).objects.first()
    response = officer_client.get(reverse(f"admin:directory_{model}_history", args=[obj.pk]))
    assert response.status_code == 200


def test_changelist_filters_by_review_overdue(officer_client):
    overdue = ServiceFactory(last_reviewed="2020-01-01", review_due="2021-01-01")
    ServiceFactory()
    response = officer_client.get(reverse("admin:directory_service_changelist") + "?review=overdue")
    assert list(response.context["cl"].result_list) == [overdue]


def test_changelist_searches_by_postcode(officer_client):
    service = ServiceFactory()
    LocationFactory(service=service, postcode="HB4 7QT")
    ServiceFactory()
    response = officer_client.get(reverse("admin:directory_service_changelist") + "?q=HB4")
    assert list(response.context["cl"].result_list) == [service]


def _bulk(client, action, services):
    return client.post(
        reverse("admin:directory_service_changelist"),
        {"action": action, "_selected_action": [s.pk for s in services]},
        follow=True,
    )


def test_bulk_publish_records_history_with_the_officer(officer_client, officer):
    drafts = ServiceFactory.create_batch(2, status=Service.Status.DRAFT)
    _bulk(officer_client, "publish", drafts)
    for service in drafts:
        latest = service.history.latest()
        assert latest.status == "published"
        assert latest.history_user == officer


def test_bulk_archive_records_history(officer_client, officer):
    services = ServiceFactory.create_batch(2)
    _bulk(officer_client, "archive", services)
    assert all(s.history.latest().status == "archived" for s in services)
    assert Service.objects.filter(status="archived").count() == 2


def test_bulk_mark_reviewed_sets_dates_and_records_history(officer_client, officer):
    service = ServiceFactory(last_reviewed="2020-01-01", review_due="2021-01-01")
    _bulk(officer_client, "mark_reviewed", [service])
    service.refresh_from_db()
    assert service.review_due > service.last_reviewed
    assert (service.review_due - service.last_reviewed).days == 365
    assert service.history.latest().history_user == officer
    assert service.history.latest().history_change_reason == "Marked as reviewed"


def _service_form(organisation, **overrides):
    data = {
        "name": "Little Steps play sessions",
        "slug": "little-steps-play-sessions",
        "organisation": organisation.pk,
        "status": "published",
        "summary": "Play sessions for young children.",
        "description": "Weekly play sessions with trained staff.",
        "areas": [area("education").pk],
        "needs": [need("autism").pk],
        "level": "universal",
        "min_age": "0",
        "max_age": "5",
        "where_offered": "in_area",
        "eligibility": "",
        "how_to_access": "Just come along.",
        "is_free": "on",
        "cost_details": "",
        "last_reviewed": "2026-11-01",
        "review_due": "",
        "locations-TOTAL_FORMS": "1",
        "locations-INITIAL_FORMS": "0",
        "locations-MIN_NUM_FORMS": "0",
        "locations-MAX_NUM_FORMS": "1000",
        "locations-0-name": "Fenwick Cross Library",
        "locations-0-address": "3 Mill Row\nFenwick Cross",
        "locations-0-postcode": "fc2 9ab",
    }
    data.update(overrides)
    return data


def test_officer_adds_a_service_with_a_location_and_history_records_them(
    officer_client, officer, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory()
    # The search index is refreshed once the save has committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(
            reverse("admin:directory_service_add"), _service_form(organisation)
        )
    assert response.status_code == 302, response.context["adminform"].form.errors
    service = Service.objects.get(slug="little-steps-play-sessions")
    assert service.review_due.isoformat() == "2027-11-01"
    assert service.locations.get().postcode == "FC2 9AB"
    assert service.history.latest().history_user == officer
    assert Location.history.latest().history_user == officer
    # The search index is refreshed on save.
    assert service.need_ids and "Autism" in service.search_extra


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"min_age": "10", "max_age": "4"}, "max_age", "oldest age must be the same as or more"),
        ({"max_age": "26"}, "max_age", "Ages go up to 25"),
        (
            {"level": "specialist", "eligibility": ""},
            "eligibility",
            "Enter the eligibility criteria",
        ),
    ],
)
def test_bad_input_gets_a_plain_message_and_nothing_is_saved(
    officer_client, overrides, field, message
):
    organisation = OrganisationFactory()
    response = officer_client.post(
        reverse("admin:directory_service_add"), _service_form(organisation, **overrides)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors[field])
    assert not Service.objects.exists()
    assert not Location.objects.exists()


def test_malformed_postcode_saves_nothing(officer_client):
    organisation = OrganisationFactory()
    response = officer_client.post(
        reverse("admin:directory_service_add"),
        _service_form(organisation, **{"locations-0-postcode": "NOT A CODE"}),
    )
    assert response.status_code == 200
    assert "Enter a real UK postcode" in response.content.decode()
    assert not Service.objects.exists()


def test_moderator_cannot_edit_the_directory(moderator_client):
    response = moderator_client.get(reverse("admin:directory_service_changelist"))
    assert response.status_code == 403


# --- ages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"min_age": "-1"}, "min_age", "Ages start at 0."),
        ({"max_age": "-1"}, "max_age", "Ages start at 0."),
        ({"min_age": "26", "max_age": "25"}, "min_age", "Ages go up to 25"),
        ({"max_age": "26"}, "max_age", "Ages go up to 25"),
    ],
)
def test_ages_out_of_range_get_the_plain_messages(officer_client, overrides, field, message):
    response = officer_client.post(
        reverse("admin:directory_service_add"),
        _service_form(OrganisationFactory(), **overrides),
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors[field]
    assert len(errors) == 1
    assert errors[0].startswith(message)
    assert "Ensure this value" not in response.content.decode()


# --- review dates ---------------------------------------------------------------------


def _service_change_form(service, **overrides):
    data = _service_form(
        service.organisation,
        name=service.name,
        slug=service.slug,
        last_reviewed=service.last_reviewed.isoformat(),
        review_due=service.review_due.isoformat(),
        seen_version=str(service.version),
        **{"locations-TOTAL_FORMS": "0"},
    )
    data.update(overrides)
    return data


def _change_service(client, service, **overrides):
    return client.post(
        reverse("admin:directory_service_change", args=[service.pk]),
        _service_change_form(service, **overrides),
    )


@pytest.mark.parametrize(
    ("last_reviewed", "message"),
    [
        ("9999-12-31", "Enter a real date for the last review, like 14/03/2026."),
        ("2099-01-01", "a review cannot be in the future."),
    ],
)
def test_an_impossible_or_future_last_review_gets_a_plain_message(
    officer_client, last_reviewed, message
):
    response = officer_client.post(
        reverse("admin:directory_service_add"),
        _service_form(OrganisationFactory(), last_reviewed=last_reviewed),
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors["last_reviewed"])
    assert not Service.objects.exists()


def test_an_impossible_last_review_on_the_change_form_gets_a_plain_message(officer_client):
    service = ServiceFactory(last_reviewed=date(2025, 1, 10), review_due=date(2026, 1, 10))
    response = _change_service(officer_client, service, last_reviewed="9999-12-31")
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["last_reviewed"] == ["Enter a real date for the last review, like 14/03/2026."]
    service.refresh_from_db()
    assert service.last_reviewed == date(2025, 1, 10)


def test_changing_only_the_last_review_moves_the_review_due_date(officer_client):
    service = ServiceFactory(last_reviewed=date(2024, 3, 1), review_due=date(2025, 3, 1))
    response = _change_service(officer_client, service, last_reviewed="2026-06-15")
    assert response.status_code == 302, response.context["adminform"].form.errors
    service.refresh_from_db()
    assert service.last_reviewed == date(2026, 6, 15)
    assert service.review_due == date(2027, 6, 15)


def test_changing_both_review_dates_keeps_the_officers_due_date(officer_client):
    service = ServiceFactory(last_reviewed=date(2024, 3, 1), review_due=date(2025, 3, 1))
    response = _change_service(
        officer_client, service, last_reviewed="2026-06-15", review_due="2026-12-01"
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    service.refresh_from_db()
    assert service.review_due == date(2026, 12, 1)


def test_a_due_date_before_the_last_review_is_still_refused(officer_client):
    service = ServiceFactory(last_reviewed=date(2026, 3, 1), review_due=date(2027, 3, 1))
    response = _change_service(officer_client, service, review_due="2026-01-01")
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["review_due"] == ["The review due date must be after the last review."]


# --- latitude and longitude -----------------------------------------------------------


def _location_form(service, **overrides):
    data = {
        "service": service.pk,
        "name": "Lantern Street Community Centre",
        "address": "14 Lantern Street\nBrindlemoor",
        "postcode": "bm1 4ls",
        "latitude": "",
        "longitude": "",
        "accessibility": "",
        "opening_exceptions": "",
        "opening_times-TOTAL_FORMS": "0",
        "opening_times-INITIAL_FORMS": "0",
        "opening_times-MIN_NUM_FORMS": "0",
        "opening_times-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_coordinates_from_a_map_site_are_rounded_to_six_places(officer_client):
    service = ServiceFactory()
    response = officer_client.post(
        reverse("admin:directory_location_add"),
        _location_form(service, latitude="53.48075912345", longitude="-2.2426305"),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    location = Location.objects.get()
    assert location.latitude == Decimal("53.480759")
    assert location.longitude == Decimal("-2.242631")
    assert location.postcode == "BM1 4LS"


@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [("91.5", "0", "latitude"), ("0", "-180.000001", "longitude"), ("1e30", "0", "latitude")],
)
def test_coordinates_off_the_map_are_still_refused(officer_client, latitude, longitude, field):
    response = officer_client.post(
        reverse("admin:directory_location_add"),
        _location_form(ServiceFactory(), latitude=latitude, longitude=longitude),
    )
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not Location.objects.exists()


def test_the_location_forms_accept_any_number_of_decimal_places_in_the_browser(officer_client):
    location = LocationFactory()
    response = officer_client.get(reverse("admin:directory_location_change", args=[location.pk]))
    assert 'step="any"' in str(response.context["adminform"].form["latitude"])


def test_the_service_forms_locations_use_the_rounding_location_form():
    from directory.admin import LocationForm, ServiceAdmin

    assert all(inline.form is LocationForm for inline in ServiceAdmin.inlines)


# --- needs and their synonyms ----------------------------------------------------------


def _need_form(need_obj, terms, **overrides):
    """The need's change form, keeping its synonyms and adding new terms."""
    existing = list(need_obj.synonyms.all())
    data = {
        "name": need_obj.name,
        "slug": need_obj.slug,
        "broad_area": need_obj.broad_area_id or "",
        "description": need_obj.description,
        "order": need_obj.order,
        "synonyms-TOTAL_FORMS": str(len(existing) + len(terms)),
        "synonyms-INITIAL_FORMS": str(len(existing)),
        "synonyms-MIN_NUM_FORMS": "0",
        "synonyms-MAX_NUM_FORMS": "1000",
    }
    for index, synonym in enumerate(existing):
        data[f"synonyms-{index}-id"] = synonym.pk
        data[f"synonyms-{index}-need"] = need_obj.pk
        data[f"synonyms-{index}-term"] = synonym.term
    for index, term in enumerate(terms, start=len(existing)):
        data[f"synonyms-{index}-need"] = need_obj.pk
        data[f"synonyms-{index}-term"] = term
    data.update(overrides)
    return data


def _change_need(client, need_obj, terms=(), **overrides):
    return client.post(
        reverse("admin:directory_need_change", args=[need_obj.pk]),
        _need_form(need_obj, list(terms), **overrides),
    )


def _synonym_errors(response):
    return [
        message
        for form_errors in response.context["inline_admin_formsets"][0].formset.errors
        for messages in form_errors.values()
        for message in messages
    ]


def test_two_new_synonyms_differing_only_in_case_get_a_plain_message(officer_client):
    autism = need("autism")
    before = set(autism.synonyms.values_list("term", flat=True))
    response = _change_need(officer_client, autism, ["Zog", "zog"])
    assert response.status_code == 200
    assert _synonym_errors(response) == ["'zog' is already in the list: enter each word once."]
    assert set(autism.synonyms.values_list("term", flat=True)) == before


def test_a_new_synonym_matching_an_existing_one_in_another_case_is_refused(officer_client):
    autism = need("autism")  # already has "ASD"
    response = _change_need(officer_client, autism, ["asd"])
    assert response.status_code == 200
    assert _synonym_errors(response) == ["'asd' is already in the list: enter each word once."]


def test_a_synonym_of_another_need_is_refused_with_a_plain_message(officer_client):
    dyslexia = need("autism").broad_area.specific_needs.exclude(slug="autism").first()
    response = _change_need(officer_client, dyslexia, ["asd"])
    assert response.status_code == 200
    assert _synonym_errors(response) == [
        "'asd' is already a synonym of Autism: a word can belong to one need only."
    ]
    assert not dyslexia.synonyms.filter(term__iexact="asd").exists()


def test_a_synonym_can_be_replaced_by_the_same_word_in_another_case(officer_client):
    autism = need("autism")
    asd = autism.synonyms.get(term="ASD")
    data = _need_form(autism, ["asd"])
    index = [key for key, value in data.items() if value == asd.pk and key.endswith("-id")][0]
    data[index.replace("-id", "-DELETE")] = "on"
    response = officer_client.post(reverse("admin:directory_need_change", args=[autism.pk]), data)
    assert response.status_code == 302, _synonym_errors(response)
    assert autism.synonyms.filter(term="asd").exists()
    assert not autism.synonyms.filter(term="ASD").exists()


def _row(data, synonym):
    """The form prefix ("synonyms-3") of an existing synonym in _need_form's data."""
    key = next(k for k, v in data.items() if k.endswith("-id") and v == synonym.pk)
    return key.removesuffix("-id")


def test_a_word_can_move_from_a_deleted_row_to_an_earlier_row(officer_client):
    autism = need("autism")
    first, *_, last = autism.synonyms.all()
    data = _need_form(autism, [])
    data[f"{_row(data, first)}-term"] = last.term.upper()
    data[f"{_row(data, last)}-DELETE"] = "on"
    response = officer_client.post(reverse("admin:directory_need_change", args=[autism.pk]), data)
    assert response.status_code == 302, _synonym_errors(response)
    assert autism.synonyms.filter(term=last.term.upper()).exists()
    assert not autism.synonyms.filter(pk=last.pk).exists()


def test_swapping_two_words_gets_a_plain_message_not_an_error(officer_client):
    autism = need("autism")
    first, *_, last = autism.synonyms.all()
    data = _need_form(autism, [])
    data[f"{_row(data, first)}-term"] = last.term
    data[f"{_row(data, last)}-term"] = first.term
    response = officer_client.post(reverse("admin:directory_need_change", args=[autism.pk]), data)
    assert response.status_code == 200
    assert _synonym_errors(response) == [
        f"Another row has '{last.term}' until you save. Change that row first, save, "
        "then change this one."
    ]


def test_a_broad_area_with_specific_needs_cannot_move_under_another(officer_client):
    broad = need("communication-and-interaction")
    response = _change_need(officer_client, broad, broad_area=need("cognition-and-learning").pk)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["broad_area"]
    assert errors == [
        "Communication and interaction is a broad area with specific needs under it, so it "
        "cannot sit under another broad area. Move its specific needs first."
    ]
    broad.refresh_from_db()
    assert broad.broad_area is None


# --- search by postcode ----------------------------------------------------------------


@pytest.mark.parametrize("term", ["bm32nw", "BM32NW", "bm3 2nw", " Bm3 2Nw ", "bm32"])
def test_service_search_finds_postcodes_without_the_space(officer_client, term):
    service = ServiceFactory()
    LocationFactory(service=service, postcode="BM3 2NW")
    LocationFactory(service=service, name="Second venue", postcode="BM3 2NX")
    LocationFactory(service=ServiceFactory(), postcode="BM1 4LS")
    response = officer_client.get(reverse("admin:directory_service_changelist"), {"q": term})
    assert list(response.context["cl"].result_list) == [service]


@pytest.mark.parametrize("term", ["bm32nw", "bm3 2nw"])
def test_location_search_finds_postcodes_without_the_space(officer_client, term):
    location = LocationFactory(postcode="BM3 2NW")
    LocationFactory(postcode="BM1 4LS")
    response = officer_client.get(reverse("admin:directory_location_changelist"), {"q": term})
    assert list(response.context["cl"].result_list) == [location]


def test_search_by_name_still_works_alongside_postcode_search(officer_client):
    wanted = ServiceFactory(name="Brindlemoor Sensory Room")
    ServiceFactory(name="Another thing")
    response = officer_client.get(reverse("admin:directory_service_changelist"), {"q": "sensory"})
    assert list(response.context["cl"].result_list) == [wanted]
