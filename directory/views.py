"""Public pages of the directory.

Each page is one template. The expensive part of it (its `{% partialdef %}`s for
the title and main content) is rendered once per directory version and query
string and cached (core/pagecache.py); the page around it, with its per-request
CSP nonce, is rendered every time.
"""

from django.views.decorators.http import require_safe

from core import hooks, pagecache, pageshell
from directory import presenters
from directory.filters import BOOKLET_PARAMS, LOCATION_PARAMS, ServiceFilter
from directory.search import search_services
from directory.selectors import home_page_context, service_for_page

# The query parameters the search page reads; the cache key ignores any others.
SEARCH_PARAMS = [*ServiceFilter.base_filters, "page"]


@require_safe
def home(request):
    """What the Local Offer is, ways to browse it, and a search box."""
    template = "directory/home.html"
    parts = pagecache.cached_partials(
        "home", request, template, home_page_context, partials=("content",)
    )
    return pageshell.render_page(request, template, parts)


@require_safe
def service_search(request):
    """Search and filter published services.

    A GET form, so every page of results is bookmarkable.
    """
    template = "directory/search.html"

    def build_context():
        results = search_services(request.GET, page_number=request.GET.get("page"))
        results.filterset.show_counts(results.facets)
        page = results.page
        return {
            "results": results,
            "form": results.filterset.form,
            "page_obj": page,
            "page_range": page.paginator.get_elided_page_range(
                page.number, on_each_side=1, on_ends=1
            ),
            "services": [presenters.ServiceSummary(s) for s in page.object_list],
            # Matching pages from feature apps (information pages), shown above the services.
            "link_groups": hooks.search_results(results.query) if page.number == 1 else [],
            "filters_query": pagecache.normalised_query(request.GET, BOOKLET_PARAMS),
        }

    # A search near a postcode is never cached: it would fill the cache with one entry per
    # family, and keep where they live in memory.
    near = any(request.GET.get(p) for p in LOCATION_PARAMS)
    parts = pagecache.cached_partials(
        "search", request, template, build_context, params=SEARCH_PARAMS, use_cache=not near
    )
    response = pageshell.render_page(request, template, parts)
    # The "Use my location" button asks the browser where it is (see the Permissions-Policy).
    response.permissions_allowed = ("geolocation",)
    return response


@require_safe
def service_detail(request, slug):
    """Everything a family needs to decide whether a service fits and how to get it."""
    template = "directory/service.html"

    def build_context():
        service = service_for_page(slug)  # 404s are not cached
        return {"service": service, "view": presenters.ServiceDetail(service)}

    parts = pagecache.cached_partials(
        "service", request, template, build_context, partials=("title", "description", "content")
    )
    return pageshell.render_page(request, template, parts)
