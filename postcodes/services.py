"""Loading postcodes from the ONS Postcode Directory (ONSPD) CSV layout.

The national file has about 2.7 million rows, so it is streamed: rows are read
and checked one at a time, and written in batches through COPY into a temporary
table and one upsert per batch. Memory stays flat whatever the file's size. The
whole import is one transaction: a failure leaves the table as it was, and a
second run of the same file changes nothing.
"""

import csv
import gzip
import io
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import connection, transaction

from postcodes.models import Postcode
from postcodes.parsing import FULL_POSTCODE, compact, normalise_full_postcode, postcode_area

BATCH_SIZE = 10_000
PROGRESS_EVERY = 100_000
MAX_BAD_ROW_EXAMPLES = 5

# Column names in the ONSPD (and NSPL) files, newest spelling first.
POSTCODE_COLUMNS = ("pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode")
LATITUDE_COLUMNS = ("lat", "latitude")
LONGITUDE_COLUMNS = ("long", "lon", "longitude")
TERMINATION_COLUMNS = ("doterm", "date_of_termination")

# ONSPD's way of saying "no grid reference": latitude 99.999999, longitude 0.
NO_COORDINATES_LATITUDE = 99.0


class ImportFileError(Exception):
    """The file cannot be imported at all (nothing was written)."""


@dataclass
class ImportSummary:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    terminated: int = 0
    outside_areas: int = 0
    no_coordinates: int = 0
    bad: int = 0
    bad_examples: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else float(self.rows)

    def bad_row(self, line: int, reason: str) -> None:
        self.bad += 1
        if len(self.bad_examples) < MAX_BAD_ROW_EXAMPLES:
            self.bad_examples.append(f"line {line}: {reason}")


