"""The Open Referral UK schemas (openreferral/schema/), as jsonschema validators."""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "openreferral" / "schema"

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


@cache
def _registry() -> Registry:
    """Every schema file by its name, so `{"$ref": "taxonomy_term.json"}` resolves offline."""
    return Registry().with_resources(
        (
            path.name,
            Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT7),
        )
        for path in SCHEMA_DIR.glob("*.json")
    )


@cache
def validator(name: str) -> Draft7Validator:
    schema = json.loads((SCHEMA_DIR / f"{name}.json").read_text())
    return Draft7Validator(schema, format_checker=FormatChecker(), registry=_registry())


def errors(name: str, data) -> list[str]:
    return [
        f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
        for e in validator(name).iter_errors(data)
    ]


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
