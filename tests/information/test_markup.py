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


def _terms_used_one_pattern_per_term(texts, terms):
    """The earlier way, one pattern per term and every match sorted: the reference."""
    import re

    joined = "\n".join(texts)
    matches = []
    for term in sorted(terms, key=lambda t: -max((len(n) for n in t.names), default=0)):
        names = "|".join(
            re.escape(n) if n.isupper() else f"(?i:{re.escape(n)})" for n in term.names
        )
        pattern = re.compile(rf"(?<![\w-])({names})(?![\w-])")
        matches += [(m.start(), m.end(), term) for m in pattern.finditer(joined)]
    matches.sort(key=lambda m: (m[0], -m[1]))
    found, taken_to = {}, 0
    for start, end, term in matches:
        if start >= taken_to:
            found[term.pk] = term
            taken_to = end
    return sorted(found.values(), key=lambda term: term.term.lower())


def test_terms_used_finds_what_one_pattern_per_term_found():
    import random
    from types import SimpleNamespace

    from information.markup import terms_used

    def term(pk, name, *others):
        names = sorted({name, *others}, key=len, reverse=True)
        return SimpleNamespace(pk=pk, term=name, names=names)

    terms = [
        term(1, "SEN support", "SEN-support"),
        term(2, "SEN"),
        term(3, "EHC plan", "education, health and care plan", "EHCP"),
        term(4, "EHC needs assessment", "needs assessment"),
        term(5, "Short breaks", "respite"),
        term(6, "Plan"),
        term(7, "Local Offer"),
        term(8, "Tribunal", "SENDIST"),
    ]
    # The same name under two terms, the shorter term first in the list: the term with
    # the longer names has it.
    terms = [term(9, "EHCP"), term(10, "Respite"), *terms]
    words = [
        "SEN", "sen", "support", "SEN support", "SEN-support", "EHC", "plan", "EHC plan",
        "ehc plan", "EHCP", "needs", "assessment", "EHC needs assessment", "short", "breaks",
        "Short Breaks", "respite", "local", "offer", "Local Offer", "tribunal", "SENDIST",
        "non-SEN", "plans", "(SEN)", "the", "and", "care", "education, health and care plan",
    ]  # fmt: skip
    rng = random.Random(7)  # noqa: S311 - test data
    checked = 0
    for _ in range(300):
        texts = [" ".join(rng.choices(words, k=rng.randint(0, 12))) for _ in range(2)]
        expected = _terms_used_one_pattern_per_term(texts, terms)
        assert terms_used(texts, terms) == expected, texts
        checked += bool(expected)
    assert checked > 200
    assert terms_used(["nothing to see"], []) == []
