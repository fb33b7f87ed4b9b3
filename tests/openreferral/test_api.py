"""The Open Referral UK API: schema-valid, filtered, paged, open, cached and fast."""

from datetime import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import OpeningTime, Service
from directory.services import service_save
from openreferral import ids
from tests.factories import (
    LocationFactory,
    OpeningTimeFactory,
    OrganisationFactory,
    ServiceFactory,
    area,
    need,
)
from tests.openreferral import schemas

pytestmark = pytest.mark.django_db

API = "/openreferral/v3/"


def get(client, path, **params):
    response = client.get(API + path, params)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "application/json"
    return response


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    schemas.check("services", response.json())
    return [s["name"] for s in response.json()["contents"]]


@pytest.fixture
def catalogue():
    """Four hand-checked services: three published, one draft."""
    trust = OrganisationFactory(name="Hollowbrook Speech Trust", phone="01632 960 222")
    chatter = ServiceFactory(
        name="Chatter club",
        organisation=trust,
        min_age=2,
        max_age=5,
        self_referral=True,
        contact_phone="01632 960 111",
        contact_email="chatter@example.org",
        areas=[area("education")],
        needs=[need("autism"), need("speech-language-and-communication")],
    )
    hall = LocationFactory(
        service=chatter,
        name="Lantern Hall",
        address="14 Lantern Street\nOld Town\nBrindlemoor",
        postcode="BM1 4LS",
        latitude="53.100000",
        longitude="-1.500000",
        accessibility="Step-free entrance.",
        opening_exceptions="Closed on bank holidays.",
    )
    OpeningTimeFactory(
        location=hall, weekday=OpeningTime.Weekday.MONDAY, opens="09:00", closes="12:00"
    )
    OpeningTimeFactory(
        location=hall, weekday=OpeningTime.Weekday.WEDNESDAY, opens="13:00", closes="15:00"
    )
    swim = ServiceFactory(
        name="Teen swim",
        min_age=11,
        max_age=18,
        level=Service.Level.TARGETED,
        eligibility="Young people with a physical disability.",
        is_free=False,
        cost_details="£3 a session.",
        where_offered=Service.WhereOffered.OUT_OF_AREA,
        areas=[area("leisure-and-short-breaks")],
        needs=[need("physical-disability")],
    )
    pool = LocationFactory(
        service=swim, name="Marsh Lane Pool", address="Marsh Lane", postcode="BM2 1AA"
    )
    OpeningTimeFactory(
        location=pool, weekday=OpeningTime.Weekday.SATURDAY, opens="10:00", closes="11:00"
    )
    advice = ServiceFactory(
        name="Advice line",
        min_age=0,
        max_age=25,
        where_offered=Service.WhereOffered.REMOTE,
        areas=[area("information-advice-and-support")],
    )
    draft = ServiceFactory(name="Secret draft", status=Service.Status.DRAFT, needs=[need("autism")])
    LocationFactory(service=draft)
    return {"chatter": chatter, "swim": swim, "advice": advice, "draft": draft, "hall": hall}


def test_root_declares_the_uk_profile(client):
    data = get(client, "").json()
    assert data["version"] == "HSDS-UK-3.0"
    assert data["profile"].startswith("https://")
    assert data["openapi_url"].endswith("/openreferral/v3/openapi.json")
    description = get(client, "openapi.json").json()
    assert description["openapi"].startswith("3.")
    assert "/services" in description["paths"]


