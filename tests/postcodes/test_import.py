"""The ONSPD importer, on generated files shaped like the real one."""

import csv
import gzip
import io
import zipfile
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from postcodes.models import Postcode
from postcodes.services import ImportFileError, postcodes_import

pytestmark = pytest.mark.django_db

# The first columns of the real file, and the ones we read further along.
HEADER = ["pcd", "pcd2", "pcds", "dointr", "doterm", "oscty", "usertype", "lat", "long", "imd"]


def onspd_row(postcode, lat="53.742000", lon="-1.912000", doterm=""):
    seven = postcode.replace(" ", "").rjust(7)
    return [seven, postcode.ljust(8), postcode, "198001", doterm, "E99999999", "0", lat, lon, "1"]


def onspd_text(rows, header=HEADER):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def run(text, **kwargs):
    return postcodes_import(source=io.StringIO(text), **kwargs)


def test_imports_postcodes_with_coordinates_and_termination():
    summary = run(
        onspd_text(
            [
                onspd_row("BM1 4LS", "53.750000", "-1.900000"),
                onspd_row("BM1 9ZZ", doterm="201904"),
                onspd_row("HB1 2AB", "53.860000", "-1.870000"),
            ]
        )
    )
    assert (summary.rows, summary.created, summary.terminated, summary.bad) == (3, 3, 1, 0)
    postcode = Postcode.objects.get(postcode="BM1 4LS")
    assert (postcode.outward, postcode.latitude, postcode.longitude) == ("BM1", 53.75, -1.9)
    assert Postcode.objects.get(postcode="BM1 9ZZ").terminated == date(2019, 4, 1)


def test_bad_rows_are_skipped_and_counted():
    text = onspd_text(
        [
            onspd_row("BM1 4LS"),
            onspd_row("NOT A PC"),
            onspd_row("BM1 5AB", lat="north"),
            onspd_row("BM1 6AB", doterm="2019"),
            onspd_row("BM1 7AB", lat="99.999999", lon="0.000000"),  # ONSPD: no grid reference
            onspd_row("BM1 8AB", lat="95.0", lon="-200"),
            ["BM1 3AB", "short row"],
            onspd_row("BM1 2AB"),
        ]
    )
    summary = run(text)
    assert summary.rows == 8
    assert summary.created == 2
    assert summary.bad == 5
    assert summary.no_coordinates == 1
    assert summary.bad_examples[0].startswith("line 3:")
    assert set(Postcode.objects.values_list("postcode", flat=True)) == {"BM1 4LS", "BM1 2AB"}


def test_a_broken_csv_line_is_skipped_and_reading_goes_on():
    text = (
        onspd_text([onspd_row("BM1 4LS")])
        + 'BM1 5AB,"unclosed\x00\n'
        + "\n".join(",".join(r) for r in [onspd_row("BM1 2AB")])
    )
    summary = run(text)
    assert Postcode.objects.filter(postcode="BM1 4LS").exists()
    assert summary.bad >= 1


def test_the_wrong_columns_are_refused_before_anything_is_written():
    with pytest.raises(ImportFileError, match="no latitude column"):
        run(onspd_text([onspd_row("BM1 4LS")], header=[*HEADER[:7], "x", "y", "imd"]))
    with pytest.raises(ImportFileError, match="empty"):
        run("")
    assert not Postcode.objects.exists()


def test_importing_twice_changes_nothing_and_updates_what_changed():
    text = onspd_text([onspd_row("BM1 4LS"), onspd_row("BM1 2AB")])
    run(text)
    again = run(text)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    changed = run(onspd_text([onspd_row("BM1 4LS", doterm="202001"), onspd_row("BM1 2AB")]))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 1)
    assert Postcode.objects.count() == 2


