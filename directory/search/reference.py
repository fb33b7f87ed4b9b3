"""What every search reads before it starts: needs, areas of provision and synonyms.

They change rarely, and every change bumps the content version, so each process keeps
them for the version it last saw (core.pagecache.per_version): three queries and the
Python to build the synonym table saved on every search.
"""

from dataclasses import dataclass

from core import pagecache
from directory.models import AreaOfProvision, Need
from directory.search.query import SynonymGroup, synonym_table


@dataclass(frozen=True)
class Reference:
    needs: list[Need]  # in tree order: broad areas, each followed by its specific needs
    areas: list[AreaOfProvision]
    synonyms: list[tuple[str, SynonymGroup]]  # longest term first


def search_reference() -> Reference:
    return pagecache.per_version("directory.search.reference", _build)


def _build() -> Reference:
    needs = Need.objects.in_tree_order()
    return Reference(needs, list(AreaOfProvision.objects.all()), synonym_table(needs))
