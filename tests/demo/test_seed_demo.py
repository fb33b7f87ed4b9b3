"""seed_demo loads a fictional Local Offer that is complete, repeatable and safe to run again."""

import io
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from core.roles import LA_OFFICER
from demo import directory_data as demo_data
from directory.models import (
    AGE_GROUPS,
    MAX_AGE,
    AreaOfProvision,
    Location,
    Need,
    NeedSynonym,
    OpeningTime,
    Organisation,
    SearchWord,
    Service,
)
from directory.validators import normalise_postcode

HANDWRITTEN = len(demo_data.handwritten_services())


def seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot() -> list[tuple]:
    return [
        (
            s.slug,
            s.name,
            s.min_age,
            s.max_age,
            s.level,
            s.where_offered,
            s.status,
            s.last_reviewed,
            s.organisation.slug,
            tuple(sorted(n.slug for n in s.needs.all())),
            tuple(sorted(a.slug for a in s.areas.all())),
        )
        for s in Service.objects.select_related("organisation")
        .prefetch_related("needs", "areas")
        .order_by("slug")
    ]


def counts() -> dict[str, int]:
    return {
        "services": Service.objects.count(),
        "locations": Location.objects.count(),
        "opening_times": OpeningTime.objects.count(),
        "organisations": Organisation.objects.count(),
        "service_history": Service.history.count(),
        "location_history": Location.history.count(),
    }


@pytest.fixture
def seeded(db):
    seed()


# ------------------------------------------------------------------ what gets loaded


def test_loads_the_hand_written_set_of_at_least_150_services(seeded):
    assert Service.objects.count() == HANDWRITTEN
    assert HANDWRITTEN >= 150


def test_every_area_of_provision_has_published_services(seeded):
    for area in AreaOfProvision.objects.all():
        assert area.services.published().exists(), area.slug


def test_every_broad_area_of_need_has_published_services(seeded):
    for need in Need.objects.broad_areas():
        assert need.services.published().exists(), need.slug


def test_every_specific_need_has_published_services(seeded):
    for need in Need.objects.filter(broad_area__isnull=False):
        assert need.services.published().exists(), need.slug


@pytest.mark.parametrize("group", list(AGE_GROUPS))
def test_every_age_group_has_published_services(seeded, group):
    low, high, _ = AGE_GROUPS[group]
    assert Service.objects.published().for_age_range(low, high).count() >= 20


def test_includes_single_age_services(seeded):
    assert Service.objects.filter(min_age=0, max_age=0).exists()
    assert Service.objects.filter(min_age=2, max_age=2).exists()


def test_includes_services_at_both_age_boundaries(seeded):
    assert Service.objects.filter(min_age=0).exists()
    assert Service.objects.filter(max_age=MAX_AGE).exists()


@pytest.mark.parametrize("level", Service.Level.values)
def test_every_level_has_published_services(seeded, level):
    assert Service.objects.published().filter(level=level).exists()


@pytest.mark.parametrize("where", Service.WhereOffered.values)
def test_every_where_offered_value_has_several_published_services(seeded, where):
    assert Service.objects.published().filter(where_offered=where).count() >= 5


def test_services_are_mostly_published_with_some_drafts_and_archived(seeded):
    assert Service.objects.published().count() >= 0.9 * HANDWRITTEN
    assert Service.objects.filter(status=Service.Status.DRAFT).exists()
    assert Service.objects.filter(status=Service.Status.ARCHIVED).exists()


def test_a_few_services_are_overdue_for_review(seeded):
    overdue = Service.objects.review_overdue(demo_data.REFERENCE_DATE).count()
    assert 1 <= overdue <= 15


def test_organisations_cover_every_kind(seeded):
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert kinds == set(Organisation.Kind.values)


def test_some_services_charge_and_say_what_it_costs(seeded):
    charged = Service.objects.filter(is_free=False)
    assert charged.count() >= 10
    assert not charged.filter(cost_details="").exists()


def test_remote_services_may_have_no_location_but_others_do(seeded):
    without_location = Service.objects.filter(locations__isnull=True)
    assert without_location.exists()
    assert set(without_location.values_list("where_offered", flat=True)) == {"remote"}