def test_every_endpoint_validates_and_says_what_the_service_is(client, catalogue):
    chatter, hall = catalogue["chatter"], catalogue["hall"]
    listed = get(client, "services").json()
    schemas.check("services", listed)
    assert listed["total_items"] == 3

    full = get(client, f"services/{chatter.uuid}").json()
    schemas.check("service", full)
    assert full["id"] == str(chatter.uuid)
    assert full["organization"]["name"] == "Hollowbrook Speech Trust"
    assert (full["minimum_age"], full["maximum_age"]) == (2, 5)
    assert full["assured_date"] == chatter.last_reviewed.isoformat()
    assert full["application_process"] == chatter.how_to_access
    terms = {a["taxonomy_term"]["name"] for a in full["attributes"]}
    assert {"Autism", "Education", "Families can refer themselves", "In our area"} <= terms
    schedules = {(s["byday"], s["opens_at"], s["closes_at"]) for s in full["schedules"]}
    assert schedules == {("MO", "09:00:00", "12:00:00"), ("WE", "13:00:00", "15:00:00")}
    assert all(s["notes"] == "Closed on bank holidays." for s in full["schedules"])
    (sal,) = full["service_at_locations"]
    address = sal["location"]["addresses"][0]
    assert (address["address_1"], address["address_2"], address["city"]) == (
        "14 Lantern Street",
        "Old Town",
        "Brindlemoor",
    )
    assert address["postal_code"] == "BM1 4LS"
    assert sal["location"]["latitude"] == 53.1
    assert sal["location"]["accessibility"][0]["description"] == "Step-free entrance."
    assert full["contacts"][0]["phones"][0]["number"] == "01632 960 111"
    assert full["service_areas"][0]["name"] == "In our area"
    assert full["cost_options"][0]["option"] == "Free"

    swim = get(client, f"services/{catalogue['swim'].uuid}").json()
    schemas.check("service", swim)
    assert swim["service_areas"][0]["name"] == "Outside our area"
    assert swim["cost_options"][0]["amount_description"] == "£3 a session."
    assert swim["eligibility_description"] == "Young people with a physical disability."

    sals = get(client, "service_at_locations").json()
    schemas.check("service_at_locations", sals)
    assert sals["total_items"] == 2
    sal_full = get(client, f"service_at_locations/{hall.uuid}").json()
    schemas.check("service_at_location", sal_full)
    assert sal_full["service"]["id"] == str(chatter.uuid)

    orgs = get(client, "organizations").json()
    schemas.check("organizations", orgs)
    assert orgs["total_items"] == 3  # the draft's organisation has nothing published
    org = get(client, f"organizations/{chatter.organisation.uuid}").json()
    schemas.check("organization", org)
    assert [s["name"] for s in org["services"]] == ["Chatter club"]

    taxonomies = get(client, "taxonomies").json()
    schemas.check("taxonomies", taxonomies)
    for tax in taxonomies["contents"]:
        schemas.check("taxonomy", get(client, f"taxonomies/{tax['id']}").json())
    terms = get(client, "taxonomy_terms", per_page=100).json()
    schemas.check("taxonomy_terms", terms)
    for term in terms["contents"]:
        schemas.check("taxonomy_term", get(client, f"taxonomy_terms/{term['id']}").json())
    autism = get(client, f"taxonomy_terms/{need('autism').uuid}").json()
    assert autism["parent_id"] == str(need("communication-and-interaction").uuid)


def test_drafts_are_never_published(client, catalogue):
    draft = catalogue["draft"]
    assert "Secret draft" not in names(get(client, "services", per_page=100))
    assert get(client, f"services/{draft.uuid}").status_code == 404
    location = draft.locations.get()
    assert get(client, f"service_at_locations/{location.uuid}").status_code == 404
    assert get(client, f"organizations/{draft.organisation.uuid}").status_code == 404
    body = get(client, "service_at_locations", per_page=100).content.decode()
    assert "Secret draft" not in body


def test_ids_stay_the_same_when_a_name_or_slug_changes(client, catalogue):
    chatter = catalogue["chatter"]
    before = get(client, f"services/{chatter.uuid}").json()
    chatter.name, chatter.slug = "Chatter club for under-fives", "chatter-under-fives"
    service_save(service=chatter)
    from core import pagecache

    pagecache.reset()
    after = get(client, f"services/{chatter.uuid}").json()
    assert after["name"] == "Chatter club for under-fives"
    assert after["id"] == before["id"]
    assert [s["id"] for s in after["schedules"]] == [s["id"] for s in before["schedules"]]
    assert [a["id"] for a in after["attributes"]] == [a["id"] for a in before["attributes"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Advice line", "Chatter club", "Teen swim"]),
        ({"minimum_age": "12"}, ["Advice line", "Teen swim"]),
        ({"maximum_age": "4"}, ["Advice line", "Chatter club"]),
        ({"minimum_age": "6", "maximum_age": "10"}, ["Advice line"]),
        ({"minimum_age": "5", "maximum_age": "5"}, ["Advice line", "Chatter club"]),
        ({"day": "MO"}, ["Chatter club"]),
        ({"day": "saturday"}, ["Teen swim"]),
        ({"day": "TU"}, []),
        ({"start_time": "10:00"}, ["Chatter club", "Teen swim"]),
        ({"start_time": "13:00"}, ["Chatter club"]),
        ({"end_time": "12:00"}, ["Chatter club", "Teen swim"]),
        ({"day": "MO", "start_time": "10:00"}, []),
        ({"day": "WE", "start_time": "12:00", "end_time": "15:00"}, ["Chatter club"]),
        ({"search": "swim"}, ["Teen swim"]),
        ({"search": "chater"}, ["Chatter club"]),
        ({"search": "ASD"}, ["Chatter club"]),
        ({"search": "swim", "minimum_age": "19"}, []),
    ],
)
def test_filters_combine(client, catalogue, params, expected):
    assert sorted(names(get(client, "services", **params))) == expected


