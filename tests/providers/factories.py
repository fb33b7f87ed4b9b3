"""Factories for the provider portal. Every name here is invented."""

import itertools
from datetime import timedelta

import factory
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.roles import PROVIDER, roles_ensure
from providers.forms import format_opening_times
from providers.models import ChangeRequest, Invitation, ProviderMembership, token_hash
from providers.selectors import LOCATION_FIELDS, SERVICE_FIELDS, service_snapshot
from tests.factories import OrganisationFactory, UserFactory

_numbers = itertools.count(1)


def provider_user(organisation, username=None, **kwargs):
    """A provider account for `organisation`."""
    roles_ensure()
    username = username or f"provider{next(_numbers)}@example.org"
    user = UserFactory(username=username, email=username, **kwargs)
    user.groups.add(Group.objects.get(name=PROVIDER))
    ProviderMembership.objects.create(user=user, organisation=organisation)
    return user


class InvitationFactory(DjangoModelFactory):
    class Meta:
        model = Invitation
        exclude = ["token"]

    token = factory.Sequence(lambda n: f"test-invitation-token-{n:06d}-abcdefghijklmnop")
    email = factory.Sequence(lambda n: f"invitee{n}@example.org")
    organisation = factory.SubFactory(OrganisationFactory)
    token_hash = factory.LazyAttribute(lambda o: token_hash(o.token))
    expires = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))


def change_for(service, user, **changes):
    """A pending change to `service` that alters the given fields."""
    base = service_snapshot(service)
    proposed = {**base, **changes}
    return ChangeRequest.objects.create(
        organisation=service.organisation,
        service=service,
        kind=ChangeRequest.Kind.UPDATE,
        base=base,
        proposed=proposed,
        proposed_by=user,
    )


def proposal_data(service=None, *, blank_location=True, **overrides) -> dict:
    """The proposal form as a browser posts it, filled with the service's current values."""
    snapshot = service_snapshot(service) if service else {}
    data = {}
    for name in SERVICE_FIELDS:
        value = snapshot.get(name, "")
        if isinstance(value, bool):
            if value:
                data[name] = "1"
        else:
            data[name] = "" if value is None else str(value)
    data["needs"] = [str(pk) for pk in snapshot.get("needs", [])]
    data["areas"] = [str(pk) for pk in snapshot.get("areas", [])]
    locations = snapshot.get("locations", [])
    data["locations-TOTAL_FORMS"] = str(len(locations) + (1 if blank_location else 0))
    data["locations-INITIAL_FORMS"] = str(len(locations))
    data["locations-MIN_NUM_FORMS"] = "0"
    data["locations-MAX_NUM_FORMS"] = "20"
    for index, location in enumerate(locations):
        prefix = f"locations-{index}-"
        data[prefix + "location_id"] = str(location["id"])
        for name in LOCATION_FIELDS:
            data[prefix + name] = location[name]
        for weekday in range(7):
            data[prefix + f"day_{weekday}"] = format_opening_times(
                location["opening_times"], weekday
            )
    if blank_location:
        prefix = f"locations-{len(locations)}-"
        for name in [*LOCATION_FIELDS, "location_id", *(f"day_{d}" for d in range(7))]:
            data[prefix + name] = ""
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data
