"""The Open Referral UK API (HSDS 3.0 UK profile) and the page that explains it.

Every API view is a plain function returning JSON-ready data, wrapped by
`api_endpoint`, which does what the UK profile asks of every response: open
GET with no key, `Access-Control-Allow-Origin: *`, JSON errors with the right
status (never a 500 for a bad parameter), a per-client rate limit with
`Retry-After`, and `ETag`/`Last-Modified` from the directory's version so
clients can revalidate cheaply. Bodies are cached per directory version like
the public pages (core/pagecache.py).
"""

import hashlib
import json
from functools import lru_cache, wraps
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe

from core import pagecache
from openreferral import hsds, ids, ratelimit, selectors
from openreferral.params import (
    MAX_PER_PAGE,
    ApiError,
    page_params,
    parse_uuid,
    service_filters,
)

PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile"
SCHEMA_DIR = Path(__file__).parent / "schema"
PAGE_PARAMS = ["page", "per_page"]
SERVICE_PARAMS = [
    *PAGE_PARAMS,
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "minimum_age",
    "maximum_age",
    "day",
    "start_time",
    "end_time",
    "postcode",
    "proximity",
]
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
}
CACHE_CONTROL = "public, max-age=60"


def _json_error(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    body = {"status": status, "message": message}
    if parameter:
        body["parameter"] = parameter
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    for key, value in CORS_HEADERS.items():
        response[key] = value
    response["Cache-Control"] = "no-store"
    return response


def _etag(request, name: str, params) -> str:
    query = pagecache.normalised_query(request.GET, params)
    raw = f"{pagecache.content_version()}|{name}|{request.path}|{query}"
    return quote_etag(hashlib.sha256(raw.encode()).hexdigest()[:32])


def api_endpoint(name: str, params=()):
    """Wrap a view returning JSON-ready data with the API's shared behaviour."""

    def decorator(build_data):
        @wraps(build_data)
        def view(request, **kwargs):
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
                response["Access-Control-Allow-Headers"] = (
                    "Accept, If-None-Match, If-Modified-Since"
                )
                response["Access-Control-Max-Age"] = "86400"
                response["Access-Control-Allow-Origin"] = "*"
                return response
            if request.method not in ("GET", "HEAD"):
                response = _json_error(405, "This API is read-only: use GET.")
                response["Allow"] = "GET, HEAD, OPTIONS"
                return response
            limit = ratelimit.hit(request)
            if not limit.allowed:
                response = _json_error(
                    429,
                    f"Too many requests: at most {limit.limit} a minute from one client. "
                    f"Try again in {limit.retry_after} seconds.",
                )
                response["Retry-After"] = str(limit.retry_after)
                return response
            etag = _etag(request, name, params)
            changed = pagecache.content_changed_at()
            if request.headers.get("If-None-Match") == etag:
                response = HttpResponse(status=304)
            else:
                try:
                    page = pagecache.cached(
                        f"openreferral:{name}",
                        request,
                        lambda: {
                            "body": json.dumps(build_data(request, **kwargs), ensure_ascii=False)
                        },
                        params=params,
                    )
                except ApiError as error:
                    return _json_error(error.status, error.message, error.parameter)
                response = HttpResponse(page["body"], content_type="application/json")
            response["ETag"] = etag
            if changed:
                response["Last-Modified"] = http_date(changed.timestamp())
            response["Cache-Control"] = CACHE_CONTROL
            for key, value in CORS_HEADERS.items():
                response[key] = value
            return response

        return view

    return decorator


# Endpoints ---------------------------------------------------------------------


@api_endpoint("root")
def root(request):
    """What this API is: the HSDS UK profile, version 3.0, and where its description is."""
    return {
        "version": "HSDS-UK-3.0",
        "profile": PROFILE_URL,
        "openapi_url": request.build_absolute_uri(reverse("openreferral:openapi")),
    }


@lru_cache(maxsize=1)
def _openapi_document() -> dict:
    return json.loads((SCHEMA_DIR / "openapi30.json").read_text())


@api_endpoint("openapi")
def openapi(request):
    """The UK profile's API description, with this server's address."""
    document = dict(_openapi_document())
    document["servers"] = [{"url": request.build_absolute_uri(reverse("openreferral:root"))}]
    return document


@api_endpoint("services", SERVICE_PARAMS)
def services(request):
    """Published services, one-to-one fields and their organisation, filtered and paged."""
    page, per_page = page_params(request.GET)
    filters = service_filters(request.GET)
    result = selectors.services_page(filters, page, per_page)
    return result.envelope([hsds.service_brief(s, request=request) for s in result.items])


def _uuid_or_404(value: str, what: str) -> str:
    try:
        return parse_uuid(value, "id")
    except ApiError:
        raise ApiError(f"There is no {what} with the id {value[:60]!r}.", status=404) from None


@api_endpoint("service")
def service(request, id):
    """One published service with everything about it."""
    found = selectors.service_full(_uuid_or_404(id, "service"))
    if found is None:
        raise ApiError(f"There is no published service with the id {id}.", status=404)
    return hsds.service_full(found, request=request)


@api_endpoint("service_at_locations", SERVICE_PARAMS)
def service_at_locations(request):
    """Each place a published service happens, filtered like /services, and paged."""
    page, per_page = page_params(request.GET)
    filters = service_filters(request.GET)
    result = selectors.service_at_locations_page(filters, page, per_page)
    return result.envelope(
        [hsds.service_at_location_brief(loc, request=request) for loc in result.items]
    )


@api_endpoint("service_at_location")
def service_at_location(request, id):
    """One place a service happens, with the full location and the full service."""
    found = selectors.service_at_location_full(_uuid_or_404(id, "service at location"))
    if found is None:
        raise ApiError(f"There is no service at location with the id {id}.", status=404)
    return hsds.service_at_location_full(found, request=request)


@api_endpoint("organizations", PAGE_PARAMS)
def organizations(request):
    """Organisations with at least one published service, paged."""
    page, per_page = page_params(request.GET)
    result = selectors.organizations_page(page, per_page)
    return result.envelope([hsds.organization_brief(o) for o in result.items])


@api_endpoint("organization")
def organization(request, id):
    """One organisation with its published services in full."""
    found = selectors.organization_full(_uuid_or_404(id, "organization"))
    if found is None:
        raise ApiError(f"There is no organization with the id {id}.", status=404)
    org, org_services = found
    return hsds.organization_full(org, org_services, request=request)


def _terms(request, taxonomy_key: str | None = None) -> list[dict]:
    terms = []
    if taxonomy_key in (None, ids.NEEDS):
        terms += [hsds.need_term(n, request=request) for n in selectors.needs()]
    if taxonomy_key in (None, ids.AREAS):
        terms += [hsds.area_term(a, request=request) for a in selectors.areas()]
    terms += [
        hsds.fixed_term(t)
        for t in ids.FIXED_TERMS
        if taxonomy_key is None or t.taxonomy_key == taxonomy_key
    ]
    return terms


@api_endpoint("taxonomies", PAGE_PARAMS)
def taxonomies(request):
    """The taxonomies our terms belong to, paged."""
    page, per_page = page_params(request.GET)
    result = selectors.paginate(list(ids.TAXONOMIES.values()), page, per_page)
    return result.envelope([hsds.taxonomy(t, request=request) for t in result.items])


@api_endpoint("taxonomy")
def taxonomy(request, id):
    """One taxonomy with all its terms."""
    tax = ids.TAXONOMY_BY_ID.get(_uuid_or_404(id, "taxonomy"))
    if tax is None:
        raise ApiError(f"There is no taxonomy with the id {id}.", status=404)
    return hsds.taxonomy(tax, _terms(request, tax.key), request=request)


@api_endpoint("taxonomy_terms", [*PAGE_PARAMS, "taxonomy_id"])
def taxonomy_terms(request):
    """Every taxonomy term (optionally of one taxonomy), paged."""
    page, per_page = page_params(request.GET)
    taxonomy_id = parse_uuid(request.GET.get("taxonomy_id"), "taxonomy_id")
    key = None
    if taxonomy_id:
        tax = ids.TAXONOMY_BY_ID.get(taxonomy_id)
        if tax is None:
            raise ApiError(
                f"There is no taxonomy with the id {taxonomy_id}.", parameter="taxonomy_id"
            )
        key = tax.key
    result = selectors.paginate(_terms(request, key), page, per_page)
    return result.envelope(result.items)


@api_endpoint("taxonomy_term")
def taxonomy_term(request, id):
    """One taxonomy term."""
    term = selectors.term_by_id(_uuid_or_404(id, "taxonomy term"))
    if term is None:
        raise ApiError(f"There is no taxonomy term with the id {id}.", status=404)
    if isinstance(term, ids.Term):
        return hsds.fixed_term(term)
    if hasattr(term, "broad_area_id"):
        return hsds.need_term(term, request=request)
    return hsds.area_term(term, request=request)


@api_endpoint("not_found")
def not_found(request, rest=""):
    """Any other address under the API: a JSON 404 rather than an HTML page."""
    raise ApiError(
        "There is nothing at this address. The API's endpoints are listed in its description "
        f"at {request.build_absolute_uri(reverse('openreferral:openapi'))}.",
        status=404,
    )


@require_safe
def open_data(request):
    """The open data page: what the API offers, in plain words, with links and licence."""
    base = request.build_absolute_uri(reverse("openreferral:root"))
    return render(
        request,
        "openreferral/open_data.html",
        {
            "api_base": base,
            "licence_name": settings.OPEN_DATA_LICENCE_NAME,
            "licence_url": settings.OPEN_DATA_LICENCE_URL,
            "max_per_page": MAX_PER_PAGE,
            "rate_limit": settings.OPEN_DATA_RATE_LIMIT,
            "taxonomies": list(ids.TAXONOMIES.values()),
        },
    )
