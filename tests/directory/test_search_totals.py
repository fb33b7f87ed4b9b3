"""The result total comes from the filter-count query (no separate COUNT). On a generated
directory, for many searches, it must equal an independent COUNT of the results, and the
pages must hold exactly that many services, each once."""

import random
from decimal import Decimal

import pytest

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
        seen = []
        for number in range(1, found.page.paginator.num_pages + 1):
            seen += [s.pk for s in search_services(params, page_number=number).page.object_list]
        assert len(seen) == len(set(seen)) == found.total, params
        totals.append(found.total)
    assert max(totals) > RESULTS_PER_PAGE  # more than one page, so paging is exercised
    assert 0 in totals and len(set(totals)) > 5  # and the searches differ
