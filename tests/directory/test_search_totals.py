"""The result total comes from the filter-count query (no separate COUNT). On a generated
directory, for many searches, it must equal an independent COUNT of the results, and the
pages must hold exactly that many services, each once."""

import random
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import AreaOfProvision, Need, Service
from directory.search import search_services
from directory.search.engine import RESULTS_PER_PAGE
from tests.factories import LocationFactory, ServiceFactory
from tests.postcodes.factories import PostcodeFactory

pytestmark = pytest.mark.django_db

SEARCHES = [
    {},
    {"q": "speech"},
    {"q": "autism"},
    {"q": "speach"},
    {"q": "club for my 7 year old"},
    {"age": "7"},
    {"age_group": ["0-5", "16-25"]},
    {"need": ["autism", "hearing-impairment"], "level": "targeted"},
    {"area": "health", "free": "on"},
    {"self_refer": "on", "where": "in_area"},
    {"q": "support", "age": "12", "need": "autism"},
    {"postcode": "BM1 4LS"},
    {"age": "4", "area": "education", "level": ["universal", "specialist"]},
    {"where": "remote", "free": "on", "self_refer": "on"},
    {"age_group": "11-16", "need": "autism", "area": "health", "sort": "name"},
    {"postcode": "BM1 4LS", "within": "3"},
    {"postcode": "BM1", "within": "1", "q": "club"},
    {"postcode": "BM1 4LS", "within": "5", "area": "education", "sort": "name"},
    {"q": "zzqxj"},
    {"age": "99"},
]


@pytest.fixture
def directory():
    rng = random.Random(13)
    needs = list(Need.objects.all())
    areas = list(AreaOfProvision.objects.all())
    words = ["speech", "autism", "club", "support", "therapy", "play", "advice"]
    PostcodeFactory(postcode="BM1 4LS", outward="BM1", latitude=53.742, longitude=-1.912)
    for number in range(70):
        low = rng.randint(0, 20)
        service = ServiceFactory(
            name=f"{rng.choice(words).title()} service {number}",
            summary=" ".join(rng.sample(words, 3)),
            min_age=low,
            max_age=rng.randint(low, 25),
            level=rng.choice(Service.Level.values),
            where_offered=rng.choice(Service.WhereOffered.values),
            is_free=(free := rng.random() < 0.5),
            cost_details="" if free else "A small charge for each session.",
            eligibility="Children and young people who live in the area.",
            self_referral=rng.random() < 0.5,
            status="published" if rng.random() < 0.9 else "draft",
            needs=rng.sample(needs, rng.randint(0, 3)),
            areas=rng.sample(areas, rng.randint(0, 2)),
        )
        for _ in range(rng.randint(0, 2)):
            LocationFactory(
                service=service,
                latitude=Decimal(f"{53.742 + rng.uniform(-0.08, 0.08):.6f}"),
                longitude=Decimal(f"{-1.912 + rng.uniform(-0.12, 0.12):.6f}"),
            )


def test_the_total_matches_an_independent_count_and_the_pages(directory):
    # One generated directory for every search (building it is the slow part).
    totals = []
    for params in SEARCHES:
        found = search_services(params)
        independent = found.page.paginator.object_list.count()  # the COUNT no longer run
        assert found.total == independent, params
        seen, distances = [], []
        for number in range(1, found.page.paginator.num_pages + 1):
            page = search_services(params, page_number=number).page.object_list
            seen += [s.pk for s in page]
            distances += [getattr(s, "distance", None) for s in page]
        assert len(seen) == len(set(seen)) == found.total, params
        if found.sort == "distance":  # nearest first across pages, no distance last
            known = [d for d in distances if d is not None]
            assert known == sorted(known) and distances[: len(known)] == known, params
        totals.append(found.total)
    assert max(totals) > RESULTS_PER_PAGE  # more than one page, so paging is exercised
    assert 0 in totals and len(set(totals)) > 5  # and the searches differ


