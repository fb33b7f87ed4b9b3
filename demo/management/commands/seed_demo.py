"""Load the demo Local Offer of Brindlemoor Council, a fictional local authority."""

import itertools
import time

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from simple_history.utils import bulk_create_with_history

from core.roles import LA_OFFICER, roles_ensure
from demo import directory_data as demo_data
from directory.models import AreaOfProvision, Location, Need, OpeningTime, Organisation, Service
from directory.services import service_refresh_index

BATCH_SIZE = 2000
CHUNK_SIZE = 10_000  # services generated and written at a time
CHANGE_REASON = "Demo data loaded by seed_demo"
OFFICER_USERNAME = "officer"

SERVICE_FIELDS = [
    "name",
    "slug",
    "summary",
    "description",
    "level",
    "min_age",
    "max_age",
    "where_offered",
    "eligibility",
    "ehc_plan_required",
    "diagnosis_required",
    "self_referral",
    "professional_referral",
    "ehc_plan_referral",
    "how_to_access",
    "is_free",
    "cost_details",
    "personal_budget",
    "decisions_and_accountability",
    "how_to_complain",
    "contact_phone",
    "contact_email",
    "website",
    "status",
    "last_reviewed",
    "review_due",
]
LOCATION_FIELDS = ["name", "address", "postcode", "accessibility", "opening_exceptions"]


class Command(BaseCommand):
    help = (
        "Load the demo Local Offer of Brindlemoor Council, a fictional local authority: about "
        f"{len(demo_data.handwritten_services())} hand-written services (more with --services), "
        "their organisations, venues and opening times, and a staff account 'officer' in the "
        "LA officer group with an unusable password (set one with demo_login). Safe to run "
        "again: services are matched by slug and any that already exist are left exactly as "
        "they are, so a second run adds nothing and a run with a larger --services adds only "
        "the extra services. Use --reset to delete the demo services first (for example to "
        "load a different --seed or fewer services). Areas of provision and needs are only "
        "read, never changed. Everything happens in one transaction, in chunks of "
        f"{CHUNK_SIZE:,} services with progress; after a large load the tables are vacuumed "
        "and analysed for the query planner."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--services",
            type=int,
            metavar="N",
            help=(
                "Total number of services to load. Beyond the hand-written set, plausible "
                "services are generated from templates (10000 loads in well under a minute). "
                "A number smaller than the hand-written set loads only its first N services."
            ),
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=demo_data.DEFAULT_SEED,
            help=(
                "Seed for the random choices (review dates and generated services); the same "
                f"seed always gives the same data. Default {demo_data.DEFAULT_SEED}."
            ),
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help=(
                "First delete every service run by a demo organisation (with its locations and "
                "opening times), then load afresh."
            ),
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the directory already has any services (used by `make run`).",
        )

    def handle(self, *args, services=None, seed=demo_data.DEFAULT_SEED, **options):
        if services is not None and services < 1:
            raise CommandError("--services must be at least 1.")
        started = time.monotonic()
        if options.get("if_empty") and Service.objects.exists():
            self.stdout.write("The directory already has services, so no demo data was loaded.")
            return
        with transaction.atomic():
            ensure_officer()
            organisations, new_organisations = ensure_organisations()
            deleted = delete_demo_services(organisations) if options.get("reset") else 0
            counts = {"services": 0, "skipped": 0, "locations": 0, "opening_times": 0}
            specs = demo_data.iter_services(seed=seed, total=services)
            # In chunks, so memory stays flat however many services are asked for.
            for chunk in itertools.batched(specs, CHUNK_SIZE):
                for key, value in load_services(list(chunk), organisations).items():
                    counts[key] += value
                done = counts["services"] + counts["skipped"]
                if services and services > CHUNK_SIZE:
                    self.stdout.write(
                        f"{done:,} of {services:,} services ({time.monotonic() - started:.0f}s)"
                    )
            if counts["services"] or deleted:
                service_refresh_index()
        if counts["services"] >= CHUNK_SIZE:
            _analyse()
        elapsed = time.monotonic() - started
        reset_note = f"{deleted} deleted first, " if options.get("reset") else ""
        self.stdout.write(
            f"Brindlemoor demo data (seed {seed}): {reset_note}{counts['services']} services "
            f"created, {counts['skipped']} already present; {counts['locations']} locations, "
            f"{counts['opening_times']} opening times; {len(organisations)} organisations "
            f"({new_organisations} new); staff account '{OFFICER_USERNAME}' ready; "
            f"database {_database_size()}; {elapsed:.1f}s."
        )


def _analyse() -> None:
    """Give the planner fresh statistics after a big load (VACUUM too, outside a transaction),
    so searches do not run on estimates made for an empty table."""
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        for model in (Service, Location, OpeningTime, Service.needs.through, Service.areas.through):
            cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")


def _database_size() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        return cursor.fetchone()[0]


def ensure_officer():
    """The demo LA officer: staff, in the LA officer group, not a superuser."""
    groups = roles_ensure()
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=OFFICER_USERNAME,
        defaults={"email": f"{OFFICER_USERNAME}@example.org", "is_staff": True},
    )
    if created:
        user.set_unusable_password()
    if created or not user.is_staff or user.is_superuser:
        user.is_staff = True
        user.is_superuser = False
        user.save()
    user.groups.add(groups[LA_OFFICER])
    return user


