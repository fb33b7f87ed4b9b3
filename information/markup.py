"""Officers' Markdown to safe HTML with GOV.UK typography.

Markdown lets raw HTML through, so the HTML it produces is cleaned by nh3 (an
allow-list: no script, no event handlers, no style or class attributes, links
only to http(s), mailto and tel). GOV.UK classes are added afterwards, to the
cleaned output only, by matching the exact bare tags nh3 leaves behind.
"""

import html as html_lib
import re
from functools import lru_cache

import markdown
import nh3
import textstat

ALLOWED_TAGS = {
    "p", "a", "ul", "ol", "li", "h2", "h3", "h4", "strong", "em", "blockquote",
    "table", "thead", "tbody", "tr", "th", "td", "br", "hr", "code",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}, "th": {"scope"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

# Any tag-like text an officer might paste: "<script", "</div", "<!--", "<img".
RAW_HTML = re.compile(r"<\s*(?:[a-zA-Z][a-zA-Z0-9-]*|/\s*[a-zA-Z]|!)")
MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
AUTO_LINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")

_CLASSES = [
    ("<p>", '<p class="govuk-body">'),
    ("<a ", '<a class="govuk-link" '),
    ("<ul>", '<ul class="govuk-list govuk-list--bullet">'),
    ("<ol>", '<ol class="govuk-list govuk-list--number">'),
    ("<h2>", '<h2 class="govuk-heading-m">'),
    ("<h3>", '<h3 class="govuk-heading-s">'),
    ("<h4>", '<h4 class="govuk-heading-s">'),
    ("<blockquote>", '<div class="govuk-inset-text">'),
    ("</blockquote>", "</div>"),
    ("<table>", '<table class="govuk-table">'),
    ("<thead>", '<thead class="govuk-table__head">'),
    ("<tbody>", '<tbody class="govuk-table__body">'),
    ("<tr>", '<tr class="govuk-table__row">'),
    ("<th>", '<th class="govuk-table__header">'),
    ("<th scope=", '<th class="govuk-table__header" scope='),
    ("<td>", '<td class="govuk-table__cell">'),
    (
        "<hr>",
        '<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible">',
    ),
]
# The page has its own <h1>; a "#" heading in the body becomes a second-level one.
_H1 = re.compile(r"<(/?)h1>")
_WARNING = re.compile(r'<p class="govuk-body">\s*Warning:\s*(.*?)</p>', re.DOTALL | re.IGNORECASE)
_WARNING_HTML = (
    '<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!'
    '</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning'
    "</span> \\1</strong></div>"
)
# Inside inset text, paragraphs need no bottom margin class of their own.
_INSET_P = re.compile(r'(<div class="govuk-inset-text">)\s*<p class="govuk-body">(.*?)</p>', re.S)


def clean_html(html: str) -> str:
    """Keep only the allowed tags, attributes and link schemes."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render(text: str, *, glossary=()) -> str:
    """Markdown -> sanitised HTML with GOV.UK classes. Safe to mark safe.

    With glossary terms, the first use of each in the text links to its explanation.
    """
    html = markdown.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")
    html = _H1.sub(r"<\1h2>", html)
    html = clean_html(html)
    # nh3 adds rel to every link; GOV.UK links need only the class.
    html = html.replace(' rel="noopener noreferrer"', "")
    for bare, styled in _CLASSES:
        html = html.replace(bare, styled)
    html = _WARNING.sub(_WARNING_HTML, html)
    html = _INSET_P.sub(r"\1\2", html)
    if glossary:
        html = explain_terms(html, glossary)
    return html


_TAG = re.compile(r"(<[^>]+>)")


def explain_terms(html: str, terms) -> str:
    """Link the first use of each glossary term (outside links and headings) to its entry.

    Works on the sanitised HTML's text between tags only, so no markup is ever made
    from what an officer typed; the link text is the word as written on the page.
    """
    patterns = _term_patterns(terms, escape=True)
    used = set()
    skip = 0
    parts = _TAG.split(html)
    for index, part in enumerate(parts):
        if part.startswith("<"):
            name = part[1:].split(" ", 1)[0].split(">", 1)[0].lower()
            if name in {"a", "h2", "h3", "h4", "th"}:
                skip += 1
            elif name in {"/a", "/h2", "/h3", "/h4", "/th"}:
                skip = max(0, skip - 1)
            continue
        if skip or not part.strip():
            continue
        parts[index] = _explain_rest(part, patterns, used)
    return "".join(parts)


def _term_patterns(terms, *, escape: bool) -> list[tuple[object, re.Pattern]]:
    """Each term with a pattern matching any of its names as a whole word.

    Longest names first, so "SEN support" is found as itself, not as "SEN".
    Abbreviations match as written ("SEN", not "sen"); words in any case. With
    `escape`, the names are matched as they appear in HTML text ("&amp;").
    """
    patterns = []
    for term in sorted(terms, key=lambda t: -max((len(n) for n in t.names), default=0)):
        written = [html_lib.escape(n, quote=False) if escape else n for n in term.names]
        names = "|".join(re.escape(n) if n.isupper() else f"(?i:{re.escape(n)})" for n in written)
        if names:
            patterns.append((term, re.compile(rf"(?<![\w-])({names})(?![\w-])")))
    return patterns


def terms_used(texts, terms) -> list:
    """The glossary terms whose term or another name occurs in `texts` (plain text), A to Z.

    Where names overlap, the longest wins: "SEN support" is SEN support, not also SEN.
    One pass over the text with every name in one pattern (longest names first, so at
    each place the longest name that fits is the match), kept per set of names: a
    service page is read once, not once per term. Reading once, left to right, a name
    right after a match is found even where another term's name overlapped that match
    (matching term by term, as before, could miss it).
    """
    terms = list(terms)
    pattern = _all_names_pattern(tuple(tuple(term.names) for term in terms))
    if pattern is None:
        return []
    found = {}
    for match in pattern.finditer("\n".join(texts)):
        term = terms[int(match.lastgroup[1:].split("_", 1)[0])]
        found[term.pk] = term
    return sorted(found.values(), key=lambda term: term.term.lower())


@lru_cache(maxsize=16)
def _all_names_pattern(names_per_term: tuple[tuple[str, ...], ...]) -> re.Pattern | None:
    """One pattern matching any term's names as whole words; group `t<i>_<j>` is name j of
    term i. Longest names first; abbreviations as written, words in any case."""
    # At equal length (the same name under two terms), the term with the longest name
    # comes first, as when each term was matched on its own, longest term first.
    longest = [max((len(n) for n in term_names), default=0) for term_names in names_per_term]
    names = sorted(
        (
            (-len(name), -longest[index], index, number, name)
            for index, term_names in enumerate(names_per_term)
            for number, name in enumerate(term_names)
        ),
    )
    if not names:
        return None
    alternatives = "|".join(
        f"(?P<t{index}_{number}>"
        + (re.escape(name) if name.isupper() else f"(?i:{re.escape(name)})")
        + ")"
        for _length, _longest, index, number, name in names
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _explain_rest(text: str, patterns, used) -> str:
    """Link the earliest unexplained term in `text`, then carry on after it."""
    found = [
        (match.start(), index, term, match)
        for index, (term, pattern) in enumerate(patterns)
        if term.pk not in used and (match := pattern.search(text))
    ]
    if not found:
        return text
    # Earliest first; at the same place the longer match ("SEN support" over "SEN").
    _, _, term, match = min(found, key=lambda f: (f[0], -len(f[3].group(1)), f[1]))
    used.add(term.pk)
    link = f'<a class="govuk-link" href="/glossary/#{term.slug}">{match.group(1)}</a>'
    return text[: match.start()] + link + _explain_rest(text[match.end() :], patterns, used)


def problems(text: str) -> list[str]:
    """What is wrong with an officer's Markdown, in words they can act on."""
    found = []
    match = RAW_HTML.search(text or "")
    if match:
        found.append(
            f"Remove the HTML (it starts “{match.group(0)}”): write the page in Markdown. "
            "HTML is never shown to families."
        )
    for url in [*MARKDOWN_LINK.findall(text or ""), *AUTO_LINK.findall(text or "")]:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme and scheme not in URL_SCHEMES:
            found.append(
                f"The link “{url[:60]}” cannot be used: links must start with https://, "
                "http://, mailto:, tel: or /."
            )
    return found


def plain_text(text: str) -> str:
    """The words of a Markdown page, without markup, for reading-ease scores."""
    html = markdown.markdown(text or "", extensions=["tables"])
    words = html_lib.unescape(nh3.clean(html, tags=set()))
    return re.sub(r"\s+", " ", words).strip()


def reading_ease(text: str) -> float | None:
    """Flesch reading ease (higher is easier; 60 or more is plain English). None if empty."""
    words = plain_text(text)
    if not words:
        return None
    return round(textstat.flesch_reading_ease(words), 1)


LONG_SENTENCE_WORDS = 25
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")


def hints(text: str, *, glossary=()) -> list[str]:
    """Plain-English hints for an editor: long sentences, long words, unexplained jargon."""
    words_text = plain_text(text)
    if not words_text:
        return []
    found = []
    long_sentences = [
        s for s in _SENTENCE.split(words_text) if len(_WORDS.findall(s)) > LONG_SENTENCE_WORDS
    ]
    if long_sentences:
        example = long_sentences[0][:80]
        found.append(
            f"{len(long_sentences)} sentence(s) have more than {LONG_SENTENCE_WORDS} words, "
            f"for example “{example}…”. Try splitting them."
        )
    long_words = sorted(
        {w.lower() for w in _WORDS.findall(words_text) if textstat.syllable_count(w) >= 4}
    )
    if long_words:
        found.append(
            "Long words you could swap for shorter ones: " + ", ".join(long_words[:10]) + "."
        )
    abbreviations = sorted(set(re.findall(r"\b[A-Z]{2,}[a-z]?\b", words_text)))
    known = {name for term in glossary for name in term.names}
    unexplained = [a for a in abbreviations if a not in known and a not in {"I", "OK", "NHS", "GP"}]
    if unexplained:
        found.append(
            "Abbreviations not in the glossary (spell them out, or add them to the glossary): "
            + ", ".join(unexplained[:10])
            + "."
        )
    return found
