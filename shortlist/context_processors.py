from shortlist.services import stored_entries


def shortlist(request) -> dict:
    """How many services are on the visitor's list, for the header.

    Reads the session only if the browser sent a session cookie, so a first
    visit costs no query and starts no session.
    """
    from django.conf import settings

    count = 0
    if settings.SESSION_COOKIE_NAME in request.COOKIES and hasattr(request, "session"):
        count = len(stored_entries(request.session))
    return {"shortlist_count": count, "shortlist_label": f"My list ({count})" if count else ""}
