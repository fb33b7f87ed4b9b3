"""Search for published services.

The one entry point is `search_services` (engine.py), which the search view
calls. It reads top to bottom: validate the query string (directory.filters),
turn the words into a full-text query (query.py, with spelling.py when nothing
matches), turn the chosen filters into SQL conditions (conditions.py), rank and
paginate, and count every filter option in one query (facets.py). The search
columns it reads are kept up to date by directory.services.service_refresh_index.
See docs/adr/0002-search-on-one-table.md.
"""

from directory.search.engine import (
    SearchResults,
    keyword_filter,
    keyword_search,
    search_services,
)

__all__ = ["SearchResults", "keyword_filter", "keyword_search", "search_services"]
