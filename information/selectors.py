"""Reads for information pages, coverage of the statutory items and the compliance dashboard."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone

from core import pagecache
from core.hooks import Explanation, Link, LinkGroup, WritingCheck
from core.replicas import read_connection
from directory.models import AGE_GROUPS, AreaOfProvision, Location, Need, Organisation, Service
from information import markup
from information.models import (
    EDUCATION_KINDS,
    READING_EASE_TARGET,
    Booklet,
    BookletVolume,
    GlossaryTerm,
    InformationPage,
    Schedule2Item,
    Section,
    SettingOffer,
)

# Words that say nothing about which page is wanted ("help with transport").
_FILLER = frozenset(
    [
        "help",
        "helping",
        "support",
        "my",
        "our",
        "son",
        "daughter",
        "child",
        "children",
        "kid",
        "kids",
        "find",
        "information",
        "info",
        "about",
        "want",
        "need",
        "page",
    ]
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
SEARCH_LIMIT = 3


# ------------------------------------------------------------------ public pages


def sections_with_pages() -> list[Section]:
    """Every section with its published pages, in order (two queries)."""
    pages = InformationPage.objects.published().only(
        "title", "slug", "summary", "section_id", "order"
    )
    return list(
        Section.objects.prefetch_related(Prefetch("pages", queryset=pages, to_attr="live_pages"))
    )


def section_for_page(slug: str) -> Section:
    """A section and its published pages, or 404 (two queries)."""
    pages = InformationPage.objects.published().only(
        "title", "slug", "summary", "section_id", "order"
    )
    return get_object_or_404(
        Section.objects.prefetch_related(Prefetch("pages", queryset=pages, to_attr="live_pages")),
        slug=slug,
    )


def page_for_view(section: str, slug: str, *, include_drafts: bool = False) -> InformationPage:
    """A page with its section, or 404. Drafts only for previews."""
    pages = InformationPage.objects.select_related("section")
    if not include_drafts:
        pages = pages.published()
    return get_object_or_404(pages, slug=slug, section__slug=section)


def sections_for_home() -> LinkGroup:
    """The home page's links to each section (one query)."""
    sections = Section.objects.filter(pages__status=InformationPage.Status.PUBLISHED).distinct()
    return LinkGroup(
        heading="Information and advice",
        intro=(
            "Plain-English guides to getting support, your rights and what to do if you disagree."
        ),
        links=[Link(s.title, s.get_absolute_url(), s.summary) for s in sections],
    )


def search_words(query: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(query or "")][:12]
    return [w for w in words if w not in _FILLER]


def search_pages(query: str, *, limit: int = SEARCH_LIMIT) -> list[Link]:
    """Published pages matching every meaningful word of the query, best first, as links
    (one query).

    Written as SQL: the site search runs it on every search, and the ORM took three
    times as long to build it as the database took to run it (2 ms against 0.4).
    """
    words = search_words(query)
    if not words:
        return []
    page, section = InformationPage._meta.db_table, Section._meta.db_table
    sql = (
        f"SELECT page.title, page.slug, page.summary, section.slug FROM {page} AS page "  # noqa: S608 - table names
        f"JOIN {section} AS section ON section.id = page.section_id "
        "WHERE page.status = %s AND page.search_vector @@ plainto_tsquery('english', %s) "
        "ORDER BY ts_rank(page.search_vector, plainto_tsquery('english', %s)) DESC, "
        "page.title ASC LIMIT %s"
    )
    text = " ".join(words)
    with read_connection().cursor() as cursor:
        cursor.execute(sql, [InformationPage.Status.PUBLISHED, text, text, limit])
        rows = cursor.fetchall()
    return [
        Link(title, reverse("information:page", kwargs={"section": section, "slug": slug}), summary)
        for title, slug, summary, section in rows
    ]


def pages_for_site_search(query: str) -> LinkGroup | None:
    """Information pages for the site search, shown above the services."""
    links = search_pages(query)
    if not links:
        return None
    return LinkGroup(heading="Information pages", links=links)


