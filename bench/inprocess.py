"""Time search pages in one process, page cache off: where the time goes, without HTTP.

    DATABASE_URL=... python bench/inprocess.py [--runs 15]

Reads the database as it is (seed it first, e.g. `manage.py seed_demo --services 100000`).
Prints median and p95 per page and the number of SQL queries. For the HTTP figures under
load (4 workers, 4 clients) use `make bench`.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
os.environ["PAGE_CACHE"] = "false"
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

PAGES = [
    ("Search, no query", "/services/"),
    ("Search, three filters", "/services/?age=7&need=autism&level=targeted"),
    ("Keyword with synonyms", "/services/?q=autism"),
    ("Misspelt keyword", "/services/?q=speach+therapy"),
    ("Long phrase with an age", "/services/?q=help+for+my+son+with+adhd+age+9"),
    ("Near a postcode, within 5 miles", "/services/?postcode=BM1+4LS&within=5"),
    ("Keyword near a postcode", "/services/?q=speech+therapy&postcode=BM1"),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from directory.models import Service

    client = Client()
    slug = Service.objects.published().order_by("pk").values_list("slug", flat=True)[500]
    pages = [*PAGES, ("Service page", f"/services/{slug}/")]
    print(f"{Service.objects.published().count():,} published services; {args.runs} runs a page\n")
    print("| Page | median ms | p95 ms | queries |")
    print("|---|---:|---:|---:|")
    for name, path in pages:
        client.get(path)  # warm up
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
        print(
            f"| {name} | {statistics.median(timings):.1f} | {p95:.1f} | "
            f"{len(queries.captured_queries)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