def test_taxonomy_filters(client, catalogue):
    autism = str(need("autism").uuid)
    broad = str(need("communication-and-interaction").uuid)
    assert names(get(client, "services", taxonomy_term_id=autism)) == ["Chatter club"]
    assert names(get(client, "services", taxonomy_term_id=broad)) == ["Chatter club"]
    education = str(area("education").uuid)
    assert names(get(client, "services", taxonomy_term_id=education)) == ["Chatter club"]
    out = ids.fixed_term(ids.WHERE, "out_of_area").id
    assert names(get(client, "services", taxonomy_term_id=out)) == ["Teen swim"]
    targeted = ids.fixed_term(ids.LEVEL, "targeted").id
    assert names(get(client, "services", taxonomy_term_id=targeted, minimum_age=12)) == [
        "Teen swim"
    ]
    needs_taxonomy = ids.TAXONOMIES[ids.NEEDS].id
    assert names(get(client, "services", taxonomy_id=needs_taxonomy)) == [
        "Chatter club",
        "Teen swim",
    ]
    access = ids.TAXONOMIES[ids.ACCESS].id
    assert names(get(client, "services", taxonomy_id=access)) == ["Chatter club"]
    unknown = "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    assert names(get(client, "services", taxonomy_term_id=unknown)) == []
    assert names(
        get(client, "services", organization_id=str(catalogue["chatter"].organisation.uuid))
    ) == ["Chatter club"]
    sals = get(client, "service_at_locations", taxonomy_term_id=autism, day="WE").json()
    schemas.check("service_at_locations", sals)
    assert [s["location"]["name"] for s in sals["contents"]] == ["Lantern Hall"]
    terms = get(client, "taxonomy_terms", taxonomy_id=ids.TAXONOMIES[ids.LEVEL].id).json()
    assert [t["name"] for t in terms["contents"]] == [
        "Universal (open to everyone)",
        "Targeted (extra support for some)",
        "Specialist (longer-term specialised support)",
    ]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"page": "0"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page": "abc"}, "page"),
        ({"per_page": "0"}, "per_page"),
        ({"per_page": "1000"}, "per_page"),
        ({"per_page": "abc"}, "per_page"),
        ({"per_page": "1e3"}, "per_page"),
        ({"page": "99999999999999999999"}, "page"),
        ({"minimum_age": "five"}, "minimum_age"),
        ({"minimum_age": "nan"}, "minimum_age"),
        ({"maximum_age": "-3"}, "maximum_age"),
        ({"minimum_age": "10", "maximum_age": "5"}, "minimum_age"),
        ({"day": "Funday"}, "day"),
        ({"start_time": "25:00"}, "start_time"),
        ({"end_time": "noon"}, "end_time"),
        ({"start_time": "15:00", "end_time": "09:00"}, "start_time"),
        ({"taxonomy_term_id": "autism"}, "taxonomy_term_id"),
        ({"taxonomy_id": "1'; DROP TABLE x"}, "taxonomy_id"),
        ({"postcode": "not a postcode"}, "postcode"),
        ({"postcode": "BM9 9ZZ"}, "postcode"),  # the right shape, but not one we know
        ({"proximity": "1000"}, "proximity"),  # no postcode to measure from
        ({"postcode": "BM1 4LS", "proximity": "abc"}, "proximity"),
        ({"postcode": "BM1 4LS", "proximity": "0"}, "proximity"),
        ({"postcode": "BM1 4LS", "proximity": "-5"}, "proximity"),
        ({"postcode": "BM1 4LS", "proximity": "nan"}, "proximity"),
        ({"postcode": "BM1 4LS", "proximity": "1e9"}, "proximity"),
        ({"search": "x" * 500}, "search"),
    ],
)
def test_bad_parameters_get_a_clear_400(client, catalogue, params, parameter):
    for endpoint in ("services", "service_at_locations"):
        response = get(client, endpoint, **params)
        assert response.status_code == 400, (endpoint, params)
        body = response.json()
        assert body["status"] == 400
        assert body["parameter"] == parameter
        assert parameter in body["message"]