def setting_for_page(slug: str):
    """An education organisation with its answers, published services and their locations."""

    services = Service.objects.published().only("name", "slug", "summary", "organisation_id")
    organisation = get_object_or_404(
        Organisation.objects.filter(kind__in=EDUCATION_KINDS)
        .select_related("setting_offer")
        .prefetch_related(
            Prefetch("services", queryset=services, to_attr="live_services"),
        ),
        slug=slug,
    )
    locations = list(
        Location.objects.filter(
            service__organisation=organisation, service__status=Service.Status.PUBLISHED
        )
        .order_by("name", "postcode")
        .distinct("name", "postcode")
        .only("name", "address", "postcode")
    )
    return organisation, locations


# ------------------------------------------------------------------ coverage

COVERED = "covered"
ONLY_OVERDUE = "only_overdue"
ONLY_DRAFT = "only_draft"
MISSING = "missing"
STATUS_LABELS = {
    COVERED: "Covered",
    ONLY_OVERDUE: "Only overdue content",
    ONLY_DRAFT: "Only draft content",
    MISSING: "Nothing covers this",
}

_AREA = {
    "education": "education",
    "health": "health",
    "social_care": "social-care",
    "adulthood": "preparing-for-adulthood",
    "training": "training-and-apprenticeships",
    "travel": "travel-and-transport",
    "advice": "information-advice-and-support",
    "childcare": "childcare",
    "leisure": "leisure-and-short-breaks",
}


def auto_rule_filter(rule: str, area_ids: dict[str, int]) -> Q | None:
    """The services an automatic rule counts, as a filter on Service."""
    W = Service.WhereOffered
    if rule in _AREA:
        area_id = area_ids.get(_AREA[rule])
        return Q(area_ids__contains=[area_id]) if area_id else None
    return {
        "in_area": Q(where_offered=W.IN_AREA),
        "out_of_area": Q(where_offered__in=[W.OUT_OF_AREA, W.REGIONAL_NATIONAL]),
        "personal_budget": Q(personal_budget=True),
        "eligibility": ~Q(eligibility=""),
        "complain": ~Q(how_to_complain=""),
        "universal": Q(level=Service.Level.UNIVERSAL),
        "targeted": Q(level=Service.Level.TARGETED),
        "specialist": Q(level=Service.Level.SPECIALIST),
    }.get(rule)


@dataclass
class Coverage:
    item: Schedule2Item
    current_pages: list = field(default_factory=list)
    overdue_pages: list = field(default_factory=list)
    draft_pages: list = field(default_factory=list)
    current_services: list = field(default_factory=list)
    overdue_services: list = field(default_factory=list)
    draft_services: list = field(default_factory=list)
    auto_current: int = 0
    auto_overdue: int = 0
    auto_draft: int = 0

    @property
    def status(self) -> str:
        if self.current_pages or self.current_services or self.auto_current:
            return COVERED
        if self.overdue_pages or self.overdue_services or self.auto_overdue:
            return ONLY_OVERDUE
        if self.draft_pages or self.draft_services or self.auto_draft:
            return ONLY_DRAFT
        return MISSING

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _bucket(status: str, review_due: date | None, today: date) -> str:
    if status != "published":
        return "draft"
    if review_due is not None and review_due < today:
        return "overdue"
    return "current"


