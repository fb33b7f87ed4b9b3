"""Reads from the directory for the home page and the service page (search: directory.search)."""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, Prefetch
from django.shortcuts import get_object_or_404

from core import hooks, pagecache
from directory.models import AGE_GROUPS, AreaOfProvision, Location, Need, Service


def home_page_context() -> dict:
    return {
        "age_groups": [(key, label) for key, (_, _, label) in AGE_GROUPS.items()],
        "broad_needs": list(Need.objects.broad_areas()),
        "areas": list(AreaOfProvision.objects.all()),
        # Blocks from feature apps (information pages), which the directory does not import.
        "link_groups": hooks.home_blocks(),
    }


def service_for_page(slug: str) -> Service:
    """A published service with everything its page shows, in a fixed number of queries.

    Its needs and areas come as id lists in the service's own query, named from the
    needs and areas each process keeps for the content version (any change to them moves
    the version on): `page_needs` (A to Z) and `page_areas` (in their set order), which
    `presenters.ServiceDetail` reads. Two queries and their ORM work fewer than
    prefetching them (about 5 of 12 ms a page in one process).
    """
    needs_of = Service.needs.through.objects.filter(service_id=OuterRef("pk"))
    areas_of = Service.areas.through.objects.filter(service_id=OuterRef("pk"))
    service = get_object_or_404(
        Service.objects.published()
        .select_related("organisation")
        .annotate(
            page_need_ids=ArraySubquery(needs_of.values("need_id")),
            page_area_ids=ArraySubquery(areas_of.values("areaofprovision_id")),
        )
        .prefetch_related(
            Prefetch(
                "locations",
                queryset=Location.objects.prefetch_related("opening_times"),
            ),
        ),
        slug=slug,
    )
    need_ids, area_ids = set(service.page_need_ids), set(service.page_area_ids)
    service.page_needs = [n for n in _needs_by_name() if n.pk in need_ids]
    service.page_areas = [a for a in _areas() if a.pk in area_ids]
    return service


def _needs_by_name() -> list[Need]:
    """Every need, A to Z as the database sorts names, per process and content version."""
    return pagecache.per_version(
        "directory.needs_by_name", lambda: list(Need.objects.order_by("name"))
    )


def _areas() -> list[AreaOfProvision]:
    """Every area of provision in its set order, per process and content version."""
    return pagecache.per_version("directory.areas", lambda: list(AreaOfProvision.objects.all()))
