"""Importing a neighbouring council's Open Referral feed: idempotent, safe, and honest."""

import copy
import io
import json

import pytest
from django.core.management import CommandError, call_command

from directory import services as directory_services
from directory.models import Location, OpeningTime, Organisation, Service
from openreferral.models import FeedSource, ImportedRecord, TermMapping
from tests.factories import OrganisationFactory, area, need
from tests.openreferral.feedserver import FEEDS, FeedServer, fixture_entries

pytestmark = pytest.mark.django_db


def run(*args, **options) -> str:
    out = io.StringIO()
    call_command("import_openreferral", *args, stdout=out, **options)
    return out.getvalue()


def snapshot() -> dict:
    """Everything the import can write, to compare runs."""
    return {
        "services": sorted(
            Service.objects.values_list(
                "name",
                "summary",
                "description",
                "status",
                "where_offered",
                "min_age",
                "max_age",
                "is_free",
                "cost_details",
                "contact_phone",
                "updated",
            )
        ),
        "organisations": sorted(Organisation.objects.values_list("name", "updated")),
        "locations": sorted(Location.objects.values_list("name", "address", "postcode")),
        "times": sorted(OpeningTime.objects.values_list("location__name", "weekday", "opens")),
        "history": Service.history.count() + Location.history.count() + OpeningTime.history.count(),
    }


def swim_needs(source):
    service = Service.objects.get(name="Hollowbrook short breaks swimming")
    return service.needs.values_list("slug", flat=True)


def test_import_from_a_feed_as_out_of_area_provision():
    with FeedServer(fixture_entries("hollowbrook")) as feed:
        output = run(feed.url, source="hollowbrook", out_of_area=True, per_page=2)

    sensory = Service.objects.get(name="Hollowbrook sensory play mornings")
    assert sensory.status == Service.Status.DRAFT  # waits for an officer
    assert sensory.where_offered == Service.WhereOffered.OUT_OF_AREA
    assert sensory.summary == "Relaxed play sessions for young children who find busy places hard."
    assert (sensory.min_age, sensory.max_age, sensory.is_free) == (0, 5, True)
    assert sensory.contact_phone == "01632 960 501"
    assert sensory.contact_email == "play@hollowbrook-hub.example.org"
    assert sensory.organisation.name == "Hollowbrook Family Hub"
    assert list(sensory.needs.all()) == [need("autism")]  # matched by name
    assert list(sensory.areas.all()) == [area("leisure-and-short-breaks")]
    (hub,) = sensory.locations.all()
    assert (hub.address, hub.postcode) == ("2 Mill Race\nHollowbrook", "HB1 2AB")
    assert hub.accessibility == "Step-free, with a changing places toilet."
    assert hub.opening_exceptions == "Term time only."
    assert sorted((t.weekday, str(t.opens), str(t.closes)) for t in hub.opening_times.all()) == [
        (1, "09:30:00", "11:30:00"),
        (3, "09:30:00", "11:30:00"),
    ]

    college = Service.objects.get(name="Hollowbrook College supported internships")
    assert college.max_age == 25  # narrowed, with a warning
    assert college.level == Service.Level.TARGETED
    assert college.eligibility == "Young people aged 16 to 24 with an EHC plan."
    assert college.locations.get().address == "Weir Road\nLower Hollowbrook\nHollowbrook"
    assert college.locations.get().opening_times.count() == 5
    swim = Service.objects.get(name="Hollowbrook short breaks swimming")
    assert not swim.is_free and "£3.50" in swim.cost_details
    assert swim.organisation == sensory.organisation  # one organisation, shared

    assert not Service.objects.filter(name__contains="adult day centre").exists()
    assert Service.objects.count() == 3
    source = FeedSource.objects.get(name="hollowbrook")
    assert ImportedRecord.objects.filter(source=source, kind="service").count() == 3
    unmapped = TermMapping.objects.filter(source=source, need=None, area=None)
    # "Preparing for adulthood" is our area "Preparing for adulthood and independent
    # living": a different name, so an officer maps it in admin.
    assert sorted(unmapped.values_list("term_name", flat=True)) == [
        "Preparing for adulthood",
        "Sensory processing",
    ]
    assert list(swim_needs(source)) == ["physical-disability"]

    assert "Page 1 of 3: 2 entries (2 new" in output
    assert "3 new, 0 updated, 0 unchanged, 0 conflicts, 2 skipped" in output
    assert "outside 0 to 25" in output  # the adult day centre
    assert "does not match the Open Referral UK schema" in output  # entry 5
    assert "ages 16 to 30 were narrowed to 0 to 25" in output
    assert "Sensory processing (Hollowbrook needs)" in output  # unmapped terms listed
    assert source.last_report and "3 new" in FeedSource.objects.get(pk=source.pk).last_report


def test_a_second_run_changes_nothing():
    with FeedServer(fixture_entries("hollowbrook")) as feed:
        run(feed.url, source="hollowbrook", out_of_area=True)
        before = snapshot()
        output = run(feed.url, source="hollowbrook", out_of_area=True)
    assert snapshot() == before
    assert "0 new, 0 updated, 3 unchanged, 0 conflicts" in output


