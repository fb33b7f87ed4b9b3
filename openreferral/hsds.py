"""Directory records as Open Referral UK (HSDS 3.0 UK profile) objects.

Plain dicts, ready for JSON. Where the UK profile has no field for something a
family needs, the nearest HSDS 3.0 field is used (the profile allows extra
properties): `eligibility_description`, `application_process`,
`fees_description`, `phones` and `email` on contacts. Needs, areas of
provision, level of support, where the service is offered and how to access it
are published as taxonomy terms, linked to each service through `attributes`.

The functions expect the prefetching done by `openreferral.selectors`; they
never query the database themselves.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode

from directory.models import AreaOfProvision, Location, Need, OpeningTime, Organisation, Service
from openreferral import ids

BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def _clean(data: dict) -> dict:
    """Leave out empty optional values (None or ""), so formats like uri and email hold."""
    return {k: v for k, v in data.items() if v is not None and v != ""}


# Taxonomies and terms ------------------------------------------------------


def taxonomy(tax: ids.Taxonomy, terms=None, *, request) -> dict:
    data = {
        "id": tax.id,
        "name": tax.name,
        "description": tax.description,
        "uri": _absolute(request, reverse("openreferral:taxonomy", args=[tax.id])),
        "version": "1",
    }
    if terms is not None:
        data["taxonomy_terms"] = terms
    return data


def need_term(need: Need, *, request) -> dict:
    """A need as a term; `need.broad_area` must be loaded (select_related)."""
    tax = ids.TAXONOMIES[ids.NEEDS]
    return _clean(
        {
            "id": str(need.uuid),
            "name": need.name,
            "description": need.description or need.name,
            "parent_id": str(need.broad_area.uuid) if need.broad_area_id else None,
            "taxonomy": tax.name,
            "taxonomy_id": tax.id,
            "term_uri": _absolute(
                request, reverse("directory:service_search") + "?" + urlencode({"need": need.slug})
            ),
            "term": need.slug,
        }
    )


def area_term(area: AreaOfProvision, *, request) -> dict:
    tax = ids.TAXONOMIES[ids.AREAS]
    return _clean(
        {
            "id": str(area.uuid),
            "name": area.name,
            "description": area.description or area.name,
            "taxonomy": tax.name,
            "taxonomy_id": tax.id,
            "term_uri": _absolute(
                request, reverse("directory:service_search") + "?" + urlencode({"area": area.slug})
            ),
            "term": area.slug,
        }
    )


def fixed_term(term: ids.Term) -> dict:
    tax = ids.TAXONOMIES[term.taxonomy_key]
    return {
        "id": term.id,
        "name": term.name,
        "description": term.description,
        "taxonomy": tax.name,
        "taxonomy_id": tax.id,
        "term": term.value,
    }


def service_terms(service: Service, *, request) -> list[dict]:
    """Every term that describes the service, needs first."""
    terms = [need_term(n, request=request) for n in service.needs.all()]
    terms += [area_term(a, request=request) for a in service.areas.all()]
    terms.append(fixed_term(ids.fixed_term(ids.LEVEL, service.level)))
    terms.append(fixed_term(ids.fixed_term(ids.WHERE, service.where_offered)))
    terms += [
        fixed_term(ids.fixed_term(ids.ACCESS, name))
        for name in ids.ACCESS_FIELDS
        if getattr(service, name)
    ]
    return terms


def _attribute(link_id, link_type: str, term: dict) -> dict:
    return {
        "id": ids.derived("attribute", link_id, term["id"]),
        "link_id": str(link_id),
        "link_type": link_type,
        "link_entity": link_type,
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }


# Organisations --------------------------------------------------------------


def organization_brief(org: Organisation) -> dict:
    return _clean(
        {
            "id": str(org.uuid),
            "name": org.name,
            "description": org.description or "",
            "email": org.email,
            "website": org.website,
        }
    ) | {"description": org.description or ""}


def organization_full(org: Organisation, services, *, request) -> dict:
    data = organization_brief(org)
    if org.phone:
        data["phones"] = [
            {
                "id": ids.derived("phone", org.uuid),
                "organization_id": str(org.uuid),
                "number": org.phone,
            }
        ]
    data["services"] = [service_full(s, request=request, with_organization=False) for s in services]
    return data


# Services -------------------------------------------------------------------


def service_description(service: Service) -> str:
    """The summary, a blank line, then the description (the importer splits them again)."""
    return f"{service.summary}\n\n{service.description}".strip()


def service_brief(service: Service, *, request, with_organization=True) -> dict:
    """The one-to-one fields of a service (what lists show)."""
    data = _clean(
        {
            "id": str(service.uuid),
            "organization_id": str(service.organisation.uuid),
            "name": service.name,
            "description": service_description(service),
            "url": service.website or _absolute(request, service.get_absolute_url()),
            "email": service.contact_email,
            "status": "active",
            "minimum_age": service.min_age,
            "maximum_age": service.max_age,
            "assured_date": service.last_reviewed.isoformat() if service.last_reviewed else None,
            "last_modified": service.updated.isoformat() if service.updated else None,
        }
    )
    if with_organization:
        data["organization"] = organization_brief(service.organisation)
    return data


def _schedule(service: Service, location: Location, time: OpeningTime) -> dict:
    opens, closes = time.opens.strftime("%H:%M:%S"), time.closes.strftime("%H:%M:%S")
    return _clean(
        {
            "id": ids.derived("schedule", location.uuid, time.weekday, opens, closes),
            "service_id": str(service.uuid),
            "service_at_location_id": str(location.uuid),
            "freq": "WEEKLY",
            "interval": 1,
            "byday": BYDAY[time.weekday],
            "opens_at": opens,
            "closes_at": closes,
            "description": f"{time} at {location.name}",
            "notes": location.opening_exceptions,
            "attending_type": "in_person",
        }
    )


def _cost_options(service: Service) -> list[dict]:
    base = {"id": ids.derived("cost_option", service.uuid), "service_id": str(service.uuid)}
    if service.is_free:
        return [base | {"option": "Free", "amount": 0, "amount_description": "Free"}]
    return [base | {"option": "Charge", "amount_description": service.cost_details}]


def _contacts(service: Service) -> list[dict]:
    """Only the service's public contact details (never staff accounts)."""
    if not (service.contact_phone or service.contact_email):
        return []
    contact_id = ids.derived("contact", service.uuid)
    contact = _clean(
        {
            "id": contact_id,
            "service_id": str(service.uuid),
            "name": service.name,
            "email": service.contact_email,
        }
    )
    if service.contact_phone:
        contact["phones"] = [
            {
                "id": ids.derived("phone", contact_id),
                "contact_id": contact_id,
                "number": service.contact_phone,
            }
        ]
    return [contact]


