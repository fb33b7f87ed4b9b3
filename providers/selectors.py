"""Reads for the provider portal and the approvals queue.

Every portal read starts from the signed-in provider's organisations, so a
provider can never load another organisation's service or change request.
"""

from datetime import date, timedelta

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from directory.models import Location, OpeningTime, Organisation, Service
from providers.models import ChangeRequest, Invitation, token_hash

# Every value a family sees that a provider may propose a change to.
SERVICE_FIELDS = [
    "name",
    "summary",
    "description",
    "level",
    "min_age",
    "max_age",
    "eligibility",
    "ehc_plan_required",
    "diagnosis_required",
    "where_offered",
    "how_to_access",
    "self_referral",
    "professional_referral",
    "ehc_plan_referral",
    "is_free",
    "cost_details",
    "personal_budget",
    "decisions_and_accountability",
    "how_to_complain",
    "contact_phone",
    "contact_email",
    "website",
]
LOCATION_FIELDS = ["name", "address", "postcode", "accessibility", "opening_exceptions"]
# Reviews due within this many days are shown (and reminded) as "due soon".
REVIEW_SOON_DAYS = 30


def provider_organisations(user) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(provider_memberships__user=user).order_by("name")


def provider_services(user) -> QuerySet[Service]:
    """The services of this provider's organisations (any status)."""
    if not user.is_authenticated:
        return Service.objects.none()
    return Service.objects.filter(organisation__provider_memberships__user=user).distinct()


def provider_service(user, slug: str) -> Service:
    """One of this provider's services, with what the portal shows, or a 404."""
    return get_object_or_404(
        provider_services(user)
        .select_related("organisation")
        .prefetch_related(
            "needs",
            "areas",
            Prefetch("locations", queryset=Location.objects.prefetch_related("opening_times")),
        ),
        slug=slug,
    )


def provider_change_requests(user) -> QuerySet[ChangeRequest]:
    if not user.is_authenticated:
        return ChangeRequest.objects.none()
    return ChangeRequest.objects.for_user(user).distinct()


def provider_change_request(user, pk) -> ChangeRequest:
    return get_object_or_404(
        provider_change_requests(user).select_related("service", "organisation", "proposed_by"),
        pk=pk,
    )


def change_request_for_officer(pk) -> ChangeRequest:
    """Any change request, for an officer who may decide them."""
    return get_object_or_404(
        ChangeRequest.objects.select_related("service", "organisation", "proposed_by"), pk=pk
    )


def pending_change_for(service: Service) -> ChangeRequest | None:
    return (
        ChangeRequest.objects.pending()
        .filter(service=service)
        .select_related("proposed_by")
        .first()
    )


def invitation_for_token(token: str) -> Invitation | None:
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        return None
    return (
        Invitation.objects.select_related("organisation")
        .filter(token_hash=token_hash(token))
        .first()
    )


# --- Snapshots: what a family sees of a service, as plain JSON values ---------------------


def _time(value) -> str:
    return value.strftime("%H:%M")


def normalise_text(value):
    """Line endings as \n and no spaces at either end, so an unchanged text compares equal."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return value


def location_snapshot(location: Location) -> dict:
    return {
        "id": location.pk,
        **{name: normalise_text(getattr(location, name)) for name in LOCATION_FIELDS},
        "opening_times": [
            [t.weekday, _time(t.opens), _time(t.closes)]
            for t in sorted(location.opening_times.all(), key=lambda t: (t.weekday, t.opens))
        ],
    }


def service_snapshot(service: Service) -> dict:
    """The service's public values in the form a change request stores them."""
    return {
        **{name: normalise_text(getattr(service, name)) for name in SERVICE_FIELDS},
        "needs": sorted(n.pk for n in service.needs.all()),
        "areas": sorted(a.pk for a in service.areas.all()),
        "locations": [
            location_snapshot(location)
            for location in sorted(service.locations.all(), key=lambda loc: loc.pk)
        ],
    }


def service_snapshot_fresh(service_id: int) -> dict:
    service = Service.objects.prefetch_related(
        "needs",
        "areas",
        Prefetch("locations", queryset=Location.objects.prefetch_related("opening_times")),
    ).get(pk=service_id)
    return service_snapshot(service)


def changed_keys(before: dict, after: dict) -> set[str]:
    """The top-level keys (fields, "needs", "areas", "locations") whose values differ."""
    return {key for key in after if before.get(key) != after.get(key)}


def change_conflicts(change: ChangeRequest) -> list[str]:
    """Fields the change would alter that someone else changed since it was proposed.

    Approving without looking would silently overwrite the newer values.
    """
    if change.kind != ChangeRequest.Kind.UPDATE or change.service_id is None:
        return []
    current = service_snapshot_fresh(change.service_id)
    proposed_changes = changed_keys(change.base, change.proposed)
    changed_since = changed_keys(change.base, current)
    return sorted(
        key
        for key in proposed_changes & changed_since
        if current.get(key) != change.proposed.get(key)
    )


# --- Reviews -------------------------------------------------------------------------------


def review_state(service: Service, today: date | None = None) -> str:
    """ "overdue", "due-today", "due-soon" or "" for a service's review."""
    today = today or timezone.localdate()
    if service.review_due is None:
        return ""
    if service.review_due < today:
        return "overdue"
    if service.review_due == today:
        return "due-today"
    if service.review_due <= today + timedelta(days=REVIEW_SOON_DAYS):
        return "due-soon"
    return ""


def services_needing_review(today: date | None = None) -> QuerySet[Service]:
    """Published services whose review is due within 30 days, due today or overdue."""
    today = today or timezone.localdate()
    return (
        Service.objects.published()
        .filter(review_due__lte=today + timedelta(days=REVIEW_SOON_DAYS))
        .select_related("organisation")
        .order_by("review_due", "name")
    )


def names_for(model, ids) -> list[str]:
    lookup = dict(model.objects.filter(pk__in=ids or []).values_list("pk", "name"))
    return [lookup.get(pk, "(removed)") for pk in ids or []]


def opening_time_label(weekday: int, opens: str, closes: str) -> str:
    return f"{OpeningTime.Weekday(weekday).label} {opens} to {closes}"