def test_chatterbox_is_a_published_speech_and_language_service_for_a_seven_year_old(seeded):
    chatterbox = Service.objects.published().for_age(7).get(name__icontains="Chatterbox")
    assert chatterbox.needs.filter(slug="speech-language-and-communication").exists()
    assert chatterbox.areas.filter(slug="health").exists()
    assert chatterbox.eligibility
    assert chatterbox.self_referral
    assert "refer" in chatterbox.how_to_access


def test_there_is_a_separate_speech_and_language_therapy_service(seeded):
    service = Service.objects.published().for_age(7).get(name="Speech and language therapy")
    assert service.needs.filter(slug="speech-language-and-communication").exists()
    assert service.eligibility


def test_words_from_the_chatterbox_service_feed_did_you_mean(seeded):
    assert SearchWord.objects.filter(word__in=["chatterbox", "speech", "therapy"]).count() == 3


def test_contact_details_are_fictional(seeded):
    for service in Service.objects.exclude(contact_phone=""):
        assert re.fullmatch(r"(01632 960|07700 900)\d{3}", service.contact_phone), service.slug
    assert not Service.objects.exclude(contact_email__endswith="example.org").exists()
    assert not Service.objects.exclude(website__startswith="https://example.org/").exists()


# ------------------------------------------------------------------ valid data


def test_every_hand_written_service_passes_full_clean(seeded):
    for service in Service.objects.all():
        service.full_clean()


def test_every_location_and_opening_time_passes_full_clean(seeded):
    for location in Location.objects.all():
        location.full_clean()
        assert location.postcode == normalise_postcode(location.postcode)
    for opening_time in OpeningTime.objects.all():
        opening_time.full_clean()


def test_generated_services_pass_full_clean(db):
    seed("--services", "400", "--seed", "3")
    for service in Service.objects.all():
        service.full_clean()
    for location in Location.objects.all():
        location.full_clean()


def test_every_summary_is_short_enough_for_search_results():
    for spec in demo_data.build_services(seed=5, total=3000):
        assert len(spec["summary"]) <= 300, spec["slug"]


def test_targeted_and_specialist_services_say_who_is_eligible():
    for spec in demo_data.build_services(seed=5, total=1000):
        if spec["level"] != "universal":
            assert spec["eligibility"].strip(), spec["slug"]


def test_generated_names_and_slugs_are_unique():
    specs = demo_data.build_services(seed=5, total=5000)
    assert len({s["slug"] for s in specs}) == 5000
    assert len({s["name"] for s in specs}) == 5000


def test_search_index_is_filled_after_seeding(seeded):
    assert not Service.objects.filter(search_extra="").exists()
    assert not Service.objects.filter(area_ids=[]).exists()
    chatterbox = Service.objects.get(name__icontains="Chatterbox")
    broad = Need.objects.get(slug="communication-and-interaction")
    assert broad.pk in chatterbox.need_ids
    assert "SLCN" in chatterbox.search_extra


def test_taxonomies_are_only_read(db):
    before = (
        list(AreaOfProvision.objects.values_list("slug", "name", "order")),
        list(Need.objects.values_list("slug", "name", "broad_area", "order")),
        NeedSynonym.objects.count(),
    )
    seed()
    after = (
        list(AreaOfProvision.objects.values_list("slug", "name", "order")),
        list(Need.objects.values_list("slug", "name", "broad_area", "order")),
        NeedSynonym.objects.count(),
    )
    assert after == before


# ------------------------------------------------------------------ history


def test_every_seeded_service_has_a_created_history_row(seeded):
    created = Service.history.filter(history_type="+")
    assert created.count() == Service.objects.count()
    assert Location.history.count() == Location.objects.count()
    assert OpeningTime.history.count() == OpeningTime.objects.count()


def test_history_records_the_areas_and_needs(seeded):
    service = Service.objects.get(slug="chatterbox-speech-and-language-therapy")
    record = service.history.get()
    assert {row.need_id for row in record.needs.all()} == set(
        service.needs.values_list("pk", flat=True)
    )
    assert {row.areaofprovision_id for row in record.areas.all()} == set(
        service.areas.values_list("pk", flat=True)
    )