def ensure_organisations() -> tuple[dict[str, Organisation], int]:
    """The demo organisations by slug, creating any that are missing."""
    organisations, created_count = {}, 0
    for spec in demo_data.organisation_specs():
        organisation = (
            Organisation.objects.filter(slug=spec["slug"]).first()
            or Organisation.objects.filter(name=spec["name"]).first()
        )
        if organisation is None:
            organisation = Organisation.objects.create(
                slug=spec["slug"],
                name=spec["name"],
                kind=spec["kind"],
                description=spec["description"],
                website=spec["website"],
                email=spec["email"],
                phone=spec["phone"],
            )
            created_count += 1
        organisations[spec["slug"]] = organisation
    return organisations, created_count


def delete_demo_services(organisations: dict[str, Organisation]) -> int:
    """Delete the services of the demo organisations, with their locations and opening times.

    An ordinary ORM delete, so simple-history records each deletion itself from its
    signals (slower than a bulk delete for tens of thousands of services; --reset is rare).
    """
    services = Service.objects.filter(
        organisation__in=[organisation.pk for organisation in organisations.values()]
    )
    count = services.count()
    services.delete()
    return count


def load_services(specs: list[dict], organisations: dict[str, Organisation]) -> dict[str, int]:
    """Bulk-create the services whose slugs are not taken yet, with history rows."""
    existing = set(
        Service.objects.filter(slug__in=[spec["slug"] for spec in specs]).values_list(
            "slug", flat=True
        )
    )
    todo = [spec for spec in specs if spec["slug"] not in existing]
    counts = {"services": 0, "skipped": len(specs) - len(todo), "locations": 0, "opening_times": 0}
    if not todo:
        return counts

    services = [
        Service(
            organisation=organisations[spec["organisation"]],
            **{field: spec[field] for field in SERVICE_FIELDS},
        )
        for spec in todo
    ]
    services = bulk_create_with_history(
        services, Service, batch_size=BATCH_SIZE, default_change_reason=CHANGE_REASON
    )

    locations, location_hours = [], []
    for service, spec in zip(services, todo, strict=True):
        for location in spec["locations"]:
            locations.append(
                Location(service=service, **{field: location[field] for field in LOCATION_FIELDS})
            )
            location_hours.append(location["hours"])
    locations = bulk_create_with_history(
        locations, Location, batch_size=BATCH_SIZE, default_change_reason=CHANGE_REASON
    )
    opening_times = [
        OpeningTime(location=location, weekday=weekday, opens=opens, closes=closes)
        for location, hours in zip(locations, location_hours, strict=True)
        for weekday, opens, closes in hours
    ]
    bulk_create_with_history(
        opening_times, OpeningTime, batch_size=BATCH_SIZE, default_change_reason=CHANGE_REASON
    )

    _add_taxonomy_links(services, todo)

    counts.update(
        services=len(services), locations=len(locations), opening_times=len(opening_times)
    )
    return counts


def _add_taxonomy_links(services: list[Service], specs: list[dict]) -> None:
    """Insert the areas and needs through rows in bulk, and their history rows.

    bulk_create_with_history records the services' own fields only, so the many-to-many
    history (what simple_history writes when .set() is used) is added here too, pointing at
    each service's "created" history row.
    """
    area_ids = dict(AreaOfProvision.objects.values_list("slug", "pk"))
    need_ids = dict(Need.objects.values_list("slug", "pk"))
    area_through = Service.areas.through
    need_through = Service.needs.through
    area_rows, need_rows = [], []
    for service, spec in zip(services, specs, strict=True):
        for slug in dict.fromkeys(spec["areas"]):
            if slug in area_ids:
                area_rows.append(
                    area_through(service_id=service.pk, areaofprovision_id=area_ids[slug])
                )
        for slug in dict.fromkeys(spec["needs"]):
            if slug in need_ids:
                need_rows.append(need_through(service_id=service.pk, need_id=need_ids[slug]))
    area_rows = area_through.objects.bulk_create(area_rows, batch_size=BATCH_SIZE)
    need_rows = need_through.objects.bulk_create(need_rows, batch_size=BATCH_SIZE)

    history_ids = dict(
        Service.history.filter(id__in=[service.pk for service in services], history_type="+")
        .order_by("history_id")
        .values_list("id", "history_id")
    )
    historical_areas = apps.get_model("directory", "HistoricalService_areas")
    historical_needs = apps.get_model("directory", "HistoricalService_needs")
    historical_areas.objects.bulk_create(
        [
            historical_areas(
                id=row.pk,
                service_id=row.service_id,
                areaofprovision_id=row.areaofprovision_id,
                history_id=history_ids[row.service_id],
            )
            for row in area_rows
        ],
        batch_size=BATCH_SIZE,
    )
    historical_needs.objects.bulk_create(
        [
            historical_needs(
                id=row.pk,
                service_id=row.service_id,
                need_id=row.need_id,
                history_id=history_ids[row.service_id],
            )
            for row in need_rows
        ],
        batch_size=BATCH_SIZE,
    )
