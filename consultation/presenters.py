"""Display strings and the CSV of the gaps report. Never a contact name or email."""

import csv
import io

from consultation.selectors import GapsReport


def date_range(starts, ends) -> str:
    """'3 March 2026', '3 to 5 March 2026', '28 February to 3 March 2026', across years too."""
    if not ends or ends == starts:
        return f"{starts:%-d %B %Y}"
    if (starts.year, starts.month) == (ends.year, ends.month):
        return f"{starts:%-d} to {ends:%-d %B %Y}"
    if starts.year == ends.year:
        return f"{starts:%-d %B} to {ends:%-d %B %Y}"
    return f"{starts:%-d %B %Y} to {ends:%-d %B %Y}"


def _safe_cell(value):
    """Stop a spreadsheet running text as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def gaps_csv(report: GapsReport) -> str:
    """The gaps report as CSV: the round, each category's counts, each matter, the flags."""
    out = io.StringIO()
    writer = csv.writer(out)

    def row(*cells):
        writer.writerow([_safe_cell(c) for c in cells])

    r = report.round
    row("Review round", r.title)
    row("Dates", date_range(r.starts, r.ends))
    row("Published", f"{r.published_at:%-d %B %Y}" if r.published_at else "Not published")
    row()
    row(
        "Legal reference",
        "Category",
        "Must be consulted",
        "Invited in our area",
        "Invited outside our area",
        "Took part in our area",
        "Took part outside our area",
        "Gap",
    )
    for c in report.categories:
        row(
            c.category.legal_reference,
            c.category.name,
            "Yes" if c.category.must_consult else "No",
            c.invited_in,
            c.invited_out,
            c.responded_in,
            c.responded_out,
            "Nobody invited" if c.gap else "",
        )
    row()
    row(
        "Regulation 55 matter",
        "Pieces of evidence",
        "Children and young people",
        "Parents and carers",
        "Gap",
    )
    for m in report.matters:
        row(
            m.label,
            m.pieces,
            m.children_young_people,
            m.parents_carers,
            "No evidence" if m.gap else "",
        )
    row()
    row("Gaps")
    for flag in report.flags or ["None found"]:
        row(flag)
    return out.getvalue()
