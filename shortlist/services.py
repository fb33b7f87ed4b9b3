"""Changes to a family's list. It lives in their session only: no account, no table.

The session holds, per saved service, its id, its name when it was saved (so a
service that is later withdrawn can still be named) and the family's own note.
Sessions end after SESSION_COOKIE_AGE; "Clear my list" deletes the list at once.
"""

from directory.models import Service

SESSION_KEY = "shortlist"
MAX_SERVICES = 50
NOTE_MAX_LENGTH = 500


def stored_entries(session) -> list[dict]:
    """The list as stored, with anything malformed dropped."""
    raw = session.get(SESSION_KEY)
    if not isinstance(raw, list):
        return []
    entries, seen = [], set()
    for item in raw[:MAX_SERVICES]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), int):
            continue
        if item["id"] in seen:
            continue
        seen.add(item["id"])
        entries.append(
            {
                "id": item["id"],
                "name": str(item.get("name", ""))[:200],
                "note": str(item.get("note", ""))[:NOTE_MAX_LENGTH],
            }
        )
    return entries


def _store(session, entries: list[dict]) -> None:
    if entries:
        session[SESSION_KEY] = entries
    else:
        session.pop(SESSION_KEY, None)


def shortlist_add(*, session, services: list[Service]) -> int:
    """Add published services not already on the list, up to MAX_SERVICES. Returns how many."""
    entries = stored_entries(session)
    present = {entry["id"] for entry in entries}
    added = 0
    for service in services:
        if len(entries) >= MAX_SERVICES:
            break
        if service.pk in present or service.status != Service.Status.PUBLISHED:
            continue
        entries.append({"id": service.pk, "name": service.name, "note": ""})
        present.add(service.pk)
        added += 1
    if added:
        _store(session, entries)
    return added


def shortlist_remove(*, session, service_id: int) -> bool:
    """Take a service (and its note) off the list. False if it was not on it."""
    entries = stored_entries(session)
    kept = [entry for entry in entries if entry["id"] != service_id]
    _store(session, kept)
    return len(kept) != len(entries)


def shortlist_set_notes(*, session, notes: dict[int, str]) -> None:
    """Replace the notes of services on the list (others are ignored)."""
    entries = stored_entries(session)
    for entry in entries:
        if entry["id"] in notes:
            entry["note"] = notes[entry["id"]].strip()[:NOTE_MAX_LENGTH]
    _store(session, entries)


def shortlist_clear(*, session) -> None:
    """Delete the list and every note now."""
    session.pop(SESSION_KEY, None)