def schedule2_coverage(today: date | None = None) -> list[Coverage]:
    """Every statutory item with what satisfies it, in a constant number of queries (six).

    An item is covered by a published page or service that is not overdue for
    review; "only overdue" and "only draft" say why an item with content still
    counts as a gap. Archived services never count.
    """

    today = today or timezone.localdate()
    items = list(Schedule2Item.objects.all())
    rows = {item.pk: Coverage(item) for item in items}

    page_links = InformationPage.covers.through.objects.select_related("informationpage").only(
        "schedule2item_id",
        "informationpage__title",
        "informationpage__status",
        "informationpage__review_due",
        "informationpage__id",
    )
    for link in page_links:
        page = link.informationpage
        bucket = _bucket(page.status, page.review_due, today)
        getattr(rows[link.schedule2item_id], f"{bucket}_pages").append(page)

    service_links = (
        Schedule2Item.services.through.objects.exclude(service__status=Service.Status.ARCHIVED)
        .select_related("service")
        .only("schedule2item_id", "service__name", "service__status", "service__review_due")
    )
    for link in service_links:
        service = link.service
        bucket = _bucket(service.status, service.review_due, today)
        getattr(rows[link.schedule2item_id], f"{bucket}_services").append(service)

    # Paragraph 5 is met by schools' own answers, counted like services: a setting
    # with every answer and a report link is current if checked within a year.
    setting_items = [i for i in items if i.auto_rule == Schedule2Item.AutoRule.SETTING_OFFERS]
    if setting_items:
        year_ago = today - settings.REVIEW_INTERVAL
        complete = [o for o in SettingOffer.objects.all() if o.complete]
        for item in setting_items:
            rows[item.pk].auto_current = sum(1 for o in complete if o.last_reviewed >= year_ago)
            rows[item.pk].auto_overdue = sum(1 for o in complete if o.last_reviewed < year_ago)

    area_ids = dict(AreaOfProvision.objects.values_list("slug", "id"))
    aggregates = {}
    published = Q(status=Service.Status.PUBLISHED)
    overdue = Q(review_due__lt=today)
    for item in items:
        rule = auto_rule_filter(item.auto_rule, area_ids) if item.auto_rule else None
        if rule is None:
            continue
        aggregates[f"c{item.pk}"] = Count("pk", filter=rule & published & ~overdue)
        aggregates[f"o{item.pk}"] = Count("pk", filter=rule & published & overdue)
        aggregates[f"d{item.pk}"] = Count("pk", filter=rule & Q(status=Service.Status.DRAFT))
    if aggregates:
        counts = Service.objects.aggregate(**aggregates)
        for item in items:
            if f"c{item.pk}" in counts:
                row = rows[item.pk]
                row.auto_current = counts[f"c{item.pk}"]
                row.auto_overdue = counts[f"o{item.pk}"]
                row.auto_draft = counts[f"d{item.pk}"]
    return [rows[item.pk] for item in items]


# ------------------------------------------------------------------ dashboard


@dataclass
class Figure:
    label: str
    value: str
    url: str = ""
    link_text: str = ""
    flagged: bool = False


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "no data"


def _changelist(name: str, query: str = "") -> str:
    url = reverse(f"admin:{name}_changelist")
    return f"{url}?{query}" if query else url


