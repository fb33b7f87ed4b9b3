"""A local Open Referral feed for import tests: fixture entries served page by page.

Nothing leaves the machine: the server listens on 127.0.0.1 on a free port.
`faults` makes it misbehave the way real feeds do.
"""

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FEEDS = Path(__file__).parent / "feeds"
BRIEF_FIELDS = ["id", "name", "description", "status", "minimum_age", "maximum_age"]


def fixture_entries(name: str) -> list[dict]:
    return json.loads((FEEDS / f"{name}.json").read_text())["services"]


class FeedServer:
    """Serve `entries` as `/`, `/services?page=&per_page=` and `/services/{id}`.

    faults: {"status": {path_or_page: code}, "invalid_json": {...}, "slow": {...: seconds},
    "huge": {...}} where keys are "page N" or an entry id.
    """

    def __init__(self, entries: list[dict], faults: dict | None = None):
        self.entries = entries
        self.faults = faults or {}
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append(self.path)
                status, body = server.answer(self.path)
                payload = body if isinstance(body, bytes) else json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/api/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def _fault(self, key):
        for kind in ("slow", "status", "invalid_json", "huge"):
            if key in self.faults.get(kind, {}):
                return kind, self.faults[kind][key]
        return None, None

    def answer(self, raw_path: str):
        parts = urllib.parse.urlsplit(raw_path)
        path = parts.path.removeprefix("/api").rstrip("/")
        query = urllib.parse.parse_qs(parts.query)
        if path == "":
            return 200, {"version": "HSDS-UK-3.0"}
        if path == "/services":
            page = int(query.get("page", ["1"])[0])
            per_page = int(query.get("per_page", ["50"])[0])
            key = f"page {page}"
            body = self._page(page, per_page)
        elif path.startswith("/services/"):
            key = urllib.parse.unquote(path.removeprefix("/services/"))
            found = [e for e in self.entries if str(e.get("id")) == key]
            if not found:
                return 404, {"status": 404}
            body = found[0]
        else:
            return 404, {"status": 404}
        kind, value = self._fault(key)
        if kind == "slow":
            time.sleep(value)
        elif kind == "status":
            return value, {"status": value}
        elif kind == "invalid_json":
            return 200, b'{"contents": [ {"id": '
        elif kind == "huge":
            return 200, b'{"padding": "' + b"x" * value + b'"}'
        return 200, body

    def _page(self, page: int, per_page: int) -> dict:
        total = len(self.entries)
        pages = -(-total // per_page)
        chunk = self.entries[(page - 1) * per_page : page * per_page]
        contents = [{k: e[k] for k in BRIEF_FIELDS if k in e} for e in chunk]
        return {
            "total_items": total,
            "total_pages": pages,
            "page_number": page,
            "size": len(contents),
            "first_page": page == 1,
            "last_page": page >= pages,
            "empty": not contents,
            "contents": contents,
        }
