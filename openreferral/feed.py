"""Reading another directory's Open Referral feed, page by page, without trusting it.

A feed is an API address (`https://example.org/openreferral/v3/`) or a local
JSON file (a page of services, a list of services or one service). Everything
that can go wrong with a feed (no answer, a timeout, a 500 half-way, invalid
JSON, a page too big, wrong types) becomes a `Problem` that the import reports;
only a feed from which nothing at all can be read raises `FeedUnreadable`.
"""

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PER_PAGE = 50
MAX_PAGES = 10_000


class FeedUnreadable(Exception):
    """Nothing could be read from the feed."""


@dataclass
class Problem:
    where: str  # a page, an entry id or an address
    reason: str


@dataclass
class Page:
    number: int
    total_pages: int | None
    entries: list = field(default_factory=list)  # (entry id, full service dict or None)
    problems: list[Problem] = field(default_factory=list)


def is_url(location: str) -> bool:
    return urllib.parse.urlsplit(location).scheme in ("http", "https")


class Fetcher:
    """GET JSON with a timeout and a size limit; every failure is a readable reason."""

    def __init__(self, *, timeout: float, max_bytes: int):
        self.timeout = timeout
        self.max_bytes = max_bytes

    def get(self, url: str):
        """(data, None) or (None, reason)."""
        request = urllib.request.Request(  # noqa: S310 - is_url() allows http(s) only
            url, headers={"Accept": "application/json", "User-Agent": "LocalOffer-import/1"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                body = response.read(self.max_bytes + 1)
        except urllib.error.HTTPError as error:
            return None, f"the server answered {error.code} {error.reason}"
        except TimeoutError:
            return None, f"no answer within {self.timeout:g} seconds"
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                return None, f"no answer within {self.timeout:g} seconds"
            return None, f"could not connect ({reason})"
        if len(body) > self.max_bytes:
            return None, f"the answer is larger than {self.max_bytes:,} bytes"
        return parse_json(body)


def parse_json(body: bytes):
    try:
        return json.loads(body), None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"not valid JSON ({error})"


def _contents(data) -> list | None:
    """The list of entries in a page (v3 `contents`, v1 `content`), or None."""
    if isinstance(data, dict):
        for key in ("contents", "content"):
            if isinstance(data.get(key), list):
                return data[key]
    return None


def _total_pages(data) -> int | None:
    for key in ("total_pages", "totalPages"):
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_PAGES:
            return value
    return None


def _entry_id(entry) -> str | None:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str | int):
        value = str(entry["id"]).strip()
        return value[:300] or None
    return None


def read_file(path: str, *, max_bytes: int) -> Iterator[Page]:
    """One page from a local JSON file: a page of services, a list of services or one."""
    file = Path(path)
    try:
        if file.stat().st_size > max_bytes:
            raise FeedUnreadable(f"{path} is larger than {max_bytes:,} bytes")
        body = file.read_bytes()
    except OSError as error:
        raise FeedUnreadable(f"cannot read {path}: {error.strerror or error}") from error
    data, reason = parse_json(body)
    if reason:
        raise FeedUnreadable(f"{path} is {reason}")
    entries = _contents(data)
    if entries is None:
        entries = data if isinstance(data, list) else [data]
    page = Page(number=1, total_pages=1)
    for index, entry in enumerate(entries, start=1):
        entry_id = _entry_id(entry)
        if entry_id is None:
            page.problems.append(Problem(f"entry {index}", "it has no id"))
        else:
            page.entries.append((entry_id, entry))
    if not page.entries and not page.problems:
        raise FeedUnreadable(f"{path} has no services in it")
    yield page


def read_api(
    base: str, fetcher: Fetcher, *, start_page: int = 1, per_page: int = PER_PAGE
) -> Iterator[Page]:
    """Every page of `/services`, each entry fetched in full from `/services/{id}`."""
    base = base.rstrip("/")
    number, total, read_any = start_page, None, False
    while total is None or number <= total:
        url = f"{base}/services?" + urllib.parse.urlencode({"page": number, "per_page": per_page})
        data, reason = fetcher.get(url)
        entries = _contents(data) if reason is None else None
        if reason is None and entries is None:
            reason = "it is not a page of services (no 'contents' list)"
        if reason:
            if not read_any:
                raise FeedUnreadable(f"{url}: {reason}")
            # A page failed half-way through the feed: report it, try the next.
            yield Page(number, total, problems=[Problem(f"page {number}", reason)])
            if total is None:
                return
            number += 1
            continue
        read_any = True
        total = _total_pages(data) if total is None else total
        if total is None:
            total = number if not entries else MAX_PAGES
        page = Page(number, total)
        for index, item in enumerate(entries, start=1):
            entry_id = _entry_id(item)
            if entry_id is None:
                page.problems.append(Problem(f"page {number} entry {index}", "it has no id"))
                continue
            detail, reason = fetcher.get(f"{base}/services/{urllib.parse.quote(entry_id, safe='')}")
            if reason:
                page.problems.append(Problem(entry_id, f"its full record failed: {reason}"))
                continue
            page.entries.append((entry_id, detail))
        yield page
        if not entries:
            return
        number += 1
