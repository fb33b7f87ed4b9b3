"""Service.need_ranks: each service's rank for a search for each need, stored so that a
search for a need's name need not work it out for every match (ADR 8 item 44).

The stored ranks must equal the ranks worked out from the service's search vector as the
database generates it, after every kind of edit; and a search for a need must give the
same results, in the same order, whether the ranks are stored or worked out.
"""

import random

import pytest
from django.contrib.postgres.search import SearchRank
from django.db import connection
from django.db.models import Case, F, When
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext

from directory.models import Need, NeedSynonym, SearchSynonym, Service
from directory.search import search_services
from directory.search.query import ID_BITS_MAX, RANK_WEIGHTS, need_match_queries
from directory.services import record_delete, record_save, service_save
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def _mismatches() -> list[tuple[int, int, float | None, float | None]]:
    """(service, need, stored, worked out) wherever the stored rank is not the rank of the
    service's generated search vector for a search for the need."""
    wrong = []
    for need_id, tsquery in need_match_queries(connection).items():
        if need_id > ID_BITS_MAX:
            continue  # ranks are stored for ids 1 to 62 only
        rows = Service.objects.annotate(
            live=Case(
                When(
                    search_vector=tsquery,
                    then=SearchRank(F("search_vector"), tsquery, weights=RANK_WEIGHTS),
                ),
                default=None,
            ),
            stored=RawSQL("need_ranks[%s]", [need_id]),
        ).values_list("pk", "live", "stored")
        wrong += [(pk, need_id, stored, live) for pk, live, stored in rows if live != stored]
    return wrong


@pytest.fixture
def services():
    rng = random.Random(5)
    needs = list(Need.objects.all())
    words = ["autism", "speech", "club", "ASD", "deaf", "dyslexia", "play", "sensory"]
    made = []
    for number in range(30):
        made.append(
            ServiceFactory(
                name=f"{rng.choice(words).title()} group {number}",
                summary=" ".join(rng.sample(words, 3)),
                description=" ".join(rng.choices(words, k=rng.randint(1, 12))),
                needs=rng.sample(needs, rng.randint(0, 3)),
            )
        )
    return made


def test_stored_ranks_equal_the_generated_vectors_ranks_after_each_kind_of_edit(services):
    assert Service.objects.filter(need_ranks__len__gt=0).count() == len(services)
    assert not _mismatches()
    matched = sum(
        1 for ranks in Service.objects.values_list("need_ranks", flat=True) for r in ranks if r
    )
    assert matched > 20  # services do match needs, so the comparison means something

    autism = Need.objects.get(slug="autism")
    first, second, third = services[:3]
    # The name and the description (weights A and C of the vector).
    first.name = "Autism and ASD drop-in"
    first.description = "Autistic spectrum support, autism friendly."
    service_save(service=first)
    assert not _mismatches()
    # The needs the service is tagged with (their names and synonyms are in its text).
    service_save(service=second, needs=[autism])
    service_save(service=third, needs=[])
    assert not _mismatches()
    # A new synonym for a need, a renamed need, a synonym removed.
    synonym = record_save(record=NeedSynonym(need=autism, term="club"))
    assert not _mismatches()
    autism.name = "Autism and social communication"
    record_save(record=autism)
    assert not _mismatches()
    record_delete(record=synonym)
    assert not _mismatches()


def _pages(params: dict) -> tuple[int, list[int]]:
    found = search_services(params)
    ids = [s.pk for s in found.page.object_list]
    for number in range(2, found.page.paginator.num_pages + 1):
        ids += [s.pk for s in search_services(params, page_number=number).page.object_list]
    return found.total, ids


SEARCHES = [
    {"q": "autism"},
    {"q": "ASD"},
    {"q": "autistic spectrum"},
    {"q": "deaf"},
    {"q": "dyslexia"},
    {"q": "autism", "age": "9"},
    {"q": "help for my son with autism age 9"},
]


def test_need_searches_give_the_same_results_with_stored_or_worked_out_ranks(services):
    for number in range(30, 60):  # more than a page for "autism"
        ServiceFactory(
            name=f"Club {number}",
            summary="autism " * (number % 4) + "friendly",
            needs=[Need.objects.get(slug="autism")] if number % 3 else [],
        )
    stored = {}
    for params in SEARCHES:
        with CaptureQueriesContext(connection) as queries:
            stored[str(params)] = _pages(params)
        assert any("need_ranks[" in q["sql"] for q in queries), params  # the stored ranks
    assert max(total for total, _ in stored.values()) > 20

    # Every stored rank gone: the search works each one out, with the same results.
    Service.objects.update(need_ranks=[])
    for params in SEARCHES:
        assert _pages(params) == stored[str(params)], params


def test_a_need_term_with_search_synonyms_is_ranked_as_it_goes(services):
    # "ASD" also means "autism outreach" here: the alternatives are no longer the need's
    # own, so its stored ranks do not apply.
    record_save(record=SearchSynonym(term="ASD", means="autism outreach"))
    with CaptureQueriesContext(connection) as queries:
        found = search_services({"q": "ASD"})
    assert found.total
    assert not any("need_ranks[" in q["sql"] for q in queries)
    # The need's other terms still use them.
    with CaptureQueriesContext(connection) as queries:
        search_services({"q": "autism"})
    assert any("need_ranks[" in q["sql"] for q in queries)


@pytest.mark.parametrize("every_service", [True, False])
def test_a_refresh_waits_for_another_writer_and_ranks_its_committed_text(
    transactional_db, every_service
):
    # Another connection changes a service's name (its generated vector with it) and has
    # not committed yet when the refresh starts. The refresh must wait for it and store
    # the ranks of the committed name, not of the name it would have read at its start.
    import threading

    import psycopg

    from directory.services import service_refresh_index

    # A need of its own with an id that has a stored rank (1 to 62): tests that flush the
    # database seed the needs again under ever larger ids.
    free = min(set(range(1, ID_BITS_MAX + 1)) - set(Need.objects.values_list("pk", flat=True)))
    need = record_save(record=Need(pk=free, name="Splashing", slug="splashing-test"))
    record_save(record=NeedSynonym(need=need, term="water play"))
    service = ServiceFactory(name="Swimming club", summary="Swimming", needs=[need])
    assert not _mismatches()
    other = psycopg.connect(**connection.get_connection_params())
    try:
        other.execute(
            "UPDATE directory_service SET name = 'Splashing and water play' WHERE id = %s",
            [service.pk],
        )
        timer = threading.Timer(0.5, other.commit)
        timer.start()
        service_refresh_index(service_ids=None if every_service else [service.pk])
        timer.join()
    finally:
        other.close()
    service.refresh_from_db()
    assert service.name == "Splashing and water play"
    assert service.need_ranks[free - 1] is not None  # a stored rank was compared
    assert not _mismatches()