def test_paging(client, catalogue):
    first = get(client, "services", per_page=2).json()
    assert first["contents"] and first["size"] == 2
    assert (first["total_items"], first["total_pages"], first["page_number"]) == (3, 2, 1)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    second = get(client, "services", per_page=2, page=2).json()
    assert (second["size"], second["first_page"], second["last_page"]) == (1, False, True)
    names_seen = [s["name"] for s in first["contents"] + second["contents"]]
    assert sorted(names_seen) == ["Advice line", "Chatter club", "Teen swim"]
    past = get(client, "services", per_page=2, page=5).json()
    schemas.check("services", past)
    assert (past["contents"], past["empty"], past["size"], past["last_page"]) == ([], True, 0, True)
    one = get(client, "services", per_page=1).json()
    assert one["total_pages"] == 3
    assert get(client, "services", per_page=100).json()["size"] == 3
    empty = get(client, "services", day="TU").json()
    assert (empty["total_items"], empty["total_pages"], empty["empty"]) == (0, 0, True)
    for endpoint in ("taxonomies", "taxonomy_terms", "organizations"):
        assert get(client, endpoint, per_page="0").status_code == 400
        assert get(client, endpoint, page="2", per_page="1").json()["page_number"] == 2


def test_unknown_ids_and_addresses_are_json_404s(client, catalogue):
    for path in [
        "services/3f7b145d-84af-42d7-8fae-eaca714b02b2",
        "services/not-a-uuid",
        "services/" + "9" * 300,
        "service_at_locations/abc",
        "organizations/3f7b145d-84af-42d7-8fae-eaca714b02b2",
        "taxonomies/abc",
        "taxonomy_terms/3f7b145d-84af-42d7-8fae-eaca714b02b2",
        "locations",
        "services/%00",
    ]:
        response = get(client, path)
        assert response.status_code == 404, path
        assert response.json()["status"] == 404


def test_cors_methods_and_caching_headers(client, catalogue):
    response = get(client, "services")
    assert response["Cache-Control"].startswith("public")
    etag = response["ETag"]
    assert etag
    again = client.get(API + "services", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"
    assert not again.content
    # Another query string is another resource.
    assert get(client, "services", per_page=1)["ETag"] != etag

    preflight = client.options(API + "services", HTTP_ORIGIN="https://example.org")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]

    posted = client.post(API + "services", {"name": "x"})
    assert posted.status_code == 405
    assert posted.json()["status"] == 405
    assert posted["Access-Control-Allow-Origin"] == "*"


def test_etag_and_last_modified_follow_the_directory_version(client, catalogue):
    from core import pagecache
    from directory.services import directory_changed

    first = get(client, "services")
    directory_changed()
    pagecache.reset()
    second = get(client, "services")
    assert second["ETag"] != first["ETag"]
    assert second["Last-Modified"].endswith("GMT")
    stale = client.get(API + "services", HTTP_IF_NONE_MATCH=first["ETag"])
    assert stale.status_code == 200


def test_rate_limit_per_client(client, catalogue, settings):
    settings.OPEN_DATA_RATE_LIMIT = 3
    for _ in range(3):
        assert get(client, "taxonomies").status_code == 200
    limited = get(client, "taxonomies")
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert limited.json()["status"] == 429
    other = client.get(API + "taxonomies", REMOTE_ADDR="192.0.2.9")
    assert other.status_code == 200


