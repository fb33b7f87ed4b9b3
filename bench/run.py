"""Benchmark the public pages with 10,000 services (or BENCH_SERVICES).

    make bench            (or: .venv/bin/python bench/run.py [--seconds 10] [--services 10000]
                           [--only NAME])

Seeds the services into a separate database (`localoffer_bench` for 10,000,
`localoffer_bench_N` for another number N, on the embedded server, or on DATABASE_URL's
server if set), serves the site with gunicorn on loopback (the README's production
config), and drives it with 4 concurrent clients (separate processes, one connection
each, so the client is not held back by the GIL). Prints a Markdown table: throughput,
p50 and p95 latency, and throughput as a share of a static file served by the same
stack; then each worker's resident memory after the run.
"""

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
PORT = 8765
BENCH_DB = "localoffer_bench"  # 10,000 services; other sizes get their own database
P95_BUDGET_MS = 150
SHARE_BUDGET = 0.40  # cached pages, as a share of the static file's throughput (issue 12)
# With the page cache off (issue 12): every search page at or under 50 ms p95 with up to
# 10,000 services and 150 ms with more (measured at 100,000); the service page 25 ms.
UNCACHED_SERVICE_P95_MS = 25


def uncached_budget(name: str, path: str, services: int) -> float | None:
    """The p95 budget for a page with the page cache off, or None if it has none."""
    if path == "/services/" or path.startswith("/services/?"):
        return 50 if services <= 10_000 else 150
    if name.startswith("Service page"):
        return UNCACHED_SERVICE_P95_MS
    return None


def database_url(name: str) -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        base, _, query = url.partition("?")
        root = base.rsplit("/", 1)[0]
        import psycopg

        with psycopg.connect(f"{root}/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
        return f"{root}/{name}" + (f"?{query}" if query else "")
    from core.database import embedded_url_for

    return embedded_url_for(name)


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def worker(path: str, seconds: float, queue) -> None:
    latencies = []
    errors = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status != 200:
                errors += 1
        except OSError:
            errors += 1
        latencies.append(time.perf_counter() - start)
    queue.put((latencies, errors))


def measure(path: str, seconds: float, clients: int = 4) -> dict:
    queue = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=worker, args=(path, seconds, queue)) for _ in range(clients)
    ]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    n = len(latencies)
    return {
        "requests": n,
        "errors": errors,
        "rps": n / seconds,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(n * 0.95) - 1] * 1000,
    }


