"""Reads for consultation: the gaps report, the public page, suggestions from the directory.

Nothing here returns a consultee's contact details: the gaps report and the
public page are built from categories, counts and the round's own text.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Sum
from django.utils import timezone

from consultation.models import (
    Change,
    ConsultationRound,
    Consultee,
    ConsulteeCategory,
    Invitation,
    InvolvementEvidence,
    Matter,
)
from core import links
from directory.models import Organisation, Service

#: The Local Offer should be reviewed at least once a year.
REVIEW_INTERVAL = timedelta(days=365)

IN, OUT = Consultee.Where.IN_AREA, Consultee.Where.OUT_OF_AREA


def review_overdue(now=None) -> bool:
    """True when no review round has been published in the last 12 months."""
    now = now or timezone.now()
    return (
        not ConsultationRound.objects.published()
        .filter(published_at__gte=now - REVIEW_INTERVAL)
        .exists()
    )


# ---- the gaps report ------------------------------------------------------------------


@dataclass
class CategoryRow:
    category: ConsulteeCategory
    invited_in: int = 0
    invited_out: int = 0
    responded_in: int = 0
    responded_out: int = 0

    @property
    def invited(self) -> int:
        return self.invited_in + self.invited_out

    @property
    def responded(self) -> int:
        return self.responded_in + self.responded_out

    @property
    def gap(self) -> bool:
        return self.category.must_consult and self.invited == 0


@dataclass
class MatterRow:
    matter: str
    label: str
    pieces: int = 0
    children_young_people: int = 0
    parents_carers: int = 0

    @property
    def gap(self) -> bool:
        return self.pieces == 0


@dataclass
class GapsReport:
    round: ConsultationRound
    categories: list[CategoryRow]
    matters: list[MatterRow]
    flags: list[str] = field(default_factory=list)

    @property
    def invited(self) -> int:
        return sum(row.invited for row in self.categories)

    @property
    def responded(self) -> int:
        return sum(row.responded for row in self.categories)


def _category_counts(rounds) -> dict[tuple[int, int], CategoryRow]:
    """(round id, category id) -> counts of invited and responding consultees, in one query."""
    rows = (
        Invitation.objects.filter(round__in=rounds)
        .values("round_id", "consultee__category_id", "consultee__where")
        .annotate(invited=Count("id"), responded=Count("id", filter=Q(responded=True)))
        .order_by()
    )
    counts: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
    for row in rows:
        key = (row["round_id"], row["consultee__category_id"])
        side = "in" if row["consultee__where"] == IN else "out"
        counts[key][f"invited_{side}"] = row["invited"]
        counts[key][f"responded_{side}"] = row["responded"]
    return counts


def _matter_rows(evidence_counts: dict[str, dict]) -> list[MatterRow]:
    return [
        MatterRow(
            matter=value,
            label=label,
            pieces=evidence_counts.get(value, {}).get("pieces", 0),
            children_young_people=evidence_counts.get(value, {}).get("cyp", 0) or 0,
            parents_carers=evidence_counts.get(value, {}).get("parents", 0) or 0,
        )
        for value, label in Matter.choices
    ]


def gaps_report(round: ConsultationRound) -> GapsReport:
    """Every category with who was invited and took part, the regulation 55 matters, the gaps.

    Four queries whatever the number of consultees.
    """
    categories = list(ConsulteeCategory.objects.all())
    counts = _category_counts([round.pk])
    rows = [CategoryRow(category=c, **counts.get((round.pk, c.pk), {})) for c in categories]
    evidence = {
        row["matter"]: row
        for row in InvolvementEvidence.objects.filter(round=round)
        .values("matter")
        .annotate(
            pieces=Count("id"), cyp=Sum("children_young_people"), parents=Sum("parents_carers")
        )
        .order_by()
    }
    matters = _matter_rows(evidence)
    young_people_groups = Invitation.objects.filter(
        round=round,
        responded=True,
        consultee__voice__in=[Consultee.Voice.CHILDREN_YOUNG_PEOPLE, Consultee.Voice.BOTH],
    ).exists()

    report = GapsReport(round=round, categories=rows, matters=matters)
    flags = report.flags
    if report.invited == 0:
        flags.append("No consultees are recorded for this round: nobody was invited.")
    for row in rows:
        if row.gap:
            flags.append(
                f"Nobody was invited from {row.category.legal_reference}: {row.category.name}."
            )
    if not any(row.invited_out for row in rows):
        flags.append(
            "No bodies outside our area were invited (regulation 54(2)): for example colleges "
            "or special schools in other areas that children and young people from our area "
            "attend."
        )
    for matter in matters:
        if matter.gap:
            flags.append(
                f"No evidence that families were involved in: {matter.label.lower()} "
                "(regulation 55)."
            )
    if not young_people_groups and not any(m.children_young_people for m in matters):
        flags.append(
            "Children and young people themselves were not involved: no group of children or "
            "young people took part, and no involvement evidence counts any (only parents "
            "or organisations)."
        )
    return report


# ---- the public page ------------------------------------------------------------------


@dataclass
class PublicRound:
    round: ConsultationRound
    categories: list[CategoryRow]
    matters: list[MatterRow]
    evidence: list[InvolvementEvidence]
    changes: list[tuple[Change, links.Link | None]]

    @property
    def took_part(self) -> int:
        return sum(row.responded for row in self.categories)

    @property
    def invited(self) -> int:
        return sum(row.invited for row in self.categories)


def published_rounds() -> list[PublicRound]:
    """Every published round with counts by category and evidence; no personal data.

    A fixed number of queries (six, plus one for linked "you said, we did"
    entries when there are any) whatever the number of rounds or consultees.
    """
    rounds = list(
        ConsultationRound.objects.published()
        .defer("published_by")
        .prefetch_related(
            Prefetch("evidence", queryset=InvolvementEvidence.objects.order_by("matter", "starts")),
            Prefetch("changes", queryset=Change.objects.order_by("order", "pk")),
            "corrections",
        )
    )
    if not rounds:
        return []
    categories = list(ConsulteeCategory.objects.all())
    counts = _category_counts([r.pk for r in rounds])
    evidence_ids = [c.you_said_we_did_id for r in rounds for c in r.changes.all()]
    linked = links.resolve(links.YOU_SAID_WE_DID, evidence_ids)
    result = []
    for r in rounds:
        by_matter: dict[str, dict] = defaultdict(lambda: {"pieces": 0, "cyp": 0, "parents": 0})
        for piece in r.evidence.all():
            by_matter[piece.matter]["pieces"] += 1
            by_matter[piece.matter]["cyp"] += piece.children_young_people
            by_matter[piece.matter]["parents"] += piece.parents_carers
        rows = [CategoryRow(category=c, **counts.get((r.pk, c.pk), {})) for c in categories]
        result.append(
            PublicRound(
                round=r,
                categories=[row for row in rows if row.invited],
                matters=_matter_rows(by_matter),
                evidence=list(r.evidence.all()),
                changes=[(c, linked.get(c.you_said_we_did_id)) for c in r.changes.all()],
            )
        )
    return result


# ---- suggestions from the directory ---------------------------------------------------

#: Which category each kind of directory organisation belongs to (regulation 54(1)(c) to (m)).
KIND_TO_CATEGORY = {
    Organisation.Kind.MAINTAINED_SCHOOL: "maintained-schools",
    Organisation.Kind.ACADEMY: "academies",
    Organisation.Kind.POST_16: "post-16-institutions",
    Organisation.Kind.NON_MAINTAINED_SPECIAL: "non-maintained-special-schools",
    Organisation.Kind.PRU: "pupil-referral-units",
    Organisation.Kind.EARLY_YEARS: "early-years-providers",
    Organisation.Kind.SECTION_41: "other-sen-providers",
    Organisation.Kind.COMMISSIONED: "other-sen-providers",
    Organisation.Kind.NHS: "nhs-trusts",
    Organisation.Kind.LA_TEAM: "council-officers",
}


@dataclass(frozen=True)
class SuggestedConsultee:
    organisation: Organisation
    category_slug: str
    where: str
    out_of_area_reason: str


def organisations_to_suggest():
    """Directory organisations of a kind that maps to a category, not yet consultees."""
    outside_only = ~Exists(
        Service.objects.filter(organisation=OuterRef("pk")).exclude(
            where_offered__in=[
                Service.WhereOffered.OUT_OF_AREA,
                Service.WhereOffered.REGIONAL_NATIONAL,
            ]
        )
    ) & Exists(Service.objects.filter(organisation=OuterRef("pk")))
    return (
        Organisation.objects.filter(kind__in=list(KIND_TO_CATEGORY))
        .exclude(Exists(Consultee.objects.filter(organisation=OuterRef("pk"))))
        .annotate(outside_only=outside_only)
        .only("id", "name", "kind")
    )


def suggestion_for(organisation) -> SuggestedConsultee:
    """The category and area an organisation would be added with.

    An organisation whose services are all outside the area is suggested as an
    out-of-area body that children from our area attend (the Local Offer lists
    it because they use it).
    """
    outside = bool(getattr(organisation, "outside_only", False))
    return SuggestedConsultee(
        organisation=organisation,
        category_slug=KIND_TO_CATEGORY[organisation.kind],
        where=OUT if outside else IN,
        out_of_area_reason=Consultee.OutOfAreaReason.ATTENDED if outside else "",
    )


def category_names() -> dict[str, str]:
    return dict(ConsulteeCategory.objects.values_list("slug", "name"))