def test_changes_in_the_feed_are_applied_and_local_edits_are_never_overwritten():
    entries = fixture_entries("hollowbrook")
    with FeedServer(entries) as feed:
        run(feed.url, source="hollowbrook", out_of_area=True)
    sensory = Service.objects.get(name="Hollowbrook sensory play mornings")
    swim = Service.objects.get(name="Hollowbrook short breaks swimming")
    # An officer publishes one (not an edit of its content) and rewrites another.
    directory_services.services_set_status(services=[sensory], status=Service.Status.PUBLISHED)
    swim.summary = "Our own words about swimming."
    directory_services.service_save(service=swim, reason="Officer's edit")

    changed = copy.deepcopy(entries)
    changed[0]["schedules"][0]["byday"] = "TU"
    changed[0]["maximum_age"] = 7
    changed[2]["description"] = "The feed's new words about swimming."
    del changed[1]  # the college is gone from the feed
    with FeedServer(changed) as feed:
        output = run(feed.url, source="hollowbrook", out_of_area=True, archive_missing=True)

    sensory.refresh_from_db()
    assert sensory.max_age == 7
    assert sensory.status == Service.Status.PUBLISHED  # the officer's decision stands
    assert sensory.locations.get().opening_times.count() == 1
    swim.refresh_from_db()
    assert swim.summary == "Our own words about swimming."
    assert "Hollowbrook short breaks swimming" in output and "changed here since" in output
    assert "1 conflicts" in output
    college = Service.objects.get(name="Hollowbrook College supported internships")
    assert college.status == Service.Status.ARCHIVED
    assert "Archived (gone from the feed): Hollowbrook College supported internships" in output


def test_nothing_is_archived_unless_asked_or_when_pages_failed():
    entries = fixture_entries("hollowbrook")
    with FeedServer(entries) as feed:
        run(feed.url, source="hollowbrook")
    with FeedServer(entries[:1]) as feed:
        run(feed.url, source="hollowbrook")
    assert not Service.objects.filter(status=Service.Status.ARCHIVED).exists()
    with FeedServer(entries, faults={"status": {"page 2": 500}}) as feed:
        output = run(feed.url, source="hollowbrook", archive_missing=True, per_page=2)
    assert "Some pages could not be read, so nothing was archived." in output
    assert not Service.objects.filter(status=Service.Status.ARCHIVED).exists()


def test_a_trusted_source_publishes_straight_away():
    with FeedServer(fixture_entries("hollowbrook")) as feed:
        run(feed.url, source="hollowbrook", trusted=True)
    assert set(Service.objects.values_list("status", flat=True)) == {"published"}


def test_bad_feeds_are_reported_and_nothing_is_half_written(settings):
    settings.OPEN_DATA_IMPORT_TIMEOUT = 1
    entries = fixture_entries("hollowbrook")
    ids = [e["id"] for e in entries]
    faults = {
        "status": {ids[0]: 500},
        "slow": {ids[1]: 3},
        "invalid_json": {ids[2]: True},
    }
    with FeedServer(entries, faults=faults) as feed:
        output = run(feed.url, source="hollowbrook", per_page=2)
    assert "the server answered 500" in output
    assert "no answer within 1 seconds" in output
    assert "not valid JSON" in output
    assert Service.objects.count() == 0
    assert Location.objects.count() == 0

    settings.OPEN_DATA_IMPORT_MAX_BYTES = 5000
    with FeedServer(entries, faults={"huge": {ids[0]: 10_000}}) as feed:
        output = run(feed.url, source="hollowbrook")
    assert "larger than 5,000 bytes" in output


def test_an_entry_that_fails_validation_leaves_nothing_behind():
    entries = fixture_entries("hollowbrook")[:1]
    entries[0]["contacts"][0]["phones"][0]["number"] = "not a phone"
    entries[0]["service_at_locations"][0]["location"]["latitude"] = 100
    with FeedServer(entries) as feed:
        output = run(feed.url, source="hollowbrook")
    service = Service.objects.get()
    assert service.contact_phone == ""
    assert service.locations.get().latitude is None
    assert "coordinates" in output


def test_an_unreadable_feed_is_an_error(tmp_path):
    with (
        FeedServer([], faults={"status": {"page 1": 503}}) as feed,
        pytest.raises(CommandError) as error,
    ):
        run(feed.url, source="hollowbrook")
    assert "503" in str(error.value)
    with pytest.raises(CommandError, match="cannot read"):
        run(str(FEEDS / "missing.json"), source="x")
    broken = tmp_path / "broken.json"
    broken.write_text('{"contents": [')
    with pytest.raises(CommandError, match="not valid JSON"):
        run(str(broken), source="x")
    with pytest.raises(CommandError, match="Nothing could be read"):
        run("http://127.0.0.1:9/api/", source="hollowbrook")


def test_import_from_a_file_and_a_mapping_edited_in_admin_applies_next_time(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"contents": fixture_entries("hollowbrook")[:1]}))
    run(str(path), source="file-feed")
    service = Service.objects.get()
    assert list(service.needs.all()) == [need("autism")]
    mapping = TermMapping.objects.get(source__name="file-feed", term_name="Sensory processing")
    mapping.need = need("multi-sensory-impairment")
    mapping.save()
    output = run(str(path), source="file-feed")
    assert "1 updated" in output
    assert set(service.needs.all()) == {need("autism"), need("multi-sensory-impairment")}


def test_the_profiles_own_example_imports_with_warnings(tmp_path):
    output = run(str(FEEDS / "oruk-examples" / "service_full.json"), source="example")
    service = Service.objects.get()
    assert service.name == "Community Counselling"
    assert service.max_age == 25
    # The example's location is in the US, with latitude 100: left out, and said so.
    assert "needs a name, an address and a UK postcode" in output
    assert not service.locations.exists()


def test_an_existing_organisation_with_the_same_name_is_used_not_changed():
    ours = OrganisationFactory(name="Hollowbrook Family Hub", description="Our description.")
    with FeedServer(fixture_entries("hollowbrook")[:1]) as feed:
        run(feed.url, source="hollowbrook")
    ours.refresh_from_db()
    assert ours.description == "Our description."
    assert Service.objects.get().organisation == ours
