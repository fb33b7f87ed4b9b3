"""Shared fixtures: roles (officer, moderator, provider) and helpers."""

import pytest
from django.contrib.auth.models import Group

from core.roles import LA_OFFICER, MODERATOR, PROVIDER, roles_ensure
from tests.factories import OrganisationFactory, UserFactory
from tests.signin import sign_in


def _staff_user(username: str, role: str):
    roles_ensure()
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def officer(db):
    """A local authority officer who edits the directory in admin."""
    return _staff_user("officer", LA_OFFICER)


@pytest.fixture
def moderator(db):
    """A moderator who handles comments on the Local Offer."""
    return _staff_user("moderator", MODERATOR)


@pytest.fixture
def provider(db):
    """A provider (not staff) who may propose changes to one organisation's services.

    Their organisation is `provider.organisation` for convenience.
    """
    from providers.models import ProviderMembership

    roles_ensure()
    user = UserFactory(
        username="provider@example.org",
        email="provider@example.org",
        first_name="Robin",
        last_name="Alder",
    )
    user.groups.add(Group.objects.get(name=PROVIDER))
    organisation = OrganisationFactory(
        name="Willowmere Family Trust", slug="willowmere-family-trust"
    )
    ProviderMembership.objects.create(user=user, organisation=organisation)
    user.organisation = organisation
    return user


@pytest.fixture
def provider_client(client, provider):
    client.force_login(provider)
    return client


@pytest.fixture
def officer_client(client, officer):
    """Signed in as the officer, second factor included."""
    return sign_in(client, officer)


@pytest.fixture
def moderator_client(client, moderator):
    """Signed in as the moderator, second factor included."""
    return sign_in(client, moderator)


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's superuser client, second factor included."""
    return sign_in(client, admin_user)


@pytest.fixture(scope="session", autouse=True)
def _collected_static():
    """Pages use hashed static file names, so the manifest must exist (`make test` builds it)."""
    from pathlib import Path

    from django.conf import settings
    from django.core.management import call_command

    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    newest_source = max(
        (f.stat().st_mtime for d in settings.STATICFILES_DIRS for f in Path(d).rglob("*")),
        default=0,
    )
    if not manifest.exists() or manifest.stat().st_mtime < newest_source:
        call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture
def taxonomies(transactional_db):
    """Needs and areas of provision for tests that flush the database (browser tests).

    Migrations seed them, but transactional tests empty every table afterwards.
    """
    import importlib

    from django.apps import apps

    importlib.import_module("directory.migrations.0002_seed_taxonomies").seed(apps, None)


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Each test starts with no cached pages (database rollbacks reuse version numbers)."""
    from core import pagecache, pageshell

    pagecache.reset()
    pageshell.forget()
    yield
    pagecache.reset()
    pageshell.forget()


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    # Real hashers are deliberately slow; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