def test_can_be_limited_to_postcode_areas():
    summary = run(
        onspd_text([onspd_row("BM1 4LS"), onspd_row("HB1 2AB"), onspd_row("M1 1AE")]),
        areas=["bm", "M"],
    )
    assert summary.outside_areas == 1
    assert set(Postcode.objects.values_list("postcode", flat=True)) == {"BM1 4LS", "M1 1AE"}


def test_batches_and_progress(monkeypatch):
    rows = [
        onspd_row(f"BM{d} {s}{u}") for d in range(1, 4) for s in range(10) for u in ("AB", "DE")
    ]
    seen = []
    summary = run(
        onspd_text(rows), batch_size=7, progress=lambda s: seen.append(s.rows), progress_every=20
    )
    assert summary.created == 60 == Postcode.objects.count()
    assert seen == [20, 40, 60]


def test_the_same_postcode_twice_in_one_batch_keeps_the_later_row():
    run(onspd_text([onspd_row("BM1 4LS", lat="53.1"), onspd_row("BM1 4LS", lat="53.2")]))
    assert Postcode.objects.get().latitude == 53.2


def test_command_reads_csv_gzip_and_zip_and_reports(tmp_path):
    text = onspd_text([onspd_row("BM1 4LS"), onspd_row("HB1 2AB"), onspd_row("BAD")])
    plain = tmp_path / "ONSPD.csv"
    plain.write_text(text)
    out = io.StringIO()
    call_command("import_postcodes", str(plain), "--areas", "BM", stdout=out)
    report = out.getvalue()
    assert "Read 3 rows" in report
    assert "1 postcodes added" in report
    assert "rows/s" in report and "Peak memory" in report
    assert "2 outside the areas asked for" in report

    zipped = tmp_path / "ONSPD_NOV_2026.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("Documents/readme.csv", "a,b\n1,2\n")
        archive.writestr("Data/ONSPD_NOV_2026_UK.csv", text)
    call_command("import_postcodes", str(zipped), stdout=io.StringIO())
    assert Postcode.objects.filter(postcode="HB1 2AB").exists()

    gz = tmp_path / "ONSPD.csv.gz"
    gz.write_bytes(gzip.compress(onspd_text([onspd_row("AM2 1HF")]).encode()))
    call_command("import_postcodes", str(gz), stdout=io.StringIO())
    assert Postcode.objects.filter(postcode="AM2 1HF").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/file.csv"], "There is no file"),
        (["{csv}", "--areas", "B1,HB"], "Not areas: B1"),
        (["{csv}", "--batch-size", "0"], "at least 1"),
        (["{bad}"], "no postcode column"),
    ],
)
def test_command_errors_are_plain(tmp_path, args, message):
    good = tmp_path / "good.csv"
    good.write_text(onspd_text([onspd_row("BM1 4LS")]))
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,long,doterm\nx,1,2,\n")
    args = [a.format(csv=good, bad=bad) for a in args]
    with pytest.raises(CommandError, match=message):
        call_command("import_postcodes", *args, stdout=io.StringIO())
    assert not Postcode.objects.exists()


def _generated_lines(count):
    """An ONSPD-shaped file produced line by line, never held in memory whole."""
    yield ",".join(HEADER) + "\n"
    for n in range(count):
        district, rest = divmod(n, 4000)
        sector, unit = divmod(rest, 400)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        postcode = f"BM{district + 1} {sector}{letters[unit // 20]}{letters[unit % 20]}"
        yield ",".join(onspd_row(postcode)) + "\n"


def test_memory_stays_flat_however_long_the_file(django_db_blocker):
    import tracemalloc

    def peak_for(count):
        tracemalloc.start()
        try:
            postcodes_import(source=_generated_lines(count), batch_size=1000)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small = peak_for(4_000)
    large = peak_for(40_000)
    assert Postcode.objects.count() == 40_000
    # Ten times the rows, about the same peak: a batch, not the file, is in memory.
    assert large < small * 1.5 + 200_000
    assert large < 8_000_000
