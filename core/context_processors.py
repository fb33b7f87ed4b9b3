from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

# The addresses every page's header and footer link to, by the names templates use.
SITE_URL_NAMES = {
    "home": "home",
    "search": "directory:service_search",
    "my_list": "shortlist:list",
    "comment": "feedback:comment",
    "reports": "feedback:report_list",
    "accessibility": "accessibility",
    "privacy": "privacy",
    "contact": "contact",
    "complaints": "complaints",
    "open_data": "openreferral:open_data",
    "how_we_develop": "consultation:how_we_develop",
}


def site(request):
    """Names and contact details of the council that runs this Local Offer."""
    urls = _site_urls(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
    return {
        "council_name": settings.COUNCIL_NAME,
        "site_name": settings.SITE_NAME,
        "council_contact_email": settings.COUNCIL_CONTACT_EMAIL,
        "council_contact_phone": settings.COUNCIL_CONTACT_PHONE,
        "ias_service_name": settings.IAS_SERVICE_NAME,
        "ias_service_phone": settings.IAS_SERVICE_PHONE,
        "ias_service_email": settings.IAS_SERVICE_EMAIL,
        "ias_service_url": settings.IAS_SERVICE_URL,
        "site_urls": urls,
        # The header's link to this page, if it is one (marked as the current page): a
        # plain value, so pages around cached parts can be shared (core/pageshell.py).
        "current_url": request.path if request.path in urls.values() else "",
    }


@lru_cache(maxsize=16)
def _site_urls(prefix: str, urlconf) -> dict[str, str]:
    """SITE_URL_NAMES reversed once per process (and per script prefix and URLconf), not
    a dozen times on every page: a cached page spent a fifth of its time on them."""
    return {key: reverse(name, urlconf=urlconf) for key, name in SITE_URL_NAMES.items()}
