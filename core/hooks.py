"""Let feature apps add to the directory's pages without the directory knowing them.

The directory's search page is the site search and the home page and service
pages live with the directory, but information pages, the glossary (and whatever
else a feature app publishes) live in apps the directory must not import. A
feature app registers functions in its AppConfig.ready(); the directory asks
every registered function and shows what comes back.

Each function must run a constant, small number of queries: search finders run
on every search that misses the page cache, home providers on every rebuild of
the home page, explainers on every rebuild of a service page.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    summary: str = ""


@dataclass(frozen=True)
class LinkGroup:
    heading: str
    links: list[Link] = field(default_factory=list)
    intro: str = ""


_search_finders: list[Callable[[str], LinkGroup | None]] = []
_home_providers: list[Callable[[], LinkGroup | None]] = []


def register_search(finder: Callable[[str], LinkGroup | None]) -> None:
    """Add a search finder: query text -> a group of links (or None). Once per function."""
    if finder not in _search_finders:
        _search_finders.append(finder)


def register_home(provider: Callable[[], LinkGroup | None]) -> None:
    """Add a home page block: () -> a group of links (or None). Once per function."""
    if provider not in _home_providers:
        _home_providers.append(provider)


def search_results(query: str) -> list[LinkGroup]:
    """Every registered app's group of results for this query, leaving out empty ones."""
    query = (query or "").strip()
    if not query:
        return []
    return [g for g in (finder(query) for finder in _search_finders) if g and g.links]


def home_blocks() -> list[LinkGroup]:
    """Every registered app's home page block, leaving out empty ones."""
    return [g for g in (provider() for provider in _home_providers) if g and g.links]


@dataclass(frozen=True)
class Explanation:
    """A word a page uses ("SENCo"), what it means in plain English, and where to read more."""

    term: str
    definition: str
    url: str


_explainers: list[Callable[[Sequence[str]], list[Explanation]]] = []


def register_explainer(explainer: Callable[[Sequence[str]], list[Explanation]]) -> None:
    """Add an explainer: texts -> the words it explains that occur in them. Once per function."""
    if explainer not in _explainers:
        _explainers.append(explainer)


def explanations(texts: Sequence[str]) -> list[Explanation]:
    """Every registered app's explanations of words used in `texts` (plain text, not HTML)."""
    texts = [text for text in texts if text and text.strip()]
    if not texts:
        return []
    return [found for explainer in _explainers for found in explainer(texts)]


@dataclass(frozen=True)
class DashboardLine:
    label: str
    value: str
    url: str = ""
    link_text: str = ""
    flagged: bool = False


@dataclass(frozen=True)
class DashboardSection:
    """A block of the officers' compliance dashboard; `key` names the duty it reports on."""

    key: str
    heading: str
    lines: list[DashboardLine] = field(default_factory=list)


_dashboard_providers: list[Callable[[], DashboardSection | None]] = []


def register_dashboard(provider: Callable[[], DashboardSection | None]) -> None:
    """Add a compliance dashboard block from an app (a constant number of queries)."""
    if provider not in _dashboard_providers:
        _dashboard_providers.append(provider)


def dashboard_sections() -> dict[str, DashboardSection]:
    """Every app's dashboard block, by key."""
    sections = (provider() for provider in _dashboard_providers)
    return {s.key: s for s in sections if s is not None}


@dataclass(frozen=True)
class WritingCheck:
    """How easy a text is to read: its Flesch reading ease, and plain-English hints."""

    score: float
    hints: list[str] = field(default_factory=list)
    target: int = 60

    @property
    def plain(self) -> bool:
        return self.score >= self.target

    @property
    def verdict(self) -> str:
        """The score in words: "72 (plain English)", "48 (harder than the target of 60)".

        Rounded down, so 59.7 is "59 (harder than the target of 60)", never "60 (harder...".
        """
        if self.plain:
            return f"{math.floor(self.score)} (plain English)"
        return f"{math.floor(self.score)} (harder than the target of {self.target})"


_writing_checkers: list[Callable[[Sequence[str]], list[WritingCheck | None]]] = []


def register_writing_checker(checker: Callable[[Sequence[str]], list[WritingCheck | None]]) -> None:
    """Add a writing checker: texts -> one check per text (None for a text with no words).

    The first one registered is used; it must run a constant, small number of queries.
    """
    if checker not in _writing_checkers:
        _writing_checkers.append(checker)


def writing_checks(texts: Sequence[str]) -> list[WritingCheck | None]:
    """A check of each text, in order: None for an empty text, or if no app checks writing."""
    texts = [text or "" for text in texts]
    if not _writing_checkers or not any(text.strip() for text in texts):
        return [None] * len(texts)
    return _writing_checkers[0](texts)


def writing_hints(text: str) -> WritingCheck | None:
    """The check of one text (None if it has no words or no app checks writing)."""
    return writing_checks([text])[0]
