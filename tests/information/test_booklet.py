"""The PDF booklet: tagged PDF/UA, title and language, contents, the right services, caching."""

import io

import pikepdf
import pytest
from pypdf import PdfReader

from core import pagecache
from core.services import content_changed
from directory.services import service_refresh_index
from information import booklet
from information.models import Booklet, BookletVolume
from information.services import booklet_build, booklet_request
from tests.factories import LocationFactory, ServiceFactory, area
from tests.information.factories import PageFactory, section

pytestmark = pytest.mark.django_db


@pytest.fixture
def fixture(settings):
    settings.SITE_NAME = "Local Offer"
    settings.COUNCIL_NAME = "Brindlemoor Council"
    PageFactory(title="Personal budgets", section=section("getting-support"))
    published = [
        ServiceFactory(name=f"Quillfield service {n}", areas=[area("health")]) for n in range(3)
    ]
    LocationFactory(service=published[0], name="Lantern Hall", postcode="BM1 4LS")
    ServiceFactory(name="Secret draft service", status="draft", areas=[area("health")])
    ServiceFactory(name="Old archived service", status="archived", areas=[area("health")])
    service_refresh_index()
    return published


def _build(variant=booklet.STANDARD, **kwargs):
    row = booklet_request(variant=variant, **kwargs)
    built = booklet_build(booklet_id=row.pk)
    assert built is not None, Booklet.objects.get(pk=row.pk).error
    return built


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pdfs(built: Booklet) -> list[bytes]:
    return [bytes(volume.pdf) for volume in built.volumes.order_by("number")]


def _html(variant=booklet.STANDARD, grouping=booklet.BY_AREA) -> tuple[str, int]:
    plan = booklet.booklet_plan(grouping=grouping)
    return booklet.volume_html(
        plan=plan, volume=plan.volumes[0], variant=variant, grouping=grouping
    )


def _structure_kinds(doc) -> set[str]:
    kinds = set()

    def walk(node, depth=0):
        if depth > 40:
            return
        if isinstance(node, pikepdf.Dictionary) and "/S" in node:
            kinds.add(str(node.S))
        kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
        if isinstance(kids, pikepdf.Array):
            for kid in kids:
                walk(kid, depth + 1)
        elif isinstance(kids, pikepdf.Dictionary):
            walk(kids, depth + 1)

    walk(doc.Root.StructTreeRoot)
    return kinds


def _assert_tagged_pdf_ua(pdf: bytes, title: str) -> None:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert str(doc.Root.Lang) == "en-GB"
        assert bool(doc.Root.MarkInfo.Marked)
        assert "/StructTreeRoot" in doc.Root
        assert title in str(doc.docinfo["/Title"])
        with doc.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"
        assert {"/H1", "/H2", "/H3", "/P"} <= _structure_kinds(doc)


def test_booklet_is_tagged_pdf_ua_with_title_language_and_the_right_services(fixture):
    built = _build()
    [pdf] = _pdfs(built)  # a small booklet is one volume
    _assert_tagged_pdf_ua(pdf, "Local Offer")
    text = _text(pdf)
    assert "Contents" in text
    assert "Personal budgets" in text
    for service in fixture:
        assert service.name in text
    assert "Lantern Hall" in text
    assert "Secret draft service" not in text
    assert "Old archived service" not in text
    assert "volume" not in text.lower()
    assert built.services == 3
    assert built.pages >= 3


def test_large_print_body_is_at_least_16pt(fixture):
    html, _ = _html(variant=booklet.LARGE_PRINT)
    assert "font-size: 18pt" in html
    standard, _ = _html()
    assert "font-size: 12pt" in standard


def test_booklet_by_age_group(fixture):
    html, count = _html(grouping=booklet.BY_AGE)
    assert "Services for ages 0 to 5" in html
    assert count == 3


def test_one_build_per_content_version_and_a_rebuild_after_a_change(fixture):
    first = booklet_request(variant=booklet.STANDARD)
    again = booklet_request(variant=booklet.STANDARD)
    assert first.pk == again.pk
    content_changed()
    pagecache.reset()
    newer = booklet_request(variant=booklet.STANDARD)
    assert newer.pk != first.pk
    assert newer.content_version > first.content_version


def test_a_failed_build_keeps_the_previous_booklet_and_is_retried(fixture, monkeypatch):
    good = _build()
    content_changed()
    pagecache.reset()

    def broken(*args, **kwargs):
        raise RuntimeError("fonts missing")

    monkeypatch.setattr(booklet, "write_pdf", broken)
    row = booklet_request(variant=booklet.STANDARD)
    assert booklet_build(booklet_id=row.pk) is None
    row.refresh_from_db()
    assert row.status == Booklet.Status.FAILED
    assert "fonts missing" in row.error
    assert Booklet.objects.filter(pk=good.pk, status=Booklet.Status.READY).exists()
    retried = booklet_request(variant=booklet.STANDARD)
    assert retried.pk == row.pk and retried.status == Booklet.Status.BUILDING


