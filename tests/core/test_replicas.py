"""Read replicas (DATABASE_REPLICA_URLS) and compressed pages."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory

from core import replicas
from core.database import embedded_url_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def one_replica(settings, monkeypatch):
    settings.DATABASES = {**settings.DATABASES, "replica_1": {}}
    monkeypatch.setattr(replicas, "_replica_version", lambda alias: 10**9)


def test_without_replicas_every_read_uses_the_primary():
    assert replicas.replica_for(RequestFactory().get("/services/")) is None


@pytest.mark.django_db
def test_an_anonymous_public_get_may_use_a_replica(one_replica):
    assert replicas.replica_for(RequestFactory().get("/services/")) == "replica_1"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/admin/directory/service/", "/provider/"])
def test_staff_and_provider_pages_use_the_primary(one_replica, path):
    assert replicas.replica_for(RequestFactory().get(path)) is None


@pytest.mark.django_db
def test_a_post_uses_the_primary(one_replica):
    assert replicas.replica_for(RequestFactory().post("/feedback/")) is None


@pytest.mark.django_db
def test_a_replica_behind_the_primary_is_not_used(one_replica, monkeypatch):
    monkeypatch.setattr(replicas, "_replica_version", lambda alias: -1)
    assert replicas.replica_for(RequestFactory().get("/services/")) is None


def test_the_router_never_writes_to_a_replica():
    assert replicas.ReplicaRouter().db_for_write(None) == "default"


@pytest.mark.django_db
def test_pages_are_compressed_for_browsers_that_accept_it(client):
    response = client.get("/accessibility/", headers={"accept-encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response.headers["Vary"]


@pytest.mark.slow
def test_with_a_real_replica_database_public_pages_read_from_it(tmp_path):
    """Runs replica_cases.py in a process configured with a second, separate database."""
    primary = os.environ.get("DATABASE_URL")
    if primary:
        base, _, query = primary.partition("?")
        replica = base.rsplit("/", 1)[0] + "/localoffer_replica" + (f"?{query}" if query else "")
    else:
        replica = embedded_url_for("localoffer_replica")
    # Its own test databases: the ones this process uses must not be clobbered.
    env = {
        **os.environ,
        "DATABASE_REPLICA_URLS": replica,
        "TEST_DATABASE_NAME": f"test_replica_cases_{os.getpid()}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "tests/core/replica_cases.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "8 passed" in result.stdout
