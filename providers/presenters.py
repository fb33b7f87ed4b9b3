"""Display strings for the portal and the approvals queue: values side by side."""

from dataclasses import dataclass

from core import hooks
from directory.models import AreaOfProvision, Need, OpeningTime, Service
from providers.models import ChangeRequest
from providers.selectors import SERVICE_FIELDS, review_state


def _label(name: str) -> str:
    if name == "needs":
        return "Needs supported"
    if name == "areas":
        return "Types of provision"
    if name == "locations":
        return "Locations and opening times"
    return str(Service._meta.get_field(name).verbose_name).capitalize()


def display_value(name: str, value, names: dict) -> str:
    if value is None or value == "":
        return "Not given"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if name == "level":
        return Service.Level(value).label if value in Service.Level.values else str(value)
    if name == "where_offered":
        values = Service.WhereOffered.values
        return Service.WhereOffered(value).label if value in values else str(value)
    if name in ("needs", "areas"):
        return ", ".join(names[name].get(pk, "(removed)") for pk in value) or "None"
    if name == "locations":
        return "\n\n".join(location_text(loc) for loc in value) or "None"
    return str(value)


def location_text(location: dict) -> str:
    lines = [location.get("name", ""), location.get("address", ""), location.get("postcode", "")]
    times = location.get("opening_times") or []
    if times:
        lines.append(
            "Open: " + "; ".join(f"{OpeningTime.Weekday(d).label} {o} to {c}" for d, o, c in times)
        )
    if location.get("opening_exceptions"):
        lines.append(f"Changes to opening times: {location['opening_exceptions']}")
    if location.get("accessibility"):
        lines.append(f"Venue accessibility: {location['accessibility']}")
    return "\n".join(line for line in lines if line)


@dataclass
class DiffRow:
    key: str
    label: str
    current: str
    proposed: str
    changed: bool
    conflict: bool


def snapshot_names(*snapshots) -> dict:
    need_ids, area_ids = set(), set()
    for snapshot in snapshots:
        need_ids.update((snapshot or {}).get("needs", []))
        area_ids.update((snapshot or {}).get("areas", []))
    return {
        "needs": dict(Need.objects.filter(pk__in=need_ids).values_list("pk", "name")),
        "areas": dict(AreaOfProvision.objects.filter(pk__in=area_ids).values_list("pk", "name")),
    }


def diff_rows(
    *, current: dict | None, proposed: dict, conflicts=(), only_changed=False
) -> list[DiffRow]:
    """Field by field: what families see now beside what the provider proposes."""
    current = current or {}
    names = snapshot_names(current, proposed)
    rows = []
    for key in [*SERVICE_FIELDS, "needs", "areas", "locations"]:
        if key not in proposed:
            continue
        before = (
            display_value(key, current.get(key), names) if current else "Not given (new service)"
        )
        after = display_value(key, proposed.get(key), names)
        changed = not current or current.get(key) != proposed.get(key)
        if only_changed and not changed:
            continue
        rows.append(
            DiffRow(
                key=key,
                label=_label(key),
                current=before,
                proposed=after,
                changed=changed,
                conflict=key in conflicts,
            )
        )
    return rows


@dataclass
class WritingRow:
    """How easy one of the texts families read first is to read (check is None if it is empty)."""

    label: str
    check: hooks.WritingCheck | None


WRITING_FIELDS = ["summary", "description"]


def writing_rows(values) -> list[WritingRow]:
    """Reading ease and plain-English hints for the summary and description in `values`
    (a snapshot, a proposal or the posted form)."""
    checks = hooks.writing_checks([values.get(name) or "" for name in WRITING_FIELDS])
    return [
        WritingRow(_label(name), check) for name, check in zip(WRITING_FIELDS, checks, strict=True)
    ]


STATUS_TAGS = {
    ChangeRequest.Status.PENDING: "govuk-tag--yellow",
    ChangeRequest.Status.APPROVED: "govuk-tag--green",
    ChangeRequest.Status.REJECTED: "govuk-tag--red",
    ChangeRequest.Status.WITHDRAWN: "govuk-tag--grey",
}

REVIEW_TAGS = {
    "overdue": ("Check overdue", "govuk-tag--red"),
    "due-today": ("Check due today", "govuk-tag--orange"),
    "due-soon": ("Check due soon", "govuk-tag--yellow"),
}

SERVICE_STATUS_TAGS = {
    Service.Status.PUBLISHED: ("Published", "govuk-tag--green"),
    Service.Status.DRAFT: ("Draft: not public", "govuk-tag--grey"),
    Service.Status.ARCHIVED: ("Removed", "govuk-tag--grey"),
}


@dataclass
class ServiceRow:
    """A service on the dashboard, with its tags and what needs doing."""

    service: Service
    pending_id: int | None

    @property
    def tags(self) -> list[tuple[str, str]]:
        tags = [SERVICE_STATUS_TAGS[self.service.status]]
        if self.pending_id:
            tags.append(("Change waiting for approval", "govuk-tag--purple"))
        state = review_state(self.service)
        if state and self.service.status == Service.Status.PUBLISHED:
            tags.append(REVIEW_TAGS[state])
        return tags

    @property
    def review_state(self) -> str:
        return review_state(self.service)


def field_label(name: str) -> str:
    return _label(name)
