"""The Local Offer as tagged, accessible PDF booklets (PDF/UA-1), standard or large print.

Built by WeasyPrint from HTML: the information pages by section, then the
services grouped by area of provision or by age group, with a contents list
whose page numbers WeasyPrint fills in.

WeasyPrint lays out a whole document in memory (about 0.4 MB per page), so a
large Local Offer is split into volumes of at most BOOKLET_VOLUME_SERVICES
services, each a complete PDF with its own title, contents, running headers and
date; volume 1 starts with the information pages. Each volume is laid out in a
fresh process (information/pdfwriter.py) that gives its memory back when it
ends, so building the whole Local Offer needs the memory of one volume, not of
all of them. Services are read from the database one volume at a time.
"""

import hashlib
import json
import logging
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

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
PDF_WRITER = Path(__file__).with_name("pdfwriter.py")
logger = logging.getLogger(__name__)


@dataclass
class Group:
    anchor: str
    heading: str
    ids: list[int] = field(default_factory=list)


@dataclass
class Part:
    """One group's services in one volume (a group can run over into the next volume)."""

    group: Group
    ids: list[int]
    names: tuple[str, str]  # the first and last service's names, for the volume's label
    continued: bool  # the group started in an earlier volume
    whole: bool  # every service of the group is in this volume
    services: list = field(default_factory=list)  # ServiceDetail, filled when laid out

    def label(self, by_name: bool) -> str:
        if self.whole:
            return self.group.heading
        if by_name:
            first, last = (_initial(name) for name in self.names)
            letters = first if first == last else f"{first} to {last}"
            return f"{self.group.heading} ({letters})"
        return f"{self.group.heading} (part)"


@dataclass
class Volume:
    number: int
    parts: list[Part]
    information: bool  # the information pages come first in this volume
    label: str = ""

    @property
    def ids(self) -> list[int]:
        return [pk for part in self.parts for pk in part.ids]


@dataclass
class Plan:
    """Which services go in which volume, in what order, under which headings."""

    whole: bool
    by_name: bool
    volumes: list[Volume]
    services: int
    produced: object = None


def selection_key(params: dict[str, list[str]]) -> str:
    """A short stable name for a search's filters ('' for the whole Local Offer)."""
    pairs = sorted((k, v) for k, values in params.items() for v in values if v != "")
    if not pairs:
        return ""
    return hashlib.sha256(repr(pairs).encode()).hexdigest()[:24]


def _initial(name: str) -> str:
    return (name.strip()[:1] or "?").upper()


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _groups(ids: list[int], grouping: str) -> list[Group]:
    """The services' ids under their headings. A service appears once: under its first
    area, or under the youngest age group it covers. Within a group, the given order."""
    if grouping == BY_AGE:
        groups = {
            key: Group(f"age-{key}", f"Services for ages {label[:-6]}")
            for key, (_, _, label) in AGE_GROUPS.items()
        }
    else:
        rank = {}
        groups = {}
        for n, area in enumerate(AreaOfProvision.objects.all()):
            rank[area.pk] = n
            groups[area.pk] = Group(f"area-{area.slug}", area.name)
        groups[None] = Group("area-other", "Other services")
    key_of = {}
    for chunk in _chunks(ids, BATCH * 4):
        if grouping == BY_AGE:
            for pk, min_age in Service.objects.filter(pk__in=chunk).values_list("pk", "min_age"):
                key_of[pk] = next(
                    (k for k, (_, high, _) in AGE_GROUPS.items() if min_age <= high),
                    next(iter(AGE_GROUPS)),
                )
        else:
            for pk, area_id in Service.objects.filter(pk__in=chunk).values_list("pk", "areas"):
                current = key_of.get(pk)
                if current is None or (area_id is not None and rank[area_id] < rank[current]):
                    key_of[pk] = area_id
    for pk in ids:
        if pk in key_of:
            groups[key_of[pk]].ids.append(pk)
    return [g for g in groups.values() if g.ids]


