"""The planner settings every connection starts with."""

import pytest
from django.db import connection

from core.database import planner_options


@pytest.mark.django_db
def test_connections_assume_fast_random_reads():
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"


def test_the_cost_can_be_changed_or_left_to_the_server(monkeypatch):
    monkeypatch.setenv("DATABASE_RANDOM_PAGE_COST", "2")
    config = planner_options({"OPTIONS": {"options": "-c statement_timeout=5000"}})
    assert config["OPTIONS"]["options"] == (
        "-c statement_timeout=5000 -c random_page_cost=2.0 -c jit=off"
        " -c max_parallel_workers_per_gather=0"
    )
    monkeypatch.setenv("DATABASE_RANDOM_PAGE_COST", "")
    assert planner_options({}) == {}


def test_a_cost_that_is_not_a_number_is_refused_plainly(monkeypatch):
    monkeypatch.setenv("DATABASE_RANDOM_PAGE_COST", "fast")
    with pytest.raises(ValueError, match="DATABASE_RANDOM_PAGE_COST must be a number"):
        planner_options({})
