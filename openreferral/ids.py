"""Stable Open Referral ids and the taxonomies we publish.

Organisations, services, locations, needs and areas of provision carry a UUID
in the directory. Everything else the standard wants an id for (schedules,
addresses, service areas, attributes, fixed taxonomy terms, ...) gets an id
derived from its parent's UUID with uuid5, so it never changes between
requests and needs no column of its own.
"""

import uuid
from dataclasses import dataclass

from directory.models import Service

# The same namespace as directory/migrations/0008_public_uuids.py.
NAMESPACE = uuid.UUID("21caea0a-a764-5d01-9b09-0a5d50c0845e")


def derived(*parts) -> str:
    """A stable UUID for something that has no UUID column, from its parent and kind."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts)))


@dataclass(frozen=True)
class Term:
    id: str
    name: str
    description: str
    taxonomy_key: str
    value: str  # the directory value this term stands for (a choice or a field name)


@dataclass(frozen=True)
class Taxonomy:
    key: str
    id: str
    name: str
    description: str


# Needs and areas of provision are the directory's own admin-edited lists; the
# other three describe fixed fields of a service.
NEEDS = "needs"
AREAS = "areas"
LEVEL = "level"
WHERE = "where"
ACCESS = "access"

TAXONOMIES = {
    key: Taxonomy(key=key, id=derived("taxonomy", key), name=name, description=description)
    for key, name, description in [
        (
            NEEDS,
            "Special educational needs and disabilities",
            "The four broad areas of need from the SEND Code of Practice and the specific "
            "needs under them. A service's terms are the needs it supports.",
        ),
        (
            AREAS,
            "Areas of provision",
            "The kinds of support in the Local Offer: education, health, social care and more.",
        ),
        (
            LEVEL,
            "Level of support",
            "Universal (open to everyone), targeted (extra support for some) or specialist.",
        ),
        (
            WHERE,
            "Where the service is offered",
            "Whether the service is in the council's area, outside it, regional or national "
            "specialist provision, or online or by phone.",
        ),
        (
            ACCESS,
            "How to access",
            "Referral routes and conditions: self-referral, professional referral, through "
            "an EHC plan, whether a diagnosis or an EHC plan is needed, personal budgets.",
        ),
    ]
}
TAXONOMY_BY_ID = {t.id: t for t in TAXONOMIES.values()}


def _fixed_terms() -> list[Term]:
    terms = []
    for value, label in Service.Level.choices:
        terms.append(Term(derived("term", LEVEL, value), label, label, LEVEL, value))
    for value, label in Service.WhereOffered.choices:
        terms.append(Term(derived("term", WHERE, value), label, label, WHERE, value))
    for field_name, label in ACCESS_FIELDS.items():
        terms.append(Term(derived("term", ACCESS, field_name), label, label, ACCESS, field_name))
    return terms


# Yes/no fields of a service published as terms of the "How to access" taxonomy.
ACCESS_FIELDS = {
    "self_referral": "Families can refer themselves",
    "professional_referral": "A professional can refer",
    "ehc_plan_referral": "Available through an EHC plan",
    "ehc_plan_required": "An EHC plan is needed",
    "diagnosis_required": "A diagnosis is needed",
    "personal_budget": "A personal budget can be used",
}

FIXED_TERMS = _fixed_terms()
FIXED_TERM_BY_ID = {t.id: t for t in FIXED_TERMS}


def fixed_term(taxonomy_key: str, value: str) -> Term:
    return FIXED_TERM_BY_ID[derived("term", taxonomy_key, value)]
