"""The Open Referral UK schemas kept in openreferral/schema/, as jsonschema validators.

Used by the importer to check each feed entry before anything is written, and
by the tests to check every API response.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SCHEMA_DIR = Path(__file__).parent / "schema"


@cache
def _registry() -> Registry:
    """Every schema file by its name, so `{"$ref": "taxonomy_term.json"}` resolves offline."""
    return Registry().with_resources(
        (
            path.name,
            Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT7),
        )
        for path in SCHEMA_DIR.glob("*.json")
        if path.name != "openapi30.json"
    )


@cache
def validator(name: str) -> Draft7Validator:
    schema = json.loads((SCHEMA_DIR / f"{name}.json").read_text())
    return Draft7Validator(schema, format_checker=FormatChecker(), registry=_registry())


def _describe(error) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "(the entry)"
    return f"{where}: {error.message[:200]}"


def errors(name: str, data, limit: int = 20) -> list[str]:
    """Up to `limit` readable problems with `data` against the schema `name` ([] if valid)."""
    found = []
    for error in validator(name).iter_errors(data):
        found.append(_describe(error))
        if len(found) >= limit:
            break
    return found


def problems(name: str, data, limit: int = 3) -> tuple[list[str], list[str]]:
    """(errors, format warnings): a wrong type, a missing field or a value outside an enum
    is an error; an id that is not a UUID or a malformed address only a warning."""
    hard, soft = [], []
    for error in validator(name).iter_errors(data):
        (soft if error.validator == "format" else hard).append(_describe(error))
    return hard[:limit], soft[:limit]
