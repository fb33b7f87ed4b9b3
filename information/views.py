"""Public information pages and schools' own pages.

Each page is one template. Its `{% partialdef %}`s (title, description, breadcrumbs,
main content) are rendered once per content version and cached (core/pagecache.py);
the page around them, with its per-request CSP nonce, is rendered every time.
"""

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_safe

from core import pagecache, pageshell, ratelimit
from directory.filters import BOOKLET_PARAMS
from information import booklet as booklet_module
from information import markup, presenters
from information.forms import FormatRequestForm
from information.models import InformationPage
from information.selectors import (
    MAX_SELECTION,
    booklet_is_building,
    booklet_volume,
    glossary_terms,
    latest_booklet,
    page_for_view,
    section_for_page,
    sections_with_pages,
    setting_for_page,
)
from information.services import booklet_request, booklet_selection, format_request_create
from security.clientip import client_ip

# The partials of a page with breadcrumbs, rendered and cached together.
_PAGE_PARTS = ("title", "description", "breadcrumbs", "content")


@require_safe
def index(request):
    """Every section of information, with its pages."""
    template = "information/index.html"
    parts = pagecache.cached_partials(
        "info-index",
        request,
        template,
        lambda: {"sections": sections_with_pages()},
        partials=("content",),
    )
    return pageshell.render_page(request, template, parts)


@require_safe
def section(request, section):
    """One section and the pages in it."""
    template = "information/section.html"
    parts = pagecache.cached_partials(
        "info-section",
        request,
        template,
        lambda: {"section": section_for_page(section)},  # 404s are not cached
        partials=_PAGE_PARTS,
    )
    return pageshell.render_page(request, template, parts)


@require_safe
def page(request, section, slug):
    """An information page. A page moved to another section is found at its old address too."""
    template = "information/page.html"

    def build_context():
        found = page_for_view(section, slug)
        return {
            "page": found,
            "section": found.section,
            "body_html": mark_safe(  # noqa: S308 (sanitised by nh3)
                markup.render(found.body, glossary=glossary_terms())
            ),
        }

    moved = (
        InformationPage.objects.published()
        .filter(slug=slug)
        .exclude(section__slug=section)
        .values_list("section__slug", flat=True)
        .first()
    )
    if moved:
        return redirect("information:page", section=moved, slug=slug, permanent=True)
    parts = pagecache.cached_partials(
        "info-page", request, template, build_context, partials=_PAGE_PARTS
    )
    return pageshell.render_page(request, template, parts)


@require_safe
def setting(request, slug):
    """A school, college or early years setting: how it supports children with SEN."""
    template = "information/setting.html"

    def build_context():
        organisation, locations = setting_for_page(slug)
        return {
            "organisation": organisation,
            "locations": locations,
            "answers": presenters.setting_answers(organisation),
            "offer": getattr(organisation, "setting_offer", None),
        }

    parts = pagecache.cached_partials(
        "info-setting", request, template, build_context, partials=_PAGE_PARTS
    )
    return pageshell.render_page(request, template, parts)


# ------------------------------------------------------------------ booklet and formats


# The search parameters a results booklet keeps (the same the search page reads).
def _selection(request) -> tuple[str, str]:
    query = pagecache.normalised_query(request.GET, BOOKLET_PARAMS)
    params = {k: request.GET.getlist(k)[:20] for k in BOOKLET_PARAMS if k in request.GET}
    return booklet_module.selection_key(params), query


@require_safe
def booklet_page(request):
    """The Local Offer to download (standard and large print) and other ways to get it.

    With search parameters, it offers a booklet of those results instead.
    """
    selection, query = _selection(request)
    grouping = (
        request.GET.get("by") if request.GET.get("by") in booklet_module.GROUPINGS else "area"
    )
    too_many = False
    if selection:
        total = booklet_selection(query)[0].count()
        too_many = total > MAX_SELECTION
    else:
        total = None
    offers = []
    if not too_many:
        for variant, label in booklet_module.VARIANTS.items():
            booklet_request(variant=variant, grouping=grouping, selection=selection, query=query)
            ready = latest_booklet(variant, grouping, selection)
            offers.append(
                {
                    "variant": variant,
                    "label": label,
                    "ready": ready,
                    "volumes": list(ready.volumes.all()) if ready else [],
                    "building": booklet_is_building(variant, grouping, selection),
                }
            )
    context = {
        "offers": offers,
        "in_volumes": any(len(offer["volumes"]) > 1 for offer in offers),
        "selection": selection,
        "query": query,
        "grouping": grouping,
        "groupings": booklet_module.GROUPINGS,
        "total": total,
        "too_many": too_many,
        "max_selection": MAX_SELECTION,
    }
    return render(request, "information/booklet.html", context)


