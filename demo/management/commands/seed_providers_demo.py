"""Demo data for the provider portal: a provider account for one demo organisation, and
changes waiting in the officers' approvals queue.

Every name here is invented. Safe to run again: nothing is added twice. The
password is set by `demo_login`, which prints it.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Count, Q

from core.roles import PROVIDER, roles_ensure
from directory.models import AreaOfProvision, Organisation, Service
from providers.models import ChangeRequest, ProviderMembership
from providers.selectors import service_snapshot, service_snapshot_fresh

DEMO_USERNAME = "provider@example.org"
DEMO_EMAIL = "provider@example.org"


def _demo_organisation() -> Organisation | None:
    """The voluntary or private organisation with the most published services that have a venue."""
    return (
        Organisation.objects.filter(kind__in=["voluntary", "private", "commissioned"])
        .annotate(
            published=Count(
                "services",
                filter=Q(services__status="published", services__locations__isnull=False),
                distinct=True,
            )
        )
        .filter(published__gte=2)
        .order_by("-published", "name")
        .first()
    )


class Command(BaseCommand):
    help = "Add a demo provider account and pending changes for the officers' approvals queue."

    @transaction.atomic
    def handle(self, *args, **options):
        roles_ensure()
        organisation = _demo_organisation()
        if organisation is None:
            self.stdout.write("No demo organisation with services: run seed_demo first.")
            return
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={
                "email": DEMO_EMAIL,
                "first_name": "Robin",
                "last_name": "Alder",
                "is_staff": False,
            },
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(Group.objects.get(name=PROVIDER))
        ProviderMembership.objects.get_or_create(user=user, organisation=organisation)

        added = 0
        if not ChangeRequest.objects.filter(organisation=organisation).exists():
            added = self._pending_changes(organisation, user)
        self.stdout.write(
            f"Provider portal demo: {DEMO_USERNAME} updates {organisation} "
            f"({added} change(s) added to the approvals queue)."
        )

    def _pending_changes(self, organisation, user) -> int:
        services = list(
            Service.objects.published()
            .filter(organisation=organisation, locations__isnull=False)
            .distinct()
            .order_by("name")[:2]
        )
        first = services[0]
        base = service_snapshot_fresh(first.pk)
        proposed = {
            **base,
            "eligibility": (
                (base["eligibility"] + "\n\n" if base["eligibility"] else "")
                + "From January, brothers and sisters aged 8 to 16 can come to the Saturday "
                "sessions too."
            ),
        }
        if base["locations"]:
            location = dict(base["locations"][0])
            location["opening_times"] = sorted(
                [t for t in location["opening_times"] if t[0] != 5] + [[5, "10:00", "13:00"]]
            )
            proposed["locations"] = [location, *base["locations"][1:]]
        ChangeRequest.objects.create(
            organisation=organisation,
            service=first,
            kind=ChangeRequest.Kind.UPDATE,
            base=base,
            proposed=proposed,
            note="We now open on Saturday mornings and siblings are welcome.",
            proposed_by=user,
        )
        area = AreaOfProvision.objects.filter(slug="leisure-and-short-breaks").first()
        template = service_snapshot(first)
        ChangeRequest.objects.create(
            organisation=organisation,
            kind=ChangeRequest.Kind.NEW,
            proposed={
                **template,
                "name": f"{organisation.name} holiday play scheme",
                "summary": "Play sessions in the summer holidays for disabled children.",
                "description": (
                    "Games, crafts, music and trips with trained play workers. One worker for "
                    "every two children, and a quiet room."
                ),
                "level": "targeted",
                "eligibility": "Disabled children aged 5 to 11 who live in Brindlemoor.",
                "min_age": 5,
                "max_age": 11,
                "areas": [area.pk] if area else template["areas"],
                "locations": [
                    {**loc, "id": None, "opening_times": [[d, "10:00", "15:00"] for d in range(5)]}
                    for loc in template["locations"][:1]
                ],
            },
            note="New for next summer, funded by a grant.",
            proposed_by=user,
        )
        return 2
