"""The Open Referral UK schemas (openreferral/schema/), as jsonschema validators."""

from openreferral.schemas import errors

# What each endpoint returns, as the UK profile's API description says. The
# detail of a service_at_location is checked against the compiled
# service_at_location schema: the description points it at service.json, which
# looks like a slip (it would make the endpoint return a service).
ENDPOINT_SCHEMAS = {
    "services": "service_list",
    "service": "service",
    "service_at_locations": "service_at_location_list",
    "service_at_location": "service_at_location",
    "organizations": "organization_list",
    "organization": "organization",
    "taxonomies": "taxonomy",
    "taxonomy": "taxonomy",
    "taxonomy_terms": "taxonomy_term",
    "taxonomy_term": "taxonomy_term",
}
PAGE_FIELDS = {
    "total_items": int,
    "total_pages": int,
    "page_number": int,
    "size": int,
    "first_page": bool,
    "last_page": bool,
    "empty": bool,
}


def check(endpoint: str, data) -> int:
    """Validate a response body; for lists, the paging fields and every item. Returns items."""
    name = ENDPOINT_SCHEMAS[endpoint]
    if endpoint.endswith("s") and endpoint not in ("service", "service_at_location"):
        for field, kind in PAGE_FIELDS.items():
            assert isinstance(data[field], kind), f"{endpoint}: {field} is not {kind.__name__}"
        assert isinstance(data["contents"], list)
        for item in data["contents"]:
            problems = errors(name, item)
            assert not problems, f"{endpoint}: {problems[:5]}"
        return len(data["contents"])
    problems = errors(name, data)
    assert not problems, f"{endpoint}: {problems[:5]}"
    return 1
