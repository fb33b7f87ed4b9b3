"""The Local Offer as a tagged, accessible PDF booklet (PDF/UA-1), standard or large print.

Built by WeasyPrint from one HTML document: the information pages by section,
then the services grouped by area of provision or by age group, with a
contents list whose page numbers WeasyPrint fills in. Services are read in
batches so memory grows with the PDF, not with Django objects.
"""

import hashlib
import resource
import time
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from directory.models import AGE_GROUPS, AreaOfProvision, Location, Need, Service
from directory.presenters import ServiceDetail
from information import markup
from information.selectors import sections_with_pages

STANDARD = "standard"
LARGE_PRINT = "large"
VARIANTS = {STANDARD: "Standard print", LARGE_PRINT: "Large print"}
BY_AREA = "area"
BY_AGE = "age"
GROUPINGS = {BY_AREA: "type of support", BY_AGE: "age group"}
BATCH = 500


@dataclass
class Group:
    anchor: str
    heading: str
    services: list


def selection_key(params: dict[str, list[str]]) -> str:
    """A short stable name for a search's filters ('' for the whole Local Offer)."""
    pairs = sorted((k, v) for k, values in params.items() for v in values if v != "")
    if not pairs:
        return ""
    return hashlib.sha256(repr(pairs).encode()).hexdigest()[:24]


def _services_in_batches(queryset):
    """Services with what the booklet shows, BATCH at a time (constant queries per batch)."""
    ids = list(queryset.values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        services = (
            Service.objects.filter(pk__in=chunk)
            .select_related("organisation")
            .defer("search_vector", "search_extra")
            .prefetch_related(
                Prefetch("needs", queryset=Need.objects.order_by("name")),
                "areas",
                Prefetch("locations", queryset=Location.objects.prefetch_related("opening_times")),
            )
        )
        by_id = {s.pk: s for s in services}
        yield [by_id[pk] for pk in chunk if pk in by_id]


def group_services(queryset, grouping: str) -> list[Group]:
    """Services grouped for the booklet. A service appears once: under its first area, or
    under the youngest age group it covers."""
    if grouping == BY_AGE:
        groups = {
            key: Group(f"age-{key}", f"Services for ages {label[:-6]}", [])
            for key, (_, _, label) in AGE_GROUPS.items()
        }
    else:
        groups = {
            area.pk: Group(f"area-{area.slug}", area.name, [])
            for area in AreaOfProvision.objects.all()
        }
        groups[None] = Group("area-other", "Other services", [])
    for batch in _services_in_batches(queryset):
        for service in batch:
            view = ServiceDetail(service)
            if grouping == BY_AGE:
                key = next(
                    (k for k, (low, high, _) in AGE_GROUPS.items() if service.min_age <= high),
                    next(iter(AGE_GROUPS)),
                )
            else:
                areas = sorted(service.areas.all(), key=lambda a: (a.order, a.name))
                key = areas[0].pk if areas else None
            groups[key].services.append(view)
    return [g for g in groups.values() if g.services]


def booklet_html(*, variant: str, grouping: str, queryset=None, title: str = "") -> tuple[str, int]:
    """The booklet's HTML (what WeasyPrint lays out) and how many services it holds."""
    whole = queryset is None
    queryset = Service.objects.published().order_by("name") if whole else queryset
    sections = []
    if whole:
        for section in sections_with_pages():
            if section.live_pages:
                pages = [
                    (page, mark_safe(markup.render(page.body)))  # noqa: S308 (sanitised by nh3)
                    for page in section.pages.filter(status="published").order_by("order", "title")
                ]
                sections.append((section, pages))
    groups = group_services(queryset, grouping)
    context = {
        "title": title or f"{settings.SITE_NAME}: {settings.COUNCIL_NAME}",
        "variant": variant,
        "large": variant == LARGE_PRINT,
        "grouping_label": GROUPINGS.get(grouping, GROUPINGS[BY_AREA]),
        "sections": sections,
        "groups": groups,
        "produced": timezone.localtime(),
        "site_name": settings.SITE_NAME,
        "council_name": settings.COUNCIL_NAME,
        "council_contact_phone": settings.COUNCIL_CONTACT_PHONE,
        "council_contact_email": settings.COUNCIL_CONTACT_EMAIL,
        "whole": whole,
    }
    count = sum(len(g.services) for g in groups)
    return render_to_string("information/booklet_pdf.html", context), count


@dataclass
class Built:
    pdf: bytes
    pages: int
    services: int
    seconds: float
    peak_memory_kb: int


def build_pdf(*, variant: str, grouping: str = BY_AREA, queryset=None, title: str = "") -> Built:
    """Lay out and write the booklet as PDF/UA-1. Measures time and the process's peak memory."""
    import weasyprint  # heavy (Pango, fonts): loaded only by the worker that builds booklets

    started = time.perf_counter()
    html, services = booklet_html(
        variant=variant, grouping=grouping, queryset=queryset, title=title
    )
    document = weasyprint.HTML(string=html, base_url=str(settings.BASE_DIR)).render()
    pages = len(document.pages)
    pdf = document.write_pdf(pdf_variant="pdf/ua-1")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Built(pdf, pages, services, time.perf_counter() - started, peak)