def _count_queries(client, path):
    from core import pagecache

    pagecache.reset()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(API + path)
    assert response.status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_page(client, catalogue, django_assert_max_num_queries):
    few = {
        "services?per_page=100": _count_queries(client, "services?per_page=100"),
        "service_at_locations?per_page=100": _count_queries(
            client, "service_at_locations?per_page=100"
        ),
        "organizations?per_page=100": _count_queries(client, "organizations?per_page=100"),
        f"organizations/{catalogue['chatter'].organisation.uuid}": None,
        "taxonomy_terms?per_page=100": _count_queries(client, "taxonomy_terms?per_page=100"),
    }
    org = catalogue["chatter"].organisation
    for i in range(30):
        service = ServiceFactory(
            name=f"Extra {i}", organisation=org, needs=[need("autism")], areas=[area("health")]
        )
        OpeningTimeFactory(
            location=LocationFactory(service=service), opens=time(9), closes=time(10)
        )
    few[f"organizations/{org.uuid}"] = _count_queries(client, f"organizations/{org.uuid}")
    for path, before in few.items():
        with django_assert_max_num_queries(8):
            after = _count_queries(client, path)
        if before is not None:
            assert after == before, path
        print(path, after)
    # A full service: service, needs, areas, locations, opening times (+ version, rate limit).
    with django_assert_max_num_queries(7):
        client.get(f"{API}services/{catalogue['chatter'].uuid}")


def test_every_demo_service_validates(client, settings):
    """Every published demo service, through every endpoint, against the schemas."""
    from django.core.management import call_command

    settings.OPEN_DATA_RATE_LIMIT = 0  # hundreds of requests in a few seconds

    call_command("seed_demo", "--if-empty", stdout=open("/dev/null", "w"))  # noqa: SIM115
    validated = 0
    published = Service.objects.published().count()
    assert published > 100
    seen = []
    page = 1
    while True:
        data = get(client, "services", per_page=100, page=page).json()
        validated += schemas.check("services", data)
        seen += [s["id"] for s in data["contents"]]
        if data["last_page"]:
            break
        page += 1
    assert len(seen) == len(set(seen)) == published
    for service_id in seen:
        validated += schemas.check("service", get(client, f"services/{service_id}").json())
    sal_ids = []
    page = 1
    while True:
        data = get(client, "service_at_locations", per_page=100, page=page).json()
        validated += schemas.check("service_at_locations", data)
        sal_ids += [s["id"] for s in data["contents"]]
        if data["last_page"]:
            break
        page += 1
    for sal_id in sal_ids:
        validated += schemas.check(
            "service_at_location", get(client, f"service_at_locations/{sal_id}").json()
        )
    orgs = get(client, "organizations", per_page=100).json()
    validated += schemas.check("organizations", orgs)
    for org in orgs["contents"]:
        validated += schemas.check("organization", get(client, f"organizations/{org['id']}").json())
    terms = get(client, "taxonomy_terms", per_page=100).json()
    validated += schemas.check("taxonomy_terms", terms)
    for term in terms["contents"]:
        validated += schemas.check(
            "taxonomy_term", get(client, f"taxonomy_terms/{term['id']}").json()
        )
    print(f"validated {validated} objects from {published} published demo services")


@pytest.fixture
def postcodes(db):
    from tests.postcodes.factories import PostcodeFactory

    PostcodeFactory(postcode="BM1 4LS", outward="BM1", latitude=53.1, longitude=-1.5)
    PostcodeFactory(postcode="BM3 1AA", outward="BM3", latitude=53.2, longitude=-1.5)


def test_a_postcode_lists_services_nearest_first_then_those_without_a_distance(
    client, catalogue, postcodes
):
    far = ServiceFactory(name="Far club", min_age=0, max_age=25)
    LocationFactory(service=far, name="Far Hall", latitude="53.500000", longitude="-1.500000")
    listed = names(get(client, "services", postcode="bm31aa"))
    # Chatter club's hall is 6.9 miles away, Far Hall 20.7; the swim's pool has no
    # coordinates and the advice line is by phone: those follow, by name.
    assert listed == ["Chatter club", "Far club", "Advice line", "Teen swim"]


def test_proximity_keeps_services_that_close_and_those_offered_online_or_by_phone(
    client, catalogue, postcodes
):
    far = ServiceFactory(name="Far club", min_age=0, max_age=25)
    LocationFactory(service=far, name="Far Hall", latitude="53.500000", longitude="-1.500000")
    assert names(get(client, "services", postcode="BM3 1AA", proximity="12000")) == [
        "Chatter club",
        "Advice line",
    ]
    assert names(get(client, "services", postcode="BM3 1AA", proximity="40000")) == [
        "Chatter club",
        "Far club",
        "Advice line",
    ]


def test_proximity_combines_with_the_other_filters(client, catalogue, postcodes):
    listed = names(get(client, "services", postcode="BM1", proximity="1000", minimum_age="20"))
    assert listed == ["Advice line"]


