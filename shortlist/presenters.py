"""The list as rows for a download, and as plain text."""

from shortlist.selectors import Entry

DOWNLOAD_COLUMNS = [
    "Service",
    "Provided by",
    "Ages",
    "Needs supported",
    "How to get it",
    "Phone",
    "Email",
    "Website",
    "Where",
    "Page on the Local Offer",
    "Your notes",
]


def _places(view) -> str:
    places = []
    for location in view.locations:
        lines = [location.location.name, *location.address_lines, location.location.postcode]
        places.append(", ".join(line for line in lines if line))
    return "; ".join(places) or view.where


def download_row(request, entry: Entry) -> list[str]:
    if not entry.listed:
        return [entry.name or "A saved service", "No longer listed", *[""] * 8, entry.note]
    view = entry.view
    service = view.service
    how = " ".join([*view.referral_routes, service.how_to_access]).strip()
    return [
        service.name,
        service.organisation.name,
        view.ages,
        ", ".join(view.needs) or "Any need",
        how,
        service.contact_phone or service.organisation.phone,
        service.contact_email or service.organisation.email,
        service.website or service.organisation.website,
        _places(view),
        request.build_absolute_uri(service.get_absolute_url()),
        entry.note,
    ]


def spreadsheet_safe(value: str) -> str:
    """Stop a spreadsheet reading a cell as a formula (=, +, -, @ at the start)."""
    value = str(value)
    return f"'{value}" if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def plain_text(rows: list[list[str]]) -> str:
    blocks = []
    for row in rows:
        lines = [row[0], "=" * min(len(row[0]), 70)]
        lines += [
            f"{label}: {value}"
            for label, value in zip(DOWNLOAD_COLUMNS[1:], row[1:], strict=True)
            if value
        ]
        blocks.append("\n".join(lines))
    return ("\n\n".join(blocks) or "Your list is empty.") + "\n"