def booklet_plan(*, grouping: str = BY_AREA, queryset=None, volume_size: int | None = None) -> Plan:
    """Split the booklet's services into volumes of at most `volume_size` (default the
    BOOKLET_VOLUME_SERVICES setting), as even as can be, keeping the booklet's order.

    Reads only ids, names and headings, so it is cheap at any size."""
    whole = queryset is None
    queryset = Service.objects.published().order_by("name") if whole else queryset
    ids = list(dict.fromkeys(queryset.values_list("pk", flat=True)))
    groups = _groups(ids, grouping)
    names = {}
    for chunk in _chunks(ids, BATCH * 4):
        names.update(Service.objects.filter(pk__in=chunk).values_list("pk", "name"))
    ordered = [(group, pk) for group in groups for pk in group.ids]
    size = max(1, volume_size or settings.BOOKLET_VOLUME_SERVICES)
    count = max(1, math.ceil(len(ordered) / size))
    per = math.ceil(len(ordered) / count) if ordered else 0
    volumes = []
    started: set[str] = set()
    for number in range(1, count + 1):
        chunk = ordered[(number - 1) * per : number * per]
        parts: list[Part] = []
        for group, pk in chunk:
            if not parts or parts[-1].group is not group:
                parts.append(Part(group, [], ("", ""), group.anchor in started, False))
                started.add(group.anchor)
            parts[-1].ids.append(pk)
        for part in parts:
            part.names = (names[part.ids[0]], names[part.ids[-1]])
            part.whole = not part.continued and len(part.ids) == len(part.group.ids)
        volumes.append(Volume(number, parts, information=whole and number == 1))
    plan = Plan(whole, whole, volumes, len(ordered), produced=timezone.localtime())
    for volume in volumes:
        volume.label = _volume_label(volume, plan)
    return plan


def _volume_label(volume: Volume, plan: Plan) -> str:
    """What a volume holds, in a few words: 'information pages and Health (A to M)'."""
    parts = [part.label(plan.by_name) for part in volume.parts]
    if len(parts) > 3:
        parts = [f"{parts[0]} to {parts[-1]}"]
    if volume.information:
        parts = ["information pages", *parts]
    return _and(parts) if parts else "no services"


def _service_views(ids: list[int]) -> dict[int, ServiceDetail]:
    """Services with what the booklet shows, BATCH at a time (constant queries per batch)."""
    views = {}
    for chunk in _chunks(ids, BATCH):
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
        views.update((s.pk, ServiceDetail(s)) for s in services)
    return views


def _information_sections() -> list:
    sections = []
    for section in sections_with_pages():
        if section.live_pages:
            pages = [
                (page, mark_safe(markup.render(page.body)))  # noqa: S308 (sanitised by nh3)
                for page in section.pages.filter(status="published").order_by("order", "title")
            ]
            sections.append((section, pages))
    return sections


def booklet_title(title: str = "") -> str:
    return title or f"{settings.SITE_NAME}: {settings.COUNCIL_NAME}"


def volume_title(plan: Plan, volume: Volume, title: str = "") -> str:
    """The document title: the booklet's, and for one of several volumes which one it is."""
    if len(plan.volumes) == 1:
        return booklet_title(title)
    return f"{booklet_title(title)}, volume {volume.number} of {len(plan.volumes)}: {volume.label}"


def volume_html(
    *, plan: Plan, volume: Volume, variant: str, grouping: str, title: str = ""
) -> tuple[str, int]:
    """One volume's HTML (what WeasyPrint lays out) and how many services it holds."""
    views = _service_views(volume.ids)
    for part in volume.parts:
        part.services = [views[pk] for pk in part.ids if pk in views]
    context = {
        "title": volume_title(plan, volume, title),
        "booklet_title": booklet_title(title),
        "variant": variant,
        "large": variant == LARGE_PRINT,
        "grouping_label": GROUPINGS.get(grouping, GROUPINGS[BY_AREA]),
        "sections": _information_sections() if volume.information else [],
        "parts": [part for part in volume.parts if part.services],
        "volume": volume,
        "volumes": plan.volumes if len(plan.volumes) > 1 else [],
        "produced": plan.produced,
        "site_name": settings.SITE_NAME,
        "council_name": settings.COUNCIL_NAME,
        "council_contact_phone": settings.COUNCIL_CONTACT_PHONE,
        "council_contact_email": settings.COUNCIL_CONTACT_EMAIL,
        "whole": plan.whole,
    }
    html = render_to_string("information/booklet_pdf.html", context)
    count = sum(len(part.services) for part in volume.parts)
    for part in volume.parts:
        part.services = []  # the views are only needed for this volume
    return html, count


