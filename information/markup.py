"""Officers' Markdown to safe HTML with GOV.UK typography.

Markdown lets raw HTML through, so the HTML it produces is cleaned by nh3 (an
allow-list: no script, no event handlers, no style or class attributes, links
only to http(s), mailto and tel). GOV.UK classes are added afterwards, to the
cleaned output only, by matching the exact bare tags nh3 leaves behind.
"""

import html as html_lib
import re

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


def render(text: str) -> str:
    """Markdown -> sanitised HTML with GOV.UK classes. Safe to mark safe."""
    html = markdown.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")
    html = _H1.sub(r"<\1h2>", html)
    html = clean_html(html)
    # nh3 adds rel to every link; GOV.UK links need only the class.
    html = html.replace(' rel="noopener noreferrer"', "")
    for bare, styled in _CLASSES:
        html = html.replace(bare, styled)
    html = _WARNING.sub(_WARNING_HTML, html)
    html = _INSET_P.sub(r"\1\2", html)
    return html


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