def test_m2m_history_rows_match_the_links(seeded):
    historical_needs = apps.get_model("directory", "HistoricalService_needs")
    assert historical_needs.objects.count() == Service.needs.through.objects.count()


# ------------------------------------------------------------------ options


def test_services_option_gives_exactly_that_many(db):
    seed("--services", "300")
    assert Service.objects.count() == 300


def test_services_option_below_the_hand_written_set_loads_its_start(db):
    seed("--services", "20")
    assert Service.objects.count() == 20


def test_services_option_must_be_positive(db):
    with pytest.raises(CommandError):
        seed("--services", "0")


def test_same_seed_gives_the_same_services(db):
    seed("--seed", "7", "--services", "220")
    first = snapshot()
    Service.objects.all().delete()
    Organisation.objects.all().delete()
    seed("--seed", "7", "--services", "220")
    assert snapshot() == first


def test_a_different_seed_gives_different_generated_services(db):
    handwritten = {s["slug"] for s in demo_data.handwritten_services()}
    seed("--seed", "7", "--services", "220")
    first = set(Service.objects.exclude(slug__in=handwritten).values_list("slug", flat=True))
    seed("--reset", "--seed", "8", "--services", "220")
    second = set(Service.objects.exclude(slug__in=handwritten).values_list("slug", flat=True))
    assert len(first) == len(second) == 220 - HANDWRITTEN
    assert first != second


def test_running_twice_does_not_duplicate_anything(seeded):
    before = counts()
    seed()
    assert counts() == before


def test_a_larger_services_number_adds_only_the_extra_services(db):
    seed("--services", "200")
    seed("--services", "260")
    assert Service.objects.count() == 260
    assert Service.history.filter(history_type="+").count() == 260


def test_reset_deletes_demo_services_first(db):
    seed("--services", "230")
    seed("--reset")
    assert Service.objects.count() == HANDWRITTEN


def test_reset_records_deletions_in_history(db):
    seed("--services", "20")
    seed("--reset", "--services", "20")
    assert Service.history.filter(history_type="-").count() == 20
    assert Location.history.filter(history_type="-").exists()


def test_if_empty_leaves_an_existing_directory_alone(seeded):
    before = counts()
    out = seed("--if-empty", "--services", "250")
    assert counts() == before
    assert "already has services" in out


def test_if_empty_loads_an_empty_directory(db):
    seed("--if-empty")
    assert Service.objects.count() == HANDWRITTEN


def test_prints_a_one_line_summary_with_counts_and_seconds(db):
    out = seed("--services", "180")
    assert len(out.strip().splitlines()) == 1
    assert "180 services created" in out
    assert re.search(r"\d+\.\ds\.$", out.strip())


# ------------------------------------------------------------------ the officer account


def test_creates_a_staff_officer_who_is_not_a_superuser(seeded):
    officer = get_user_model().objects.get(username="officer")
    assert officer.is_staff
    assert not officer.is_superuser
    assert officer.groups.filter(name=LA_OFFICER).exists()


def test_the_new_officer_has_no_usable_password(seeded):
    officer = get_user_model().objects.get(username="officer")
    assert not officer.has_usable_password()


def test_an_existing_officer_keeps_their_password(db):
    user = get_user_model().objects.create_user("officer", password="a-long-test-password-42")
    seed()
    user.refresh_from_db()
    assert user.check_password("a-long-test-password-42")
    assert user.is_staff


def test_does_not_print_passwords(db):
    assert "password" not in seed().lower()


def test_generation_numbers_groups_once_names_run_out(monkeypatch):
    # With no retries every clash is numbered, as it is when the templates' names run out
    # (about 60,000 of them): 100,000 or a million services still get unique names.
    monkeypatch.setattr(demo_data, "NAME_RETRIES", 1)
    specs = demo_data.build_services(seed=5, total=3000)
    names = [s["name"] for s in specs]
    assert len(set(names)) == len({s["slug"] for s in specs}) == 3000
    assert any(", group 2" in name for name in names)


def test_a_larger_total_extends_a_smaller_one():
    small = [s["slug"] for s in demo_data.build_services(seed=5, total=600)]
    large = [s["slug"] for s in demo_data.build_services(seed=5, total=900)]
    assert large[:600] == small