def workers_rss_mb(master_pid: int) -> list[float]:
    """Resident memory of each gunicorn worker (children of the master), in MB (Linux)."""
    try:
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    except OSError:
        return []
    sizes = []
    for pid in children:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sorted(sizes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", "4")))
    parser.add_argument(
        "--only", default="", help="measure only the pages whose name contains this (and static)"
    )
    args = parser.parse_args()

    env = {
        **os.environ,
        "DATABASE_URL": database_url(
            BENCH_DB if args.services == 10_000 else f"{BENCH_DB}_{args.services}"
        ),
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
        # One client makes thousands of requests a minute here: no API rate limit.
        "OPEN_DATA_RATE_LIMIT": "0",
    }
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "seed_demo", "--services", str(args.services), "--seed", "1")
    manage(env, "seed_postcodes_demo")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    slug, uuid = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-v",
            "0",
            "-c",
            "from directory.models import Service;"
            "print(*Service.objects.published().filter(locations__isnull=False)"
            ".order_by('pk').values_list('slug', 'uuid')[500])",
        ],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    manifest = json.loads((BASE_DIR / "staticfiles" / "staticfiles.json").read_text())
    css = manifest["paths"]["govuk/localoffer.css"]

    pages = [
        ("Home", "/"),
        ("Search, no query", "/services/"),
        (
            "Search, three filters",
            "/services/?age=7&need=communication-and-interaction&area=health",
        ),
        ("Keyword search", "/services/?q=speech+therapy"),
        ("Keyword search with a typo", "/services/?q=speach+therapy"),
        # "autism" is widened by its synonyms (ASD, ASC, PDA...): the most matches.
        ("Keyword search with synonyms", "/services/?q=autism"),
        ("Keyword search, long phrase with an age", "/services/?q=help+for+my+son+with+adhd+age+9"),
        # Never cached (a family's postcode is not kept): both runs pay the full price.
        ("Search near a postcode, within 5 miles", "/services/?postcode=BM1+4LS&within=5"),
        ("Keyword search, nearest first", "/services/?q=speech+therapy&postcode=BM1"),
        ("Service page", f"/services/{slug}/"),
        ("Open data: services, 100 a page", "/openreferral/v3/services?per_page=100"),
        ("Open data: one service", f"/openreferral/v3/services/{uuid}"),
        ("Static file (ceiling)", f"/static/{css}"),
    ]
    if args.only:
        pages = [
            p for p in pages if args.only.lower() in p[0].lower() or p[1].startswith("/static/")
        ]
    # The same pages when the page cache cannot help (first visit to a URL after a
    # change), to show the cost of the work it saves (budgets: uncached_budget).
    uncached = [
        (f"{name} (uncached)", path) for name, path in pages[:-1] if "postcode=" not in path
    ]

    def serve(extra_env):
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "localoffer.wsgi",
                "--config",  # as the README's production command
                "python:localoffer.gunicorn",
                "--bind",
                f"127.0.0.1:{PORT}",
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env={**env, **extra_env},
        )
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/")
                break
            except OSError:
                time.sleep(0.2)
        return server

    rows = []
    server = serve({})
    try:
        for name, path in pages:
            measure(path, 1.5)  # warm up
            rows.append((name, path, measure(path, args.seconds)))
        memory = {"page cache on": workers_rss_mb(server.pid)}
    finally:
        server.terminate()
        server.wait(10)
    # The same pages with the page cache switched off: what a first visit to a
    # URL costs after a change. Search pages and the service page have budgets.
    extra = []
    server = serve({"PAGE_CACHE": "false"})
    try:
        for name, path in uncached:
            measure(path, 1.5)
            extra.append((name, path, measure(path, args.seconds)))
        memory["page cache off"] = workers_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(10)

    static_rps = rows[-1][2]["rps"]
    cpu = platform.processor() or platform.machine()
    print(
        f"\n{args.services:,} services; gunicorn {args.workers} sync workers; 4 concurrent "
        f"clients; {args.seconds:.0f} s per page; {os.cpu_count()} CPUs ({cpu}); "
        f"Python {platform.python_version()}\n"
    )
    print("| Page | Requests/s | p50 ms | p95 ms | Share of static | Errors | Budget |")
    print("|---|---:|---:|---:|---:|---:|---|")
    failed = False
    for name, path, r in rows:
        share = r["rps"] / static_rps
        is_static = name.startswith("Static")
        # Searches near a postcode are never cached: only the p95 budget applies to them.
        never_cached = "postcode=" in path
        ok = is_static or (
            r["p95"] <= P95_BUDGET_MS
            and (never_cached or share >= SHARE_BUDGET)
            and not r["errors"]
        )
        failed |= not ok
        print(
            f"| {name} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} | "
            f"{share:.0%} | {r['errors']} | {'-' if is_static else ('met' if ok else 'MISSED')} |"
        )
    for name, path, r in extra:
        budget = uncached_budget(name, path, args.services)
        if budget is None:
            verdict = "(not budgeted)"
        else:
            ok = r["p95"] <= budget and not r["errors"]
            failed |= not ok
            verdict = f"{'met' if ok else 'MISSED'} (p95 <= {budget} ms)"
        print(
            f"| {name} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} | "
            f"{r['rps'] / static_rps:.0%} | {r['errors']} | {verdict} |"
        )
    for label, sizes in memory.items():
        if sizes:
            print(
                f"\nWorker memory after the run ({label}): "
                + ", ".join(f"{size:.0f}" for size in sizes)
                + " MB resident"
            )
    print(
        f"\nBudget: p95 <= {P95_BUDGET_MS} ms and >= {SHARE_BUDGET:.0%} of static throughput "
        "(searches near a postcode: p95 only, as they are never cached); with the page "
        "cache off, search pages p95 <= 50 ms up to 10,000 services and <= 150 ms above, "
        f"the service page <= {UNCACHED_SERVICE_P95_MS} ms."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