def test_precounted_filter_counts_equal_live_counts(directory):
    # Searches without words or a distance count from FacetCombination; the same searches
    # counted live over directory_service must give the same totals and option counts.
    from directory.models import FacetCombination
    from directory.search.conditions import FilterConditions
    from directory.search.facets import facet_counts

    needs, areas = list(Need.objects.in_tree_order()), list(AreaOfProvision.objects.all())
    plain = [p for p in SEARCHES if not p.get("q") and not p.get("within")]
    assert len(plain) >= 8
    for params in plain:
        found = search_services(params)
        conditions = FilterConditions(data=found.filterset.cleaned_data(), needs=needs, areas=areas)
        live = facet_counts(conditions, Service.objects.published())
        assert (found.facets, found.total) == (live.facets, live.total), params
    # The counts came from the combinations, with no live count over directory_service.
    with CaptureQueriesContext(connection) as queries:
        search_services({"need": "autism"})
    counting = [q["sql"] for q in queries.captured_queries if "FILTER (WHERE" in q["sql"]]
    assert len(counting) == 1 and "directory_facetcombination" in counting[0]
    # Built once: a few rows standing for many services.
    combos = FacetCombination.objects.all()
    assert combos.count() > 0 and sum(c.services for c in combos) == (
        Service.objects.published().count()
    )


def test_precounted_counts_follow_every_change(directory):
    before = search_services({"need": "autism"})
    autism = Need.objects.get(slug="autism")
    ServiceFactory(name="A new autism group", needs=[autism], min_age=3, max_age=9)
    after = search_services({"need": "autism"})
    assert after.total == before.total + 1
    assert after.facets["age_group"]["5-11"] == before.facets["age_group"]["5-11"] + 1
    withdrawn = Service.objects.published().filter(need_ids__contains=[autism.pk]).first()
    from directory.services import service_save

    withdrawn.status = Service.Status.ARCHIVED
    service_save(service=withdrawn)
    assert search_services({"need": "autism"}).total == after.total - 1


def test_precounted_combinations_are_not_rebuilt_while_up_to_date(directory):
    # A replica behind the primary reports them out of date; rebuild() checks the primary.
    from directory.search import precounted

    search_services({"need": "autism"})  # builds them
    with CaptureQueriesContext(connection) as queries:
        assert precounted.rebuild() is False
    assert not [q for q in queries.captured_queries if "INSERT" in q["sql"]]
    ServiceFactory(name="A new autism group")  # moves the content version
    assert precounted.rebuild() is True
    assert precounted.rebuild() is False


def test_each_need_and_area_count_equals_an_independent_count(directory):
    # Needs and areas are counted by bits (ids 1 to 62) or, for a larger id, in the array:
    # both must give what a plain COUNT gives, live and pre-counted.
    from directory.search.conditions import ID_BITS_MAX, FilterConditions
    from directory.search.facets import facet_counts

    autism = Need.objects.get(slug="autism")
    late = Need.objects.create(
        pk=ID_BITS_MAX + 438, name="A need added late", slug="late", broad_area=autism.broad_area
    )
    for number in range(3):
        ServiceFactory(name=f"Late need service {number}", needs=[late, autism])
    needs, areas = list(Need.objects.in_tree_order()), list(AreaOfProvision.objects.all())
    published = Service.objects.published()
    precounted = search_services({})
    live = facet_counts(
        FilterConditions(data=precounted.filterset.cleaned_data(), needs=needs, areas=areas),
        published,
    )
    for need in needs:
        expected = published.filter(need_ids__contains=[need.pk]).count()
        assert precounted.facets["need"][need.slug] == live.facets["need"][need.slug] == expected
    for area in areas:
        expected = published.filter(area_ids__contains=[area.pk]).count()
        assert precounted.facets["area"][area.slug] == live.facets["area"][area.slug] == expected
    assert precounted.facets["need"]["late"] == 3
    assert sum(precounted.facets["need"].values()) > 3  # and the others were counted too


def test_nearest_first_is_the_same_whichever_way_venues_are_read(directory, monkeypatch):
    # Few matches: each match's venues are looked up; many: one pass over every venue.
    from directory.search import near

    def pages(params):
        first = search_services(params)
        return [
            [(s.pk, s.distance) for s in search_services(params, page_number=n).page.object_list]
            for n in range(1, first.page.paginator.num_pages + 1)
        ]

    near_searches = [p for p in SEARCHES if p.get("postcode") and not p.get("within")]
    near_searches += [{"postcode": "BM1 4LS", "need": "autism"}, {"postcode": "BM1", "q": "play"}]
    for params in near_searches:
        monkeypatch.setattr(near, "LOOKUP_EACH_MAX", 10**9)
        looked_up = pages(params)
        monkeypatch.setattr(near, "LOOKUP_EACH_MAX", 0)
        one_pass = pages(params)
        assert looked_up == one_pass, params
        assert sum(len(page) for page in one_pass) > 0, params


