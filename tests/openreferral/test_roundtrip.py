"""Export our demo data through our API, import it into an empty directory: it matches."""

import io

import pytest
from django.core.management import call_command

from directory.models import Location, Organisation, Service
from tests.openreferral.feedserver import FeedServer

pytestmark = pytest.mark.django_db


def describe() -> dict:
    """What must survive the round trip, for every published service, keyed by name."""
    result = {}
    services = Service.objects.published().prefetch_related(
        "needs", "areas", "locations__opening_times"
    )
    for s in services.select_related("organisation"):
        result[s.name] = {
            "organisation": s.organisation.name,
            "text": (s.summary, s.description, s.eligibility, s.how_to_access),
            "ages": (s.min_age, s.max_age),
            "kind": (s.level, s.where_offered, s.is_free, s.cost_details),
            "access": (
                s.self_referral,
                s.professional_referral,
                s.ehc_plan_referral,
                s.ehc_plan_required,
                s.diagnosis_required,
                s.personal_budget,
            ),
            "contact": (s.contact_phone, s.contact_email),
            "needs": sorted(n.slug for n in s.needs.all()),
            "areas": sorted(a.slug for a in s.areas.all()),
            "locations": sorted(
                (
                    loc.name,
                    loc.address.replace("\n", ", "),
                    loc.postcode,
                    str(loc.latitude),
                    str(loc.longitude),
                    loc.accessibility,
                    loc.opening_exceptions,
                    tuple(
                        sorted(
                            (t.weekday, str(t.opens), str(t.closes))
                            for t in loc.opening_times.all()
                        )
                    ),
                )
                for loc in s.locations.all()
            ),
            "reviewed": s.last_reviewed,
        }
    return result


def test_round_trip(client, settings):
    settings.OPEN_DATA_RATE_LIMIT = 0
    call_command("seed_demo", "--if-empty", stdout=io.StringIO())
    expected = describe()
    assert len(expected) > 100

    entries, page = [], 1
    while True:
        data = client.get("/openreferral/v3/services", {"per_page": 100, "page": page}).json()
        for brief in data["contents"]:
            entries.append(client.get(f"/openreferral/v3/services/{brief['id']}").json())
        if data["last_page"]:
            break
        page += 1

    # An empty directory (needs and areas come with the migrations, as in a new install).
    Location.objects.all().delete()
    Service.objects.all().delete()
    Organisation.objects.all().delete()

    with FeedServer(entries) as feed:
        out = io.StringIO()
        call_command("import_openreferral", feed.url, source="ourselves", trusted=True, stdout=out)
    output = out.getvalue()
    assert f"{len(expected)} new, 0 updated, 0 unchanged, 0 conflicts, 0 skipped" in output, output
    imported = describe()
    assert imported.keys() == expected.keys()
    mismatches = {
        name: {
            k: (expected[name][k], imported[name][k])
            for k in expected[name]
            if expected[name][k] != imported[name][k]
        }
        for name in expected
        if expected[name] != imported[name]
    }
    assert not mismatches, list(mismatches.items())[:3]
    print(f"round trip: {len(expected)} services, {Location.objects.count()} locations match")
