"""The PDF booklet: tagged PDF/UA, title and language, contents, the right services, caching."""

import io

import pikepdf
import pytest
from pypdf import PdfReader

from core import pagecache
from core.services import content_changed
from directory.services import service_refresh_index
from information import booklet
from information.models import Booklet
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


def test_booklet_is_tagged_pdf_ua_with_title_language_and_the_right_services(fixture):
    built = _build()
    pdf = bytes(built.pdf)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert str(doc.Root.Lang) == "en-GB"
        assert bool(doc.Root.MarkInfo.Marked)
        assert "/StructTreeRoot" in doc.Root
        assert "Local Offer" in str(doc.docinfo["/Title"])
        with doc.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"
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
    assert {"/H1", "/H2", "/H3", "/P"} <= kinds
    text = _text(pdf)
    assert "Contents" in text
    assert "Personal budgets" in text
    for service in fixture:
        assert service.name in text
    assert "Lantern Hall" in text
    assert "Secret draft service" not in text
    assert "Old archived service" not in text
    assert built.services == 3
    assert built.pages >= 3


def test_large_print_body_is_at_least_16pt(fixture):
    html, _ = booklet.booklet_html(variant=booklet.LARGE_PRINT, grouping=booklet.BY_AREA)
    assert "font-size: 18pt" in html
    standard, _ = booklet.booklet_html(variant=booklet.STANDARD, grouping=booklet.BY_AREA)
    assert "font-size: 12pt" in standard


def test_booklet_by_age_group(fixture):
    html, count = booklet.booklet_html(variant=booklet.STANDARD, grouping=booklet.BY_AGE)
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

    def broken(**kwargs):
        raise RuntimeError("fonts missing")

    monkeypatch.setattr(booklet, "build_pdf", broken)
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
    text = _text(bytes(built.pdf))
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