def test_booklet_page_offers_the_download_with_size_and_date(client, fixture):
    _build()
    html = client.get("/booklet/").content.decode()
    assert "Standard print booklet (PDF," in html
    assert "Made on" in html
    assert "Large print booklet" in html


def test_download_serves_the_pdf(client, fixture):
    _build()
    response = client.get("/booklet/standard.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_download_before_any_build_goes_back_to_the_booklet_page(client, fixture):
    response = client.get("/booklet/large.pdf")
    assert response.status_code == 302
    assert response["Location"].startswith("/booklet/")


@pytest.mark.parametrize(
    "query",
    [
        "q=quillfield",
        "age=abc",
        "age=7&need=nope&area=health",
        "q=%00%ff",
        "page=-1&sort=zzz",
        "q=" + "x" * 5000,
        "by=nonsense",
        "area=health&area=health&area=education",
    ],
)
def test_results_booklet_with_odd_filters_never_errors(client, fixture, query):
    assert client.get(f"/booklet/?{query}").status_code == 200
    assert client.get(f"/booklet/standard.pdf?{query}").status_code in (200, 302)
    assert client.get("/booklet/unknown.pdf").status_code == 404


def test_results_booklet_holds_only_the_search_results(client, fixture):
    ServiceFactory(name="Tollerby swimming", areas=[area("leisure-and-short-breaks")])
    service_refresh_index()
    client.get("/booklet/?area=health")
    row = Booklet.objects.exclude(selection="").filter(variant="standard").get()
    built = booklet_build(booklet_id=row.pk)
    [pdf] = _pdfs(built)
    text = _text(pdf)
    assert "Quillfield service 0" in text
    assert "Tollerby swimming" not in text
    assert "Personal budgets" not in text  # information pages are in the whole booklet only


def test_only_a_few_results_booklets_are_built_at_once(client, fixture):
    for n in range(5):
        client.get(f"/booklet/?q=quillfield+{n}")
    building = Booklet.objects.exclude(selection="").filter(status="building")
    assert building.count() == 4  # two variants for each of the first two searches
    html = client.get("/booklet/?q=quillfield+9").content.decode()
    assert "not available just now" in html
    # The whole Local Offer is never held back by results booklets.
    assert booklet_request(variant=booklet.STANDARD) is not None


# ------------------------------------------------------------------ volumes


@pytest.fixture
def volumes_of_two(settings):
    settings.BOOKLET_VOLUME_SERVICES = 2


def test_a_large_booklet_is_split_into_volumes_at_the_boundary(fixture, volumes_of_two):
    plan = booklet.booklet_plan()
    assert [len(volume.ids) for volume in plan.volumes] == [2, 1]
    assert [volume.information for volume in plan.volumes] == [True, False]
    ServiceFactory(name="Quillfield service 3", areas=[area("health")])
    assert [len(v.ids) for v in booklet.booklet_plan().volumes] == [2, 2]
    ServiceFactory(name="Quillfield service 4", areas=[area("health")])
    # As even as can be: 5 services in volumes of at most 2 are 2, 2 and 1.
    assert [len(v.ids) for v in booklet.booklet_plan().volumes] == [2, 2, 1]


def test_each_volume_is_a_tagged_pdf_with_its_own_title_and_every_service_once(
    fixture, volumes_of_two
):
    built = _build()
    pdfs = _pdfs(built)
    assert len(pdfs) == 2
    texts = []
    for number, pdf in enumerate(pdfs, start=1):
        _assert_tagged_pdf_ua(pdf, f"Local Offer: Brindlemoor Council, volume {number} of 2")
        texts.append(_text(pdf))
    assert "Health (Q)" in PdfReader(io.BytesIO(pdfs[1])).metadata.title
    for text in texts:
        assert "Contents" in text
        assert "Produced on" in text
    # The information pages open volume 1 only; a group that runs on says so.
    assert "Personal budgets" in texts[0]
    assert "Personal budgets" not in texts[1]
    assert "Health (continued)" in texts[1]
    for service in fixture:
        assert sum(text.count(service.name) for text in texts) == 1, service.name
    joined = "\n".join(texts)
    assert "Secret draft service" not in joined
    assert "Old archived service" not in joined
    volumes = list(built.volumes.order_by("number"))
    assert [v.services for v in volumes] == [2, 1]
    assert built.services == 3
    assert built.pages == sum(v.pages for v in volumes)
    assert built.size == sum(v.size for v in volumes)


def test_the_booklet_page_lists_every_volume_with_size_and_pages(client, fixture, volumes_of_two):
    built = _build()
    html = client.get("/booklet/").content.decode()
    assert "Standard print booklet, in 2 volumes" in html
    for volume in built.volumes.all():
        assert f'href="/booklet/standard/volume-{volume.number}.pdf?by=area"' in html
        assert f"Volume {volume.number}<" in html
        assert f"{volume.pages} page" in html
    assert "Made on" in html
    assert "volume 1 starts with our information pages" in html


def test_each_volume_downloads_and_a_missing_volume_is_not_found(client, fixture, volumes_of_two):
    _build()
    for number in (1, 2):
        response = client.get(f"/booklet/standard/volume-{number}.pdf")
        assert response.status_code == 200
        assert response.content.startswith(b"%PDF")
        assert f"volume-{number}-of-2.pdf" in response["Content-Disposition"]
    assert client.get("/booklet/standard/volume-3.pdf").status_code == 404
    assert client.get("/booklet/standard/volume-0.pdf").status_code == 404
    assert client.get("/booklet/standard.pdf").status_code == 200  # volume 1
    assert client.get("/booklet/large/volume-1.pdf").status_code == 302  # not built yet


def test_a_build_failing_in_a_later_volume_keeps_the_previous_booklet(
    client, fixture, volumes_of_two, monkeypatch
):
    good = _build()
    content_changed()
    pagecache.reset()
    real = booklet.write_pdf
    calls = []

    def second_fails(html):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("The PDF writer stopped with code -9")
        return real(html)

    monkeypatch.setattr(booklet, "write_pdf", second_fails)
    row = booklet_request(variant=booklet.STANDARD)
    assert booklet_build(booklet_id=row.pk) is None
    row.refresh_from_db()
    assert row.status == Booklet.Status.FAILED
    assert "code -9" in row.error
    assert not BookletVolume.objects.filter(booklet=row).exists()  # no half booklet
    assert good.volumes.count() == 2
    html = client.get("/booklet/").content.decode()
    assert "Standard print booklet, in 2 volumes" in html
    assert client.get("/booklet/standard/volume-2.pdf").status_code == 200


def test_a_large_results_booklet_comes_in_volumes_too(client, fixture, volumes_of_two):
    client.get("/booklet/?area=health")
    row = Booklet.objects.exclude(selection="").filter(variant="standard").get()
    built = booklet_build(booklet_id=row.pk)
    pdfs = _pdfs(built)
    assert len(pdfs) == 2
    texts = [_text(pdf) for pdf in pdfs]
    _assert_tagged_pdf_ua(pdfs[1], "Services you searched for, volume 2 of 2")
    for service in fixture:
        assert sum(text.count(service.name) for text in texts) == 1
    assert "Personal budgets" not in "".join(texts)


def test_officers_see_each_volume_in_admin(officer_client, fixture, volumes_of_two):
    built = _build()
    listing = officer_client.get("/admin/information/booklet/")
    assert listing.status_code == 200
    assert '<td class="field-volume_count">2</td>' in listing.content.decode()
    page = officer_client.get(f"/admin/information/booklet/{built.pk}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    for volume in built.volumes.all():
        assert volume.label in html


def test_a_writer_that_crashes_once_is_tried_again(monkeypatch):
    # A crash in the layout libraries (killed by a signal) gets one more try; an error
    # the writer reports itself, or a second crash, is not hidden.
    import subprocess

    real_run = subprocess.run
    calls = []

    def crash_first(args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            return subprocess.CompletedProcess(args, -11, b"", b"")
        return real_run(args, **kwargs)

    monkeypatch.setattr(booklet.subprocess, "run", crash_first)
    written = booklet.write_pdf("<html><body><h1>Hello</h1></body></html>")
    assert written.pdf.startswith(b"%PDF") and len(calls) == 2

    def always(code):
        def run(args, **kwargs):
            calls.append(args)
            return subprocess.CompletedProcess(args, code, b"", b"bad input")

        return run

    calls.clear()
    monkeypatch.setattr(booklet.subprocess, "run", always(-11))
    with pytest.raises(RuntimeError, match="stopped with code -11"):
        booklet.write_pdf("<p>x</p>")
    assert len(calls) == 2
    calls.clear()
    monkeypatch.setattr(booklet.subprocess, "run", always(1))
    with pytest.raises(RuntimeError, match="stopped with code 1: bad input"):
        booklet.write_pdf("<p>x</p>")
    assert len(calls) == 1
