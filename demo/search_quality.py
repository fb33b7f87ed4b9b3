"""Search quality on the demo Local Offer: judged queries, scored as parents would judge them.

A query succeeds at k when one of its acceptable services is among the first k
results. Mean reciprocal rank (MRR) averages 1/rank of the first acceptable
result (0 when none is in the first 10).
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from directory.search import search_services

QUERIES_FILE = Path(__file__).with_name("search_quality.toml")
# The floor the test holds the search to: 9 in 10 queries with a right answer in
# the first three, as a family judges the whole Local Offer by its first results.
FLOOR_SUCCESS_AT_3 = 0.90


@dataclass
class Judged:
    q: str
    params: dict
    top3: list[str]
    top10: list[str]
    results: list[str]

    @property
    def rank(self) -> int | None:
        acceptable = set(self.top3) | set(self.top10)
        for position, slug in enumerate(self.results[:10], start=1):
            if slug in acceptable:
                return position
        return None

    @property
    def success_at_3(self) -> bool:
        return bool(set(self.results[:3]) & set(self.top3))

    @property
    def success_at_10(self) -> bool:
        return self.rank is not None


@dataclass
class Scores:
    judged: list[Judged]

    @property
    def success_at_3(self) -> float:
        return sum(j.success_at_3 for j in self.judged) / len(self.judged)

    @property
    def success_at_10(self) -> float:
        return sum(j.success_at_10 for j in self.judged) / len(self.judged)

    @property
    def mrr(self) -> float:
        return sum(1 / j.rank for j in self.judged if j.rank) / len(self.judged)


def load_queries() -> list[dict]:
    with QUERIES_FILE.open("rb") as f:
        return tomllib.load(f)["query"]


def evaluate(queries: list[dict] | None = None) -> Scores:
    """Run every judged query through the search page's entry point."""
    judged = []
    for query in queries or load_queries():
        params = {"q": query["q"], **query.get("params", {})}
        results = search_services(params)
        judged.append(
            Judged(
                q=query["q"],
                params=query.get("params", {}),
                top3=query["top3"],
                top10=query.get("top10", []),
                results=[s.slug for s in results.page.object_list],
            )
        )
    return Scores(judged)