def dashboard(today: date | None = None) -> dict:
    """Every figure on the compliance dashboard, in a constant number of queries."""

    today = today or timezone.localdate()
    year_ago = today - timedelta(days=365)
    coverage = schedule2_coverage(today)
    covered = sum(1 for c in coverage if c.status == COVERED)
    gaps = [c for c in coverage if c.status != COVERED]

    # Education settings and their paragraph 5 answers.
    settings_total = Organisation.objects.filter(kind__in=EDUCATION_KINDS).count()
    offers = SettingOffer.objects.filter(organisation__kind__in=EDUCATION_KINDS)
    offers_complete = sum(1 for offer in offers if offer.complete)

    published = Service.objects.published()
    svc = published.aggregate(
        total=Count("pk"),
        current=Count("pk", filter=Q(last_reviewed__gte=year_ago)),
        overdue=Count("pk", filter=Q(review_due__lt=today)),
        eligibility=Count("pk", filter=~Q(eligibility="")),
        access=Count("pk", filter=~Q(how_to_access="")),
        complain=Count("pk", filter=~Q(how_to_complain="")),
        in_area=Count("pk", filter=Q(where_offered=Service.WhereOffered.IN_AREA)),
        out_of_area=Count(
            "pk",
            filter=Q(
                where_offered__in=[
                    Service.WhereOffered.OUT_OF_AREA,
                    Service.WhereOffered.REGIONAL_NATIONAL,
                ]
            ),
        ),
        remote=Count("pk", filter=Q(where_offered=Service.WhereOffered.REMOTE)),
        **{
            f"age_{key}": Count("pk", filter=Q(min_age__lte=high, max_age__gte=low))
            for key, (low, high, _) in AGE_GROUPS.items()
        },
    )
    pages = InformationPage.objects.published().aggregate(
        total=Count("pk"),
        current=Count("pk", filter=Q(last_reviewed__gte=year_ago)),
        overdue=Count("pk", filter=Q(review_due__lt=today)),
        hard=Count("pk", filter=Q(reading_ease__lt=READING_EASE_TARGET)),
        unmeasured=Count("pk", filter=Q(reading_ease__isnull=True)),
    )
    overdue_by_org = list(
        Organisation.objects.annotate(
            overdue=Count(
                "services",
                filter=Q(services__status=Service.Status.PUBLISHED, services__review_due__lt=today),
            )
        )
        .filter(overdue__gt=0)
        .order_by("-overdue", "name")
        .values("id", "name", "overdue")[:10]
    )

    # Services by area of provision and age group; by broad need and age group.
    age_keys = list(AGE_GROUPS)
    area_counts = _grid(
        "area_ids",
        list(AreaOfProvision.objects.values_list("id", "name", "slug")),
        age_keys,
    )
    need_counts = _grid(
        "need_ids",
        list(Need.objects.broad_areas().values_list("id", "name", "slug")),
        age_keys,
    )
    return {
        "today": today,
        "coverage_covered": covered,
        "coverage_total": len(coverage),
        "coverage_gaps": gaps,
        "settings_total": settings_total,
        "settings_complete": offers_complete,
        "settings_percent": _percent(offers_complete, settings_total),
        "services": svc,
        "services_current_percent": _percent(svc["current"], svc["total"]),
        "pages": pages,
        "pages_current_percent": _percent(pages["current"], pages["total"]),
        "overdue_by_org": overdue_by_org,
        "age_groups": [(key, label) for key, (_, _, label) in AGE_GROUPS.items()],
        "area_grid": area_counts,
        "need_grid": need_counts,
        "eligibility_percent": _percent(svc["eligibility"], svc["total"]),
        "access_percent": _percent(svc["access"], svc["total"]),
        "complain_percent": _percent(svc["complain"], svc["total"]),
        "reading_ease_target": READING_EASE_TARGET,
    }