@contextmanager
def open_postcode_file(path: str | Path) -> Iterator[io.TextIOBase]:
    """Open a .csv, a .csv.gz or the .zip ONS publishes (its largest CSV is the data)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"There is no file at {path}.")
    options = {"encoding": "utf-8-sig", "errors": "replace", "newline": ""}
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise ImportFileError(f"{path} is not a readable zip file.") from exc
        with archive:
            members = [m for m in archive.infolist() if m.filename.lower().endswith(".csv")]
            if not members:
                raise ImportFileError(f"{path} holds no CSV file.")
            member = max(members, key=lambda m: m.file_size)
            with archive.open(member) as raw, io.TextIOWrapper(raw, **options) as text:
                yield text
    elif path.suffix.lower() == ".gz":
        with gzip.open(path, "rt", **options) as text:
            yield text
    else:
        with open(path, **options) as text:
            yield text


def _column(header: list[str], names: Iterable[str], what: str) -> int:
    lowered = [name.strip().lower() for name in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    shown = ", ".join(h.strip() for h in header[:12]) or "(none)"
    raise ImportFileError(
        f"This does not look like the ONS Postcode Directory: there is no {what} column "
        f"(looked for {', '.join(names)}). The file's first columns are: {shown}."
    )


def _termination(text: str) -> date:
    """ONSPD writes the month a postcode was withdrawn as YYYYMM."""
    text = text.strip()
    if len(text) != 6 or not text.isdigit():
        raise ValueError(f"termination date {text!r} is not YYYYMM")
    return date(int(text[:4]), int(text[4:]), 1)


def _rows(
    reader, columns: tuple[int, int, int, int], areas: frozenset[str] | None, summary
) -> Iterator[tuple[str, str, float, float, date | None]]:
    pc_i, lat_i, lon_i, term_i = columns
    needed = max(columns) + 1
    for row in reader:
        summary.rows += 1
        line = reader.line_num
        if len(row) < needed:
            summary.bad_row(line, f"{len(row)} columns, expected at least {needed}")
            continue
        text = compact(row[pc_i])
        if areas is not None and postcode_area(text) not in areas:
            summary.outside_areas += 1
            continue
        if not FULL_POSTCODE.match(text):
            summary.bad_row(line, f"{row[pc_i].strip()[:20]!r} is not a postcode")
            continue
        try:
            latitude = float(row[lat_i])
            longitude = float(row[lon_i])
            terminated = _termination(row[term_i]) if row[term_i].strip() else None
        except ValueError as exc:
            summary.bad_row(line, str(exc)[:80])
            continue
        if latitude >= NO_COORDINATES_LATITUDE:
            summary.no_coordinates += 1
            continue
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            summary.bad_row(line, f"coordinates {latitude}, {longitude} are out of range")
            continue
        if terminated:
            summary.terminated += 1
        yield (f"{text[:-3]} {text[-3:]}", text[:-3], latitude, longitude, terminated)


_STAGING = "postcodes_import_staging"
_UPSERT = """
WITH written AS (
    INSERT INTO postcodes_postcode (postcode, outward, latitude, longitude, terminated)
    SELECT postcode, outward, latitude, longitude, terminated FROM postcodes_import_staging
    ON CONFLICT (postcode) DO UPDATE SET
        outward = EXCLUDED.outward,
        latitude = EXCLUDED.latitude,
        longitude = EXCLUDED.longitude,
        terminated = EXCLUDED.terminated
    WHERE (postcodes_postcode.outward, postcodes_postcode.latitude,
           postcodes_postcode.longitude, postcodes_postcode.terminated)
        IS DISTINCT FROM
          (EXCLUDED.outward, EXCLUDED.latitude, EXCLUDED.longitude, EXCLUDED.terminated)
    RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written
"""


def _write_batch(cursor, batch: dict, summary: ImportSummary) -> None:
    with cursor.cursor.copy(
        f"COPY {_STAGING} (postcode, outward, latitude, longitude, terminated) FROM STDIN"
    ) as copy:
        for row in batch.values():
            copy.write_row(row)
    cursor.execute(_UPSERT)
    created, updated = cursor.fetchone()
    summary.created += created
    summary.updated += updated
    summary.unchanged += len(batch) - created - updated
    cursor.execute(f"TRUNCATE {_STAGING}")


def postcodes_import(
    *,
    source: io.TextIOBase,
    areas: Iterable[str] | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[ImportSummary], None] | None = None,
    progress_every: int = PROGRESS_EVERY,
) -> ImportSummary:
    """Add or update the postcodes in an ONSPD-layout CSV; limit to `areas` ("BM", "HB") if given.

    Checks the header before writing anything (ImportFileError if the columns are
    wrong). Bad rows are skipped and counted, with the first few described.
    """
    started = time.monotonic()
    summary = ImportSummary()
    reader = csv.reader(source)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ImportFileError("The file is empty or is not a CSV file.") from exc
    columns = (
        _column(header, POSTCODE_COLUMNS, "postcode"),
        _column(header, LATITUDE_COLUMNS, "latitude"),
        _column(header, LONGITUDE_COLUMNS, "longitude"),
        _column(header, TERMINATION_COLUMNS, "date of termination"),
    )
    wanted = frozenset(a.strip().upper() for a in areas) if areas else None
    next_progress = progress_every
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {_STAGING}")
        cursor.execute(
            f"CREATE TEMP TABLE {_STAGING} (postcode varchar(8), outward varchar(4), "
            "latitude double precision, longitude double precision, terminated date) "
            "ON COMMIT DROP"
        )
        batch: dict[str, tuple] = {}
        rows = _rows(reader, columns, wanted, summary)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as exc:
                # A broken line (a stray quote, a NUL byte): skip it and read on.
                summary.bad_row(reader.line_num, f"unreadable CSV ({exc})"[:80])
                summary.rows += 1
                rows = _rows(reader, columns, wanted, summary)
                continue
            batch[row[0]] = row  # a postcode twice in one batch: the later row wins
            if len(batch) >= batch_size:
                _write_batch(cursor, batch, summary)
                batch = {}
            if progress and summary.rows >= next_progress:
                summary.seconds = time.monotonic() - started
                progress(summary)
                next_progress += progress_every
        if batch:
            _write_batch(cursor, batch, summary)
        cursor.execute(f"DROP TABLE {_STAGING}")
    summary.seconds = time.monotonic() - started
    return summary


def postcodes_load(*, rows: Iterable[tuple[str, float, float, date | None]]) -> int:
    """Add or update a small set of postcodes (postcode, latitude, longitude, terminated).

    For demo and test data; a real directory comes from `postcodes_import`.
    """
    objects = {}
    for postcode, latitude, longitude, terminated in rows:
        text = normalise_full_postcode(postcode)
        if text is None:
            raise ValueError(f"{postcode!r} is not a postcode")
        objects[text] = Postcode(
            postcode=text,
            outward=text.split()[0],
            latitude=latitude,
            longitude=longitude,
            terminated=terminated,
        )
    with transaction.atomic():
        Postcode.objects.bulk_create(
            objects.values(),
            batch_size=BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["postcode"],
            update_fields=["outward", "latitude", "longitude", "terminated"],
        )
    return len(objects)
