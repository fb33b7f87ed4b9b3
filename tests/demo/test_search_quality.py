"""Search answers parents' judged queries (demo/search_quality.toml) well enough."""

import io

import pytest
from django.core.management import call_command

from demo.search_quality import FLOOR_SUCCESS_AT_3, evaluate, load_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())


def test_the_judged_set_has_at_least_60_queries_each_with_an_answer():
    queries = load_queries()
    assert len(queries) >= 60
    assert all(q["top3"] for q in queries)


def test_search_meets_the_floor_on_the_judged_queries(demo):
    scores = evaluate()
    misses = [(j.q, j.results[:3]) for j in scores.judged if not j.success_at_3]
    assert scores.success_at_3 >= FLOOR_SUCCESS_AT_3, misses


def test_the_command_prints_the_three_measures(demo):
    out = io.StringIO()
    call_command("search_quality", stdout=out)
    assert "success@3" in out.getvalue()
    assert "success@10" in out.getvalue()
    assert "MRR" in out.getvalue()
