"""The Markdown renderer: GOV.UK typography, and nothing unsafe ever survives."""

import pytest

from information import markup

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<div onclick="alert(1)">x</div>',
    "<iframe src=https://example.org></iframe>",
    "<object data=x></object>",
    "<style>body{display:none}</style>",
    '<form action="https://example.org"><input name=x></form>',
    '<a href="https://example.org" onmouseover="alert(1)">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<<script>script>alert(1)<</script>/script>",
    '"><script>alert(1)</script>',
    "<!--<script>alert(1)</script>-->",
    "![x](x onerror=alert(1))",
    "<details open ontoggle=alert(1)>",
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    "<base href=https://example.org/>",
    '<meta http-equiv="refresh" content="0;url=https://example.org">',
    "> <script>alert(1)</script>",
    "Warning: <img src=x onerror=alert(1)>",
    "| a |\n| - |\n| <script>alert(1)</script> |",
]

FORBIDDEN = [
    "<script",
    "onerror",
    "onload",
    "onclick",
    "onmouseover",
    "ontoggle",
    "javascript:",
    "vbscript:",
    "data:text",
    "<iframe",
    "<object",
    "<style",
    "style=",
    "<form",
    "<input",
    "<img",
    "<svg",
    "<base",
    "<meta",
    "<math",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_no_xss_payload_survives_rendering(payload):
    html = markup.render(payload).lower()
    for bad in FORBIDDEN:
        assert bad not in html, (payload, html)


@pytest.mark.parametrize("payload", [p for p in XSS_PAYLOADS if "<" in p or "script:" in p])
def test_officers_are_told_to_remove_html_or_unsafe_links(payload):
    assert markup.problems(payload)


def test_plain_markdown_has_no_problems():
    text = (
        "## Help\n\nA [link](https://example.org), [a page](/information/) and "
        "[mail](mailto:a@example.org)."
    )
    assert markup.problems(text) == []


def test_headings_lists_and_links_get_govuk_classes():
    html = markup.render(
        "# Big\n\n## Title\n\n- one\n- two\n\n1. first\n\n[Go](https://example.org)"
    )
    assert '<h2 class="govuk-heading-m">Big</h2>' in html  # no second <h1> on the page
    assert '<ul class="govuk-list govuk-list--bullet">' in html
    assert '<ol class="govuk-list govuk-list--number">' in html
    assert '<a class="govuk-link" href="https://example.org">Go</a>' in html


def test_inset_and_warning_text():
    html = markup.render("> Call us first.\n\nWarning: You must appeal within 2 months.")
    assert '<div class="govuk-inset-text">Call us first.' in html
    assert 'class="govuk-warning-text"' in html
    assert '<span class="govuk-visually-hidden">Warning</span> You must appeal' in html


def test_reading_ease_of_plain_words_is_high_and_of_jargon_is_low():
    plain = "You can ask for help. We will call you back. It is free."
    jargon = (
        "Notwithstanding the aforementioned statutory considerations, multidisciplinary "
        "professional determinations necessitate comprehensive individualised evaluation."
    )
    assert markup.reading_ease(plain) > 60
    assert markup.reading_ease(jargon) < 30
    assert markup.reading_ease("") is None
