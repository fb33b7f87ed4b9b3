"""How the search's SQL is planned: the words are hidden from the planner's estimate, and a
search whose words find something asks the database only once about its matches."""

import json

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext

from directory.models import Service
from directory.search import search_services
from directory.search.engine import _match_condition
from directory.search.query import build_keyword_query
from directory.search.reference import search_reference
from tests.factories import ServiceFactory, need

pytestmark = pytest.mark.django_db


@pytest.fixture
def autism_services():
    autism = need("autism")
    for number in range(60):
        ServiceFactory(name=f"Social group {number}", summary="Meet others", needs=[autism])
    for number in range(60):
        ServiceFactory(name=f"Swimming lessons {number}", summary="In the pool")
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Service._meta.db_table}")


def estimated_rows(queryset) -> float:
    return json.loads(queryset.explain(format="json"))[0]["Plan"]["Plan Rows"]


def test_the_planner_does_not_estimate_from_the_words(autism_services):
    # "autism" is widened to its need's synonyms, which appear together in the search
    # text of every service tagged with the need. Estimating from the words, PostgreSQL
    # treats them as independent and expects nearly every service to match, which at
    # 100,000 services turned the GIN index scan into a sequential scan (ADR 0008, 31).
    reference = search_reference()
    keyword = build_keyword_query(["autism"], reference.needs, reference.synonyms)
    published = Service.objects.published()
    matches = published.filter(_match_condition(keyword)).count()
    assert matches == 60
    from_the_words = estimated_rows(published.filter(Q(search_vector=keyword.compiled_tsquery())))
    hidden = estimated_rows(published.filter(_match_condition(keyword)))
    assert from_the_words > 100  # the overestimate the hidden form avoids
    assert hidden < 10  # PostgreSQL's fixed guess for a text search it cannot read


def test_words_that_find_something_are_not_checked_first(autism_services):
    # The counting pass says whether the words as typed find anything, so no separate
    # "does anything match?" query runs before it; words that find nothing together
    # still fall back to any of them.
    search_services({"q": "play"})  # reference data read and kept for the version
    with CaptureQueriesContext(connection) as queries:
        found = search_services({"q": "autism"})
    assert found.total == 60
    services = [q["sql"] for q in queries if '"directory_service"' in q["sql"]]
    assert len(services) == 2  # the counting pass (with the page's ids), the page's rows
    assert "@@ (SELECT" in services[0]
    assert not [sql for sql in services if sql.startswith('SELECT 1 AS "a"')]
    any_word = search_services({"q": "autism zzqxj"})
    assert any_word.matched_any_word
    assert any_word.total == 60
    assert (any_word.corrected_query, any_word.suggestion) == ("", "")


def test_later_pages_ranked_by_words_are_read_the_ordinary_way(autism_services, monkeypatch):
    # The counting pass picks the first ONE_PASS_PAGES pages; later ones are read by
    # ordering the matches. Both must give the ranked order, page by page.
    from directory.search import engine

    first = search_services({"q": "autism"})
    ranked = list(first.page.paginator.object_list.values_list("pk", flat=True))
    assert first.page.paginator.num_pages == 3
    for one_pass_pages in (1, 50):
        monkeypatch.setattr(engine, "ONE_PASS_PAGES", one_pass_pages)
        pages = [
            [s.pk for s in search_services({"q": "autism"}, page_number=n).page.object_list]
            for n in (1, 2, 3)
        ]
        assert [pk for page in pages for pk in page] == ranked, one_pass_pages
