"""Public pages of the directory.

The main content of each page is rendered once per directory version and
query string and cached (see core/pagecache.py); the page around it,
with its per-request CSP nonce, is rendered every time.
"""

from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from core import hooks, pagecache
from directory import presenters
from directory.filters import ServiceFilter
from directory.selectors import home_page_context, search_services, service_for_page


@require_safe
def home(request):
    """What the Local Offer is, ways to browse it, and a search box."""
    page = pagecache.cached(
        "home",
        request,
        lambda: {
            "html": render_to_string("_home_content.html", home_page_context(), request=request),
            "title": "Support for children and young people with SEND",
        },
    )
    return render(request, "cached_page.html", {"page": page})


# The query parameters the search page reads; the cache key ignores any others.
SEARCH_PARAMS = [*ServiceFilter.base_filters, "page"]


def _search_title(results) -> str:
    title = f"Search results for “{results.query}”" if results.query else "Find services"
    page = results.page
    if page.number > 1:
        title += f" (page {page.number} of {page.paginator.num_pages})"
    return title


@require_safe
def service_search(request):
    """Search and filter published services.

    A GET form, so every page of results is bookmarkable.
    """

    def build():
        results = search_services(request.GET, page_number=request.GET.get("page"))
        presenters.filter_groups(results)
        context = {
            "results": results,
            "form": results.filterset.form,
            "page_obj": results.page,
            "page_range": results.page.paginator.get_elided_page_range(
                results.page.number, on_each_side=1, on_ends=1
            ),
            "services": [presenters.ServiceSummary(s) for s in results.page.object_list],
            # Matching pages from feature apps (information pages), shown above the services.
            "link_groups": hooks.search_results(results.query) if results.page.number == 1 else [],
            # The same search, for "download these results as a booklet".
            "filters_query": pagecache.normalised_query(request.GET, ServiceFilter.base_filters),
        }
        return {
            "html": render_to_string("directory/_search_content.html", context, request=request),
            "title": _search_title(results),
            "errors": bool(results.filterset.form.errors),
        }

    page = pagecache.cached("search", request, build, params=SEARCH_PARAMS)
    return render(request, "cached_page.html", {"page": page, "page_errors": page["errors"]})


@require_safe
def service_detail(request, slug):
    """Everything a family needs to decide whether a service fits and how to get it."""

    def build():
        service = service_for_page(slug)  # 404s are not cached
        context = {"service": service, "view": presenters.ServiceDetail(service)}
        return {
            "html": render_to_string("directory/_service_content.html", context, request=request),
            "title": service.name,
            "description": service.summary,
        }

    page = pagecache.cached("service", request, build)
    return render(request, "cached_page.html", {"page": page})
