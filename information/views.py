"""Public information pages and schools' own pages.

The main content is rendered once per content version and cached (core/pagecache.py);
the page around it, with its per-request CSP nonce, is rendered every time.
"""

from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from core import pagecache
from information import markup, presenters
from information.models import InformationPage
from information.selectors import (
    page_for_view,
    section_for_page,
    sections_with_pages,
    setting_for_page,
)


@require_safe
def index(request):
    """Every section of information, with its pages."""

    def build():
        context = {"sections": sections_with_pages()}
        return {
            "html": render_to_string("information/_index_content.html", context, request=request),
            "title": "Information and advice",
            "description": "Plain-English guides to SEND support, your rights and how to "
            "complain or appeal.",
        }

    return render(
        request, "cached_page.html", {"page": pagecache.cached("info-index", request, build)}
    )


@require_safe
def section(request, section):
    """One section and the pages in it."""

    def build():
        found = section_for_page(section)  # 404s are not cached
        context = {"section": found}
        return {
            "html": render_to_string("information/_section_content.html", context, request=request),
            "title": found.title,
            "description": found.summary,
        }

    return render(
        request, "cached_page.html", {"page": pagecache.cached("info-section", request, build)}
    )


@require_safe
def page(request, section, slug):
    """An information page. A page moved to another section is found at its old address too."""

    def build():
        found = page_for_view(section, slug)
        context = {
            "page": found,
            "section": found.section,
            "body_html": mark_safe(markup.render(found.body)),  # noqa: S308 (sanitised by nh3)
        }
        return {
            "html": render_to_string("information/_page_content.html", context, request=request),
            "title": found.title,
            "description": found.summary,
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
    return render(
        request, "cached_page.html", {"page": pagecache.cached("info-page", request, build)}
    )


@require_safe
def setting(request, slug):
    """A school, college or early years setting: how it supports children with SEN."""

    def build():
        organisation, locations = setting_for_page(slug)
        context = {
            "organisation": organisation,
            "locations": locations,
            "answers": presenters.setting_answers(organisation),
            "offer": getattr(organisation, "setting_offer", None),
        }
        return {
            "html": render_to_string("information/_setting_content.html", context, request=request),
            "title": f"{organisation.name}: support for children with SEN",
            "description": f"How {organisation.name} supports children and young people with "
            "special educational needs.",
        }

    return render(
        request, "cached_page.html", {"page": pagecache.cached("info-setting", request, build)}
    )