def test_keyword_pages_from_the_counting_pass_equal_the_ranked_query(directory):
    # Ranked by words, the page's ids come from the counting pass (facets.PageOrder); they
    # must be the ranked queryset's own order, page by page, and a page number past the
    # end shows the last page.
    keyword_searches = [p for p in SEARCHES if p.get("q") and not p.get("postcode")]
    keyword_searches += [{"q": "speech therapy", "free": "on"}, {"q": "club", "page": "2"}]
    checked = 0
    for params in keyword_searches:
        first = search_services(params)
        if first.sort != "relevance":
            continue
        ranked = list(first.page.paginator.object_list.values_list("pk", flat=True))
        pages = [
            [s.pk for s in search_services(params, page_number=n).page.object_list]
            for n in range(1, first.page.paginator.num_pages + 1)
        ]
        assert [pk for page in pages for pk in page] == ranked, params
        past_the_end = search_services(params, page_number=99).page
        assert [s.pk for s in past_the_end.object_list] == pages[-1], params
        checked += len(ranked)
    assert checked > 2 * RESULTS_PER_PAGE


def test_pages_chosen_by_id_first_equal_the_ordered_query(directory):
    # Without ranking by words (by name, by date reviewed, by how well the filters fit,
    # or any order near a place), the page's ids are chosen first and then only those
    # rows read (engine._page_rows): the same services in the same order as slicing the
    # ordered query, page by page, with the page number past the end showing the last.
    searches = [p for p in SEARCHES if p.get("sort") != "distance"]
    searches += [
        {"need": "autism", "sort": "reviewed"},
        {"age": "9", "need": ["autism", "hearing-impairment"]},
        {"q": "speech", "sort": "name"},
        {"q": "club", "postcode": "BM1 4LS", "sort": "relevance"},
        {"area": "education", "age_group": "0-5", "sort": "relevance"},
    ]
    orders, checked = set(), 0
    for params in searches:
        first = search_services(params)
        if first.sort == "distance" or (
            first.sort == "relevance" and first.query and not first.place
        ):
            continue  # ranked by words alone: the page comes from the counting pass
        ordered = list(first.page.paginator.object_list.values_list("pk", flat=True))
        pages = [
            [s.pk for s in search_services(params, page_number=n).page.object_list]
            for n in range(1, first.page.paginator.num_pages + 1)
        ]
        assert [pk for page in pages for pk in page] == ordered, params
        past_the_end = search_services(params, page_number=99).page
        assert [s.pk for s in past_the_end.object_list] == pages[-1], params
        orders.add(first.sort)
        checked += len(ordered)
        if first.query and first.place and first.sort == "relevance":
            orders.add("words near a place")
    assert orders == {"name", "reviewed", "relevance", "words near a place"}
    assert checked > 3 * RESULTS_PER_PAGE


def test_within_a_distance_the_close_first_try_gives_the_same_pages(directory, monkeypatch):
    # Under "within", nearest first looks close by first (near.FIRST_RADIUS_SHARE); when
    # enough matches are that close it answers from them alone. Every page must be the
    # same as ordering every match, and the close look must sometimes be enough.
    from directory.search import near
    from postcodes.selectors import place_for_postcode

    place = place_for_postcode("BM1 4LS")
    published = Service.objects.published()
    answered_close = 0
    for within in (3.0, 5.0):
        matches = published.filter(near.within_q(place, within)).count()
        for offset in (0, 4, 8):
            monkeypatch.setattr(near, "FIRST_RADIUS_SHARE", 0)
            every = near.nearest_first_ids(
                published, place, within=within, offset=offset, limit=4, matches=matches
            )
            assert len(every) == 4
            for share in (0.3, 1, 4):
                monkeypatch.setattr(near, "FIRST_RADIUS_SHARE", share)
                with CaptureQueriesContext(connection) as queries:
                    close = near.nearest_first_ids(
                        published, place, within=within, offset=offset, limit=4, matches=matches
                    )
                assert close == every, (within, offset, share)
                answered_close += len(queries) == 1 and "LEFT JOIN" not in queries[0]["sql"]
    assert answered_close > 0


