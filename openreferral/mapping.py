"""An Open Referral service entry (HSDS 3.0, or simple v1) as directory field values.

Pure functions: nothing here reads or writes the database. What cannot be
mapped is reported as a warning on the result rather than guessed silently.
"""

import re
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils import timezone

from directory.models import MAX_AGE, Organisation, Service
from directory.validators import normalise_postcode, validate_uk_phone
from openreferral import ids

BYDAY = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
V1_DAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
SUMMARY_LENGTH = 300
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$")


@dataclass
class SourceTerm:
    id: str
    name: str
    taxonomy: str


@dataclass
class MappedLocation:
    entry_id: str
    fields: dict
    opening_times: list[tuple[int, time, time]] = field(default_factory=list)


@dataclass
class MappedService:
    organisation_id: str
    organisation: dict
    fields: dict
    terms: list[SourceTerm] = field(default_factory=list)
    locations: list[MappedLocation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    active: bool = True


class EntryRejected(Exception):
    """The entry cannot become a directory service; the message says why."""


def _text(value, limit: int | None = None) -> str:
    if value is None or isinstance(value, dict | list | bool):
        return ""
    text = str(value).replace("\x00", "").strip()
    return text[:limit] if limit else text


def _valid(validator, value: str) -> bool:
    try:
        validator(value)
    except ValidationError:
        return False
    return True


def _url(value) -> str:
    text = _text(value, 200)
    return text if text and _valid(URLValidator(schemes=["http", "https"]), text) else ""


def _email(value) -> str:
    text = _text(value, 254)
    return text if text and _valid(EmailValidator(), text) else ""


def _phone(value) -> str:
    text = _text(value, 30)
    return text if text and _valid(validate_uk_phone, text) else ""


def _age(value) -> int | None:
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number != number:  # NaN
        return None
    return int(number)


def parse_time(value) -> time | None:
    match = _TIME.match(_text(value))
    if not match:
        return None
    hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    return time(hours, minutes, seconds)


def split_description(text: str, name: str) -> tuple[str, str]:
    """(summary, description): the first paragraph if it is short enough, else a cut."""
    text = text.strip()
    if not text:
        return name[:SUMMARY_LENGTH], name
    first, _, rest = text.partition("\n\n")
    first = " ".join(first.split())
    if len(first) <= SUMMARY_LENGTH:
        return first, rest.strip() or text
    cut = first[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…", text


def _terms(entry: dict) -> list[SourceTerm]:
    """Taxonomy terms from v3 `attributes` and v1 `service_taxonomys`."""
    found: dict[str, SourceTerm] = {}
    raw = []
    for attribute in entry.get("attributes") or []:
        if isinstance(attribute, dict):
            raw.append(attribute.get("taxonomy_term") or {"id": attribute.get("taxonomy_term_id")})
    for link in entry.get("service_taxonomys") or []:
        if isinstance(link, dict):
            raw.append(link.get("taxonomy") or {})
    for term in raw:
        if not isinstance(term, dict):
            continue
        term_id = _text(term.get("id"), 200)
        if not term_id:
            continue
        taxonomy = term.get("taxonomy") or term.get("vocabulary") or ""
        if isinstance(taxonomy, dict):
            taxonomy = taxonomy.get("name", "")
        found[term_id] = SourceTerm(
            id=term_id,
            name=_text(term.get("name"), 300) or term_id,
            taxonomy=_text(taxonomy, 300),
        )
    return list(found.values())


def _fixed_fields(terms: list[SourceTerm]) -> dict:
    """Level, where offered and access flags, when the feed uses our own fixed terms."""
    values: dict = {}
    for term in terms:
        fixed = ids.FIXED_TERM_BY_ID.get(term.id)
        if fixed is None:
            continue
        if fixed.taxonomy_key == ids.LEVEL:
            values["level"] = fixed.value
        elif fixed.taxonomy_key == ids.WHERE:
            values["where_offered"] = fixed.value
        else:
            values[fixed.value] = True
    return values


def _costs(entry: dict) -> tuple[bool, str, list[str]]:
    fees = _text(entry.get("fees_description")) or _text(entry.get("fees"))
    options = [o for o in entry.get("cost_options") or [] if isinstance(o, dict)]
    if not options and not fees:
        return (
            False,
            "The feed did not say whether there is a charge: ask the provider.",
            ["no cost information: recorded as 'ask the provider'"],
        )
    charged = []
    free = False
    for option in options:
        amount = option.get("amount")
        label = _text(option.get("option"))
        description = _text(option.get("amount_description"))
        if label.lower() == "free" or (
            isinstance(amount, int | float) and not isinstance(amount, bool) and amount == 0
        ):
            free = True
            continue
        money = f"£{amount:,.2f}" if isinstance(amount, int | float) and amount else ""
        charged.append(" ".join(p for p in [label + ":" if label else "", money, description] if p))
    if charged or fees:
        return False, fees or "; ".join(charged), []
    return free, "", []


def _schedules_by_location(entry: dict, locations: list[tuple[str, dict]], warnings: list[str]):
    """Weekly opening times for each service_at_location id."""
    times: dict[str, list] = {sal_id: [] for sal_id, _ in locations}
    schedules = []
    for schedule in entry.get("schedules") or []:
        if isinstance(schedule, dict):
            schedules.append((schedule.get("service_at_location_id"), schedule))
    for sal_id, sal in locations:
        for key in ("schedules", "regular_schedules"):
            for schedule in sal.get(key) or []:
                if isinstance(schedule, dict):
                    schedules.append((sal_id, schedule))
    for sal_id, schedule in schedules:
        opens = parse_time(schedule.get("opens_at"))
        closes = parse_time(schedule.get("closes_at"))
        days = []
        byday = _text(schedule.get("byday")).upper()
        if byday:
            days = [BYDAY[d.strip()[-2:]] for d in byday.split(",") if d.strip()[-2:] in BYDAY]
        weekday = _text(schedule.get("weekday")).lower()
        if weekday in V1_DAYS:
            days.append(V1_DAYS[weekday])
        freq = _text(schedule.get("freq")).upper()
        if freq and freq != "WEEKLY":
            warnings.append(f"a {freq.lower()} schedule was left out (only weekly times map)")
            continue
        if not days or opens is None or closes is None or closes <= opens:
            if schedule.get("description") or schedule.get("opens_at"):
                warnings.append(
                    "an opening time without a day, or with unclear hours, was left out"
                )
            continue
        targets = [sal_id] if sal_id in times else []
        if not targets:
            if len(times) == 1:
                targets = list(times)
            else:
                warnings.append("an opening time not linked to one location was left out")
                continue
        for target in targets:
            for day in days:
                if (day, opens, closes) not in times[target]:
                    times[target].append((day, opens, closes))
    return times


def _address(location: dict) -> tuple[str, str]:
    """(address lines without the postcode, postcode) from the first physical address."""
    addresses = [a for a in location.get("addresses") or [] if isinstance(a, dict)]
    addresses += [a for a in location.get("physical_addresses") or [] if isinstance(a, dict)]
    addresses.sort(key=lambda a: a.get("address_type") not in (None, "physical"))
    for address in addresses:
        lines = [
            _text(address.get(key))
            for key in ("address_1", "address_2", "address_3", "address_4", "city", "region")
        ]
        lines = [line for line in lines if line]
        postcode = _text(address.get("postal_code"), 10)
        if lines or postcode:
            return "\n".join(dict.fromkeys(lines)), postcode
    return "", ""


def _coordinate(value, limit: int) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = Decimal(str(value)).quantize(Decimal("0.000001"))
    except (InvalidOperation, ValueError):
        return None
    return number if -limit <= number <= limit else None


def _location(sal_id: str, sal: dict, warnings: list[str]) -> MappedLocation | None:
    location = sal.get("location") if isinstance(sal.get("location"), dict) else sal
    address, postcode = _address(location)
    name = _text(location.get("name"), 200) or (address.splitlines()[0] if address else "")
    try:
        postcode = normalise_postcode(postcode) if postcode else ""
    except ValidationError:
        postcode = ""
    if not (name and address and postcode):
        if location.get("location_type") not in ("virtual", "postal"):
            warnings.append(
                f"location {name or sal_id!r} was left out: it needs a name, an address and "
                "a UK postcode"
            )
        return None
    latitude = _coordinate(location.get("latitude"), 90)
    longitude = _coordinate(location.get("longitude"), 180)
    if (latitude is None) != (longitude is None) or (
        latitude is None and location.get("latitude") is not None
    ):
        warnings.append(f"the coordinates of {name!r} were not valid and were left out")
        latitude = longitude = None
    accessibility = " ".join(
        _text(a.get("description") or a.get("accessibility"))
        for a in (
            location.get("accessibility") or location.get("accessibility_for_disabilities") or []
        )
        if isinstance(a, dict)
    ).strip()
    return MappedLocation(
        entry_id=sal_id,
        fields={
            "name": name,
            "address": address,
            "postcode": postcode,
            "latitude": latitude,
            "longitude": longitude,
            "accessibility": accessibility,
            "opening_exceptions": "",
        },
    )


def _organisation(entry: dict, warnings: list[str]) -> tuple[str, dict]:
    org = entry.get("organization") if isinstance(entry.get("organization"), dict) else {}
    org_id = _text(org.get("id") or entry.get("organization_id"), 300)
    name = _text(org.get("name"), 200)
    if not org_id or not name:
        raise EntryRejected("it has no organisation with an id and a name")
    phone = ""
    for candidate in org.get("phones") or []:
        if isinstance(candidate, dict) and _phone(candidate.get("number")):
            phone = _phone(candidate.get("number"))
            break
    return org_id, {
        "name": name,
        "kind": Organisation.Kind.VOLUNTARY,
        "description": _text(org.get("description")),
        "website": _url(org.get("website") or org.get("url")),
        "email": _email(org.get("email")),
        "phone": phone,
    }


def _contact(entry: dict) -> tuple[str, str]:
    email = _email(entry.get("email"))
    phone = ""
    candidates = list(entry.get("phones") or [])
    for contact in entry.get("contacts") or []:
        if isinstance(contact, dict):
            email = email or _email(contact.get("email"))
            candidates += contact.get("phones") or []
    for candidate in candidates:
        if isinstance(candidate, dict) and _phone(candidate.get("number")):
            phone = _phone(candidate.get("number"))
            break
    return phone, email


def _reviewed(value) -> date:
    today = timezone.localdate()
    try:
        reviewed = date.fromisoformat(_text(value)[:10])
    except ValueError:
        return today
    return reviewed if reviewed <= today else today


def map_service(entry: dict, *, out_of_area: bool) -> MappedService:
    """Directory values for one feed entry; raises EntryRejected when it cannot fit."""
    warnings: list[str] = []
    name = _text(entry.get("name"), 200)
    if not name:
        raise EntryRejected("it has no name")
    status = _text(entry.get("status")).lower() or "active"
    org_id, organisation = _organisation(entry, warnings)

    eligibilities = [e for e in entry.get("eligibilitys") or [] if isinstance(e, dict)]
    min_age = _age(entry.get("minimum_age"))
    max_age = _age(entry.get("maximum_age"))
    if eligibilities and min_age is None and max_age is None:  # v1
        min_age = _age(eligibilities[0].get("minimum_age"))
        max_age = _age(eligibilities[0].get("maximum_age"))
    min_age = 0 if min_age is None else min_age
    max_age = MAX_AGE if max_age is None else max_age
    if min_age > MAX_AGE or max_age < 0 or min_age > max_age:
        raise EntryRejected(f"its ages ({min_age} to {max_age}) are outside 0 to 25")
    if min_age < 0 or max_age > MAX_AGE:
        warnings.append(f"ages {min_age} to {max_age} were narrowed to 0 to 25")
    min_age, max_age = max(min_age, 0), min(max_age, MAX_AGE)

    terms = _terms(entry)
    fixed = _fixed_fields(terms)
    eligibility = _text(entry.get("eligibility_description"))
    if not eligibility and eligibilities:
        eligibility = _text(eligibilities[0].get("eligibility"))
    level = fixed.pop("level", None) or (
        Service.Level.TARGETED if eligibility else Service.Level.UNIVERSAL
    )
    if level != Service.Level.UNIVERSAL and not eligibility:
        eligibility = "Ask the provider who can use this service."
    where = fixed.pop("where_offered", None) or Service.WhereOffered.IN_AREA
    if out_of_area and where == Service.WhereOffered.IN_AREA:
        where = Service.WhereOffered.OUT_OF_AREA
    is_free, cost_details, cost_warnings = _costs(entry)
    warnings += cost_warnings
    phone, email = _contact(entry)
    summary, description = split_description(_text(entry.get("description")), name)
    how_to_access = _text(entry.get("application_process")) or (
        f"Contact {organisation['name']} to ask how to use this service."
    )
    fields = {
        "name": name,
        "summary": summary,
        "description": description,
        "level": level,
        "min_age": min_age,
        "max_age": max_age,
        "where_offered": where,
        "eligibility": eligibility,
        "how_to_access": how_to_access,
        "is_free": is_free,
        "cost_details": cost_details,
        "contact_phone": phone,
        "contact_email": email,
        "website": _url(entry.get("url")),
        "last_reviewed": _reviewed(entry.get("assured_date")),
        **dict.fromkeys(ids.ACCESS_FIELDS, False),
        **fixed,
    }

    sals = []
    for index, sal in enumerate(entry.get("service_at_locations") or [], start=1):
        if isinstance(sal, dict):
            location = sal.get("location") if isinstance(sal.get("location"), dict) else {}
            sal_id = _text(sal.get("id") or location.get("id"), 300) or f"location-{index}"
            sals.append((sal_id, sal))
    opening = _schedules_by_location(entry, sals, warnings)
    locations = []
    for sal_id, sal in sals:
        mapped = _location(sal_id, sal, warnings)
        if mapped is None:
            continue
        mapped.opening_times = sorted(opening.get(sal_id, []))
        notes = [
            _text(s.get("notes"))
            for s in (entry.get("schedules") or [])
            if isinstance(s, dict) and s.get("service_at_location_id") in (sal_id, None)
        ]
        mapped.fields["opening_exceptions"] = next((n for n in notes if n), "")
        locations.append(mapped)
    return MappedService(
        organisation_id=org_id,
        organisation=organisation,
        fields=fields,
        terms=terms,
        locations=locations,
        warnings=warnings,
        active=status in ("active", ""),
    )