@dataclass
class Written:
    pdf: bytes
    pages: int
    peak_memory_kb: int


def write_pdf(html: str) -> Written:
    """Lay out HTML as PDF/UA-1 in a fresh process (see information/pdfwriter.py).

    `-P`: the script's folder is not put on the import path (information/selectors.py
    would hide the standard library's selectors).

    Raises RuntimeError if the process fails or takes longer than BOOKLET_VOLUME_TIMEOUT.
    A writer killed by a signal (a crash in the layout libraries, seen once when two test
    runs laid out PDFs at the same moment) is tried once more before giving up."""
    try:
        return _write_pdf_once(html)
    except _WriterCrashed:
        logger.warning("The PDF writer crashed; trying once more.")
        try:
            return _write_pdf_once(html)
        except _WriterCrashed as crash:
            raise RuntimeError(str(crash)) from None


class _WriterCrashed(RuntimeError):
    pass


def _write_pdf_once(html: str) -> Written:
    with tempfile.TemporaryDirectory(prefix="booklet-") as folder:
        output = Path(folder) / "volume.pdf"
        try:
            done = subprocess.run(  # noqa: S603 (our own script, no shell, no user input)
                [sys.executable, "-P", str(PDF_WRITER), str(settings.BASE_DIR), str(output)],
                input=html.encode("utf-8"),
                capture_output=True,
                timeout=settings.BOOKLET_VOLUME_TIMEOUT,
                check=False,
                cwd=settings.BASE_DIR,
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(
                f"Laying out the PDF took longer than {settings.BOOKLET_VOLUME_TIMEOUT} s."
            ) from exc
        if done.returncode != 0:
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            # A crash (segmentation fault, bus error, abort), not a kill (out of memory,
            # shutdown), is worth one more try.
            problem = _WriterCrashed if done.returncode in (-11, -7, -6) else RuntimeError
            raise problem(f"The PDF writer stopped with code {done.returncode}: {' / '.join(tail)}")
        stats = json.loads(done.stdout.decode("utf-8").strip().splitlines()[-1])
        return Written(output.read_bytes(), stats["pages"], stats["peak_memory_kb"])


@dataclass
class Built:
    """One volume, written."""

    number: int
    of: int
    label: str
    title: str
    pdf: bytes
    pages: int
    services: int
    seconds: float
    peak_memory_kb: int  # of the process that laid it out


def build_volumes(
    *,
    variant: str,
    grouping: str = BY_AREA,
    queryset=None,
    title: str = "",
    volume_size: int | None = None,
) -> Iterator[Built]:
    """Build the booklet one volume at a time, yielding each as it is done.

    Only one volume's services, HTML and PDF are held at once."""
    plan = booklet_plan(grouping=grouping, queryset=queryset, volume_size=volume_size)
    for volume in plan.volumes:
        started = time.perf_counter()
        html, services = volume_html(
            plan=plan, volume=volume, variant=variant, grouping=grouping, title=title
        )
        written = write_pdf(html)
        del html
        yield Built(
            number=volume.number,
            of=len(plan.volumes),
            label=volume.label if len(plan.volumes) > 1 else "",
            title=volume_title(plan, volume, title),
            pdf=written.pdf,
            pages=written.pages,
            services=services,
            seconds=time.perf_counter() - started,
            peak_memory_kb=written.peak_memory_kb,
        )
        del written