def test_nearest_first_without_a_distance_the_first_look_gives_the_same_pages(
    directory, monkeypatch
):
    # Without "within", many matches are first looked for within near.FIRST_PROBE_MILES;
    # when the page's services all have a venue that close, it answers from them alone.
    # Every page must be the same as ordering every match, for several radii, and the
    # close look must sometimes be enough (and sometimes not).
    from directory.search import near
    from postcodes.selectors import place_for_postcode

    monkeypatch.setattr(near, "LOOKUP_EACH_MAX", 0)
    published = Service.objects.published()
    outcomes = set()
    for postcode in ("BM1 4LS", "BM1"):
        place = place_for_postcode(postcode)
        for offset in (0, 4, 12):
            monkeypatch.setattr(near, "FIRST_PROBE_MILES", 0)
            every = near.nearest_first_ids(published, place, within=None, offset=offset, limit=4)
            assert len(every) == 4
            for miles in (0.2, 1.0, 3.0, 50.0):
                monkeypatch.setattr(near, "FIRST_PROBE_MILES", miles)
                with CaptureQueriesContext(connection) as queries:
                    close = near.nearest_first_ids(
                        published, place, within=None, offset=offset, limit=4
                    )
                assert close == every, (postcode, offset, miles)
                outcomes.add(len(queries))
    assert outcomes == {1, 2}  # answered close by, and fell back to every match


def test_every_filter_count_equals_the_total_of_that_search(directory):
    # An option's count is what the page would find with that option as its group's only
    # choice (and every other group's choices kept): the total, counted another way.
    from directory.search.conditions import FACET_GROUPS

    single = {"free": "on", "self_refer": "on"}
    checked = 0
    for params in [p for p in SEARCHES if not p.get("postcode") and not p.get("within")]:
        counts = search_services(params).facets
        for group in FACET_GROUPS:
            for option, count in counts[group].items():
                value = single.get(group, option)
                expected = search_services({**params, group: value}).total
                assert count == expected, (params, group, option)
                checked += count
    assert checked > 1000


def test_while_another_process_rebuilds_the_combinations_searches_count_live(directory):
    # Another process (its own connection) holds the rebuild lock: rebuild() here must not
    # wait for it or rebuild as well, and a search without words still shows the right
    # counts, counted live over directory_service; once the lock is free, it rebuilds.
    import psycopg

    from directory.search import precounted

    ServiceFactory(name="A new autism group", needs=[Need.objects.get(slug="autism")])
    from directory.search.conditions import FilterConditions
    from directory.search.facets import facet_counts

    other = psycopg.connect(**connection.get_connection_params(), autocommit=True)
    try:
        taken = other.execute("SELECT pg_try_advisory_lock(%s)", [precounted._LOCK])
        assert taken.fetchone()[0]
        with connection.cursor() as cursor:
            # A rebuild() that waited for the lock fails here instead of hanging.
            cursor.execute("SET LOCAL lock_timeout = '2s'")
        with CaptureQueriesContext(connection) as queries:
            assert precounted.rebuild() is False
            found = search_services({"need": "autism"})
        assert not [q for q in queries.captured_queries if "INSERT" in q["sql"]]
        counting = [q["sql"] for q in queries.captured_queries if "FILTER (WHERE" in q["sql"]]
        assert any("directory_facetcombination" not in sql for sql in counting)
        autism = Need.objects.get(slug="autism")
        assert (
            found.total
            == Service.objects.published().filter(need_ids__contains=[autism.pk]).count()
        )
        needs, areas = list(Need.objects.in_tree_order()), list(AreaOfProvision.objects.all())
        conditions = FilterConditions(data=found.filterset.cleaned_data(), needs=needs, areas=areas)
        assert found.facets == facet_counts(conditions, Service.objects.published()).facets
        other.execute("SELECT pg_advisory_unlock(%s)", [precounted._LOCK])
        assert precounted.rebuild() is True
    finally:
        other.close()