def _grid(array_field: str, rows: list[tuple[int, str, str]], age_keys: list[str]) -> list[dict]:
    """Published services per row (an area or a need) and age group, in one query.

    One pass over published services, unnesting the id array the directory keeps
    on each service (search and filter counts use the same arrays).
    """
    if array_field not in {"area_ids", "need_ids"}:
        raise ValueError(array_field)
    age_columns = ", ".join(
        f"count(*) FILTER (WHERE min_age <= {int(high)} AND max_age >= {int(low)})"
        for low, high, _ in (AGE_GROUPS[key] for key in age_keys)
    )
    sql = f"""
        SELECT row_id, count(*), {age_columns},
               count(*) FILTER (WHERE where_offered IN (%s, %s))
        FROM directory_service, unnest({array_field}) AS row_id
        WHERE status = %s
        GROUP BY row_id
    """  # noqa: S608 (column and numbers from code, not input)
    params = [
        Service.WhereOffered.OUT_OF_AREA,
        Service.WhereOffered.REGIONAL_NATIONAL,
        Service.Status.PUBLISHED,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        counts = {row[0]: row[1:] for row in cursor.fetchall()}
    empty = (0,) * (len(age_keys) + 2)
    return [
        {
            "name": name,
            "slug": slug,
            "total": counts.get(row_id, empty)[0],
            "ages": list(counts.get(row_id, empty)[1:-1]),
            "out_of_area": counts.get(row_id, empty)[-1],
        }
        for row_id, name, slug in rows
    ]


# ------------------------------------------------------------------ booklets and glossary

# A results booklet is for a short list; the whole Local Offer has its own booklet.
MAX_SELECTION = 300


def latest_booklet(variant: str, grouping: str, selection: str) -> Booklet | None:
    """The newest finished booklet for this variant and selection (any content version),
    with its volumes (without their PDFs) in order."""
    return (
        Booklet.objects.filter(
            variant=variant, grouping=grouping, selection=selection, status=Booklet.Status.READY
        )
        .order_by("-content_version")
        .prefetch_related(Prefetch("volumes", queryset=BookletVolume.objects.defer("pdf")))
        .first()
    )


def booklet_volume(booklet: Booklet, number: int) -> BookletVolume | None:
    """One volume of a booklet, with its PDF."""
    return BookletVolume.objects.filter(booklet=booklet, number=number).first()


def booklet_is_building(variant: str, grouping: str, selection: str) -> bool:
    """Whether a booklet for today's content is still being built."""
    return Booklet.objects.filter(
        variant=variant,
        grouping=grouping,
        selection=selection,
        content_version=pagecache.content_version(),
        status=Booklet.Status.BUILDING,
    ).exists()


def glossary_terms() -> list[GlossaryTerm]:
    """Every glossary term, kept in this process until the public content changes (every
    glossary change in admin bumps the content version): a query fewer on every service
    page, information page and search."""
    return pagecache.per_version("information.glossary", lambda: list(GlossaryTerm.objects.all()))


def glossary_for_texts(texts: Sequence[str]) -> list[Explanation]:
    """The glossary's words used in `texts`, A to Z, with what they mean (one query)."""
    url = reverse("information:glossary")
    return [
        Explanation(term.term, term.definition, f"{url}#{term.slug}")
        for term in markup.terms_used(texts, glossary_terms())
    ]


def writing_checks(texts: Sequence[str]) -> list[WritingCheck | None]:
    """Reading ease and plain-English hints for each text (one query for the glossary,
    none if every text is empty). None for a text with no words."""
    glossary = None
    checks = []
    for text in texts:
        score = markup.reading_ease(text)
        if score is None:
            checks.append(None)
            continue
        if glossary is None:
            glossary = glossary_terms()
        checks.append(
            WritingCheck(score, markup.hints(text, glossary=glossary), READING_EASE_TARGET)
        )
    return checks


def glossary_for_site_search(query: str) -> LinkGroup | None:
    """A glossary entry whose term or other name is the whole query ("SENCo", "what is an EHCP")."""
    text = " ".join(_WORD.findall((query or "").lower()))
    for prefix in ("what is an ", "what is a ", "what is ", "what does ", "meaning of "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    text = text.removesuffix(" mean").strip()
    if not text:
        return None
    for term in glossary_terms():
        if text in {" ".join(_WORD.findall(name.lower())) for name in term.names}:
            return LinkGroup(
                heading="What this means",
                links=[Link(term.term, f"/glossary/#{term.slug}", term.definition)],
            )
    return None


@dataclass
class Readability:
    kind: str
    name: str
    score: float
    url: str


def hardest_to_read(limit: int = 50) -> tuple[list[Readability], int, int]:
    """Published services and pages with the lowest reading ease, how many are below the
    target, and how many were measured. Reads every published service's summary and
    description (two queries; about a millisecond of scoring per service)."""
    rows = []
    for pk, name, summary, description in Service.objects.published().values_list(
        "pk", "name", "summary", "description"
    ):
        score = markup.reading_ease(f"{summary}\n\n{description}")
        if score is not None:
            url = reverse("admin:directory_service_change", args=[pk])
            rows.append(Readability("Service", name, score, url))
    for pk, title, score in InformationPage.objects.published().values_list(
        "pk", "title", "reading_ease"
    ):
        if score is not None:
            url = reverse("admin:information_informationpage_change", args=[pk])
            rows.append(Readability("Information page", title, score, url))
    rows.sort(key=lambda r: r.score)
    below = sum(1 for r in rows if r.score < READING_EASE_TARGET)
    return rows[:limit], below, len(rows)