def service_area(service: Service) -> dict:
    label = service.get_where_offered_display()
    return {
        "id": ids.derived("service_area", service.uuid),
        "service_id": str(service.uuid),
        "name": label,
        "service_area": f"{label} ({settings.COUNCIL_NAME})",
        "extent_type": "text",
        "extent": service.where_offered,
    }


def service_full(service: Service, *, request, with_organization=True) -> dict:
    """A service with everything about it (the `/services/{id}` response)."""
    data = service_brief(service, request=request, with_organization=with_organization)
    if with_organization:
        org = service.organisation
        if org.phone:
            data["organization"]["phones"] = [
                {"id": ids.derived("phone", org.uuid), "number": org.phone}
            ]
    locations = list(service.locations.all())
    data |= _clean(
        {
            "eligibility_description": service.eligibility,
            "application_process": service.how_to_access,
            "fees_description": service.cost_details,
        }
    )
    data["schedules"] = [
        _schedule(service, location, time)
        for location in locations
        for time in location.opening_times.all()
    ]
    data["service_areas"] = [service_area(service)]
    data["service_at_locations"] = [
        {
            "id": str(location.uuid),
            "service_id": str(service.uuid),
            "location_id": location_id(location),
            "location": location_full(location),
        }
        for location in locations
    ]
    data["cost_options"] = _cost_options(service)
    data["contacts"] = _contacts(service)
    data["languages"] = []
    data["funding"] = []
    data["attributes"] = [
        _attribute(service.uuid, "service", term)
        for term in service_terms(service, request=request)
    ]
    return data


# Locations ------------------------------------------------------------------


def location_id(location: Location) -> str:
    """A location's id. The location's UUID itself is its service_at_location id."""
    return ids.derived("location", location.uuid)


def location_brief(location: Location) -> dict:
    return _clean(
        {
            "id": location_id(location),
            "location_type": "physical",
            "name": location.name,
            "latitude": float(location.latitude) if location.latitude is not None else None,
            "longitude": float(location.longitude) if location.longitude is not None else None,
        }
    )


def address(location: Location) -> dict:
    lines = [line.strip(" ,") for line in location.address.splitlines() if line.strip(" ,")]
    first = lines[0] if lines else location.name
    return _clean(
        {
            "id": ids.derived("address", location.uuid),
            "location_id": location_id(location),
            "address_1": first,
            "address_2": ", ".join(lines[1:-1]),
            "city": lines[-1] if len(lines) > 1 else "",
            "state_province": "",
            "postal_code": location.postcode,
            "country": "GB",
            "address_type": "physical",
        }
    ) | {"city": lines[-1] if len(lines) > 1 else "", "state_province": ""}


def location_full(location: Location) -> dict:
    data = location_brief(location)
    data["addresses"] = [address(location)]
    data["accessibility"] = (
        [
            {
                "id": ids.derived("accessibility", location.uuid),
                "location_id": data["id"],
                "description": location.accessibility,
            }
        ]
        if location.accessibility
        else []
    )
    return data


def service_at_location_brief(location: Location, *, request) -> dict:
    return {
        "id": str(location.uuid),
        "service_id": str(location.service.uuid),
        "location_id": location_id(location),
        "location": location_brief(location),
        "service": service_brief(location.service, request=request),
    }


def service_at_location_full(location: Location, *, request) -> dict:
    service = location.service
    return {
        "id": str(location.uuid),
        "service_id": str(service.uuid),
        "location_id": location_id(location),
        "location": location_full(location),
        "service": service_full(service, request=request),
    }