def test_service_at_locations_near_a_postcode_measures_each_place(client, catalogue, postcodes):
    far = ServiceFactory(name="Far club", min_age=0, max_age=25)
    LocationFactory(service=far, name="Far Hall", latitude="53.500000", longitude="-1.500000")
    response = get(client, "service_at_locations", postcode="BM3 1AA", proximity="12000")
    assert response.status_code == 200
    body = response.json()
    schemas.check("service_at_locations", body)
    assert [item["location"]["name"] for item in body["contents"]] == ["Lantern Hall"]
    everything = get(client, "service_at_locations", postcode="BM3 1AA").json()["contents"]
    assert [item["location"]["name"] for item in everything][:2] == ["Lantern Hall", "Far Hall"]


@pytest.mark.parametrize(
    "params",
    [
        {"postcode": "BM1 4LS"},
        {"postcode": "BM1 4LS", "proximity": "6000"},
        {"postcode": "BM1", "search": "club"},
        {"postcode": "BM1 4LS", "proximity": "9000", "minimum_age": "8"},
    ],
)
def test_nearest_first_pages_follow_the_distance_order(client, postcodes, params):
    # Pages are put in order by one pass over the venues (directory.search.near); across
    # pages they must give every match once, in the order of each service's nearest venue.
    import random
    from decimal import Decimal

    from openreferral.params import service_filters
    from openreferral.selectors import filter_services
    from postcodes.geo import haversine_miles

    rng = random.Random(7)
    for number in range(40):
        service = ServiceFactory(
            name=f"{rng.choice(['Club', 'Group', 'Advice'])} {number}",
            min_age=rng.randint(0, 10),
            max_age=25,
            where_offered=rng.choice(["in_area", "in_area", "remote"]),
        )
        for _ in range(rng.randint(0, 2)):
            LocationFactory(
                service=service,
                latitude=Decimal(f"{53.1 + rng.uniform(-0.1, 0.1):.6f}"),
                longitude=Decimal(f"{-1.5 + rng.uniform(-0.15, 0.15):.6f}"),
            )
    listed, page = [], 1
    while True:
        data = get(client, "services", per_page=7, page=page, **params).json()
        listed += [item["id"] for item in data["contents"]]
        if data["last_page"]:
            break
        page += 1
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    query.update(params)
    expected, _ = filter_services(Service.objects.published(), service_filters(query))
    expected = [str(uuid) for uuid in expected.values_list("uuid", flat=True)]
    assert sorted(listed) == sorted(expected)
    assert len(listed) > 7 and len(set(listed)) == len(listed)
    # In order of distance to the nearest venue; after them, by name, those without one
    # (and, within a proximity, those kept because they are online or by phone though
    # their venue is further away: as on the website, they have no distance).
    within = int(params["proximity"]) / 1609.344 if "proximity" in params else None
    if within is None:
        assert listed == expected
    miles = []
    for uuid in listed:
        venues = Service.objects.get(uuid=uuid).locations.exclude(latitude=None)
        miles.append(
            min(
                (
                    haversine_miles(53.1, -1.5, float(v.latitude), float(v.longitude))
                    for v in venues
                ),
                default=None,
            )
        )
    miles = [None if m is None or (within and m > within) else m for m in miles]
    known = [m for m in miles if m is not None]
    assert known == sorted(known) and miles[: len(known)] == known
    rest = [Service.objects.get(uuid=uuid).name for uuid in listed[len(known) :]]
    assert rest == sorted(rest)


def test_search_within_a_proximity_matches_words_among_the_services_in_reach(client, postcodes):
    # All the words match only a service 20 miles away; within 5 km the search falls back
    # to any of the words, as the website's search does, rather than finding nothing.
    far = ServiceFactory(name="Splashing club", summary="Swimming for everyone.")
    LocationFactory(service=far, name="Far Pool", latitude="53.500000", longitude="-1.500000")
    near = ServiceFactory(name="Splashing babies", summary="Water play.")
    LocationFactory(service=near, name="Near Pool", latitude="53.201000", longitude="-1.500000")
    params = {"postcode": "BM3 1AA", "search": "splashing club"}
    assert names(get(client, "services", **params)) == ["Splashing club"]
    assert names(get(client, "services", proximity="5000", **params)) == ["Splashing babies"]
    located = get(client, "service_at_locations", proximity="5000", **params).json()
    assert [item["location"]["name"] for item in located["contents"]] == ["Near Pool"]
