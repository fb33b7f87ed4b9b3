"""Public pages of the directory."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from directory import presenters
from directory.selectors import search_services, service_for_page


@require_safe
def service_search(request):
    """Search and filter published services.

    A GET form, so every page of results is bookmarkable.
    """
    results = search_services(request.GET, page_number=request.GET.get("page"))
    form = results.filterset.form
    return render(
        request,
        "directory/service_search.html",
        {
            "results": results,
            "form": form,
            "filter_groups": presenters.filter_groups(results),
            "page_obj": results.page,
            "page_range": results.page.paginator.get_elided_page_range(
                results.page.number, on_each_side=1, on_ends=1
            ),
            "services": [presenters.ServiceSummary(s) for s in results.page.object_list],
        },
    )


@require_safe
def service_detail(request, slug):
    """Everything a family needs to decide whether a service fits and how to get it."""
    service = service_for_page(slug)
    return render(
        request,
        "directory/service_detail.html",
        {"service": service, "view": presenters.ServiceDetail(service)},
    )