@require_safe
def booklet_download(request, variant, number=1):
    """A volume of the newest finished booklet as a PDF (the only one, for a small booklet),
    or back to the booklet page if none is ready yet."""
    if variant not in booklet_module.VARIANTS:
        raise Http404("No such booklet")
    selection, _ = _selection(request)
    grouping = (
        request.GET.get("by") if request.GET.get("by") in booklet_module.GROUPINGS else "area"
    )
    booklet = latest_booklet(variant, grouping, selection)
    if booklet is None:
        return redirect(f"{reverse('information:booklet')}?{request.GET.urlencode()}")
    volume = booklet_volume(booklet, number)
    if volume is None:
        raise Http404("No such volume")
    count = len(booklet.volumes.all())
    name = (
        "local-offer"
        + ("-search" if selection else "")
        + ("-large-print" if variant == booklet_module.LARGE_PRINT else "")
        + (f"-volume-{number}-of-{count}" if count > 1 else "")
    )
    response = HttpResponse(bytes(volume.pdf), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response


#: The format request form's counters in core.ratelimit (and their salt).
RATE_LIMIT_SCOPE = "format_request"


@require_http_methods(["GET", "POST"])
def format_request(request):
    """Ask for the Local Offer in print, large print, easy read, audio or another language.

    A complete request is stored, then officers are told. A client over
    FORMAT_REQUEST_RATE_LIMITS gets the form back (429) with a plain message and
    everything they typed; nothing is stored.
    """
    status = 200
    if request.method == "POST":
        form = FormatRequestForm(request.POST)
        if form.is_valid():
            # The same per-client limit as the comment form (core.ratelimit), counted
            # once a request is complete, spam included.
            limit = ratelimit.rate_limit_hit(
                scope=RATE_LIMIT_SCOPE,
                limits=settings.FORMAT_REQUEST_RATE_LIMITS,
                ip=client_ip(request),
            )
            if limit.allowed:
                item = format_request_create(
                    data=form.request_data(), spam=form.caught_by_spam_trap
                )
                signed = signing.dumps(item.reference, salt=_SENT_SALT)
                return redirect(f"{reverse('information:format_request_sent')}?ref={signed}")
            form.over_rate_limit(presenters.format_request_limited(limit.retry_at))
            status = 429
    else:
        form = FormatRequestForm()
    return render(
        request,
        "information/format_request.html",
        {"form": form, "retention_months": settings.FORMAT_REQUEST_RETENTION_MONTHS},
        status=status,
    )


format_request.csrf_failure = lambda request: render(
    request,
    "information/format_request.html",
    {
        "form": FormatRequestForm(request.POST),
        "csrf_expired": True,
        "retention_months": settings.FORMAT_REQUEST_RETENTION_MONTHS,
    },
    status=403,
)

_SENT_SALT = "information.format_request_sent"


@require_safe
def format_request_sent(request):
    """The request's reference, and what happens next."""
    try:
        reference = signing.loads(request.GET.get("ref", ""), salt=_SENT_SALT, max_age=86400)
    except signing.BadSignature:
        reference = None
    return render(request, "information/format_request_sent.html", {"reference": reference})


@require_safe
def glossary(request):
    """Words used on the Local Offer, A to Z, in plain English."""
    template = "information/glossary.html"

    def build_context():
        letters = {}
        for term in glossary_terms():
            letters.setdefault(term.term[:1].upper(), []).append(term)
        return {"letters": sorted(letters.items())}

    parts = pagecache.cached_partials(
        "glossary", request, template, build_context, partials=("content",)
    )
    return pageshell.render_page(request, template, parts)
