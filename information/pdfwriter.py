"""Lay out one booklet volume's HTML as PDF/UA-1, in a process of its own.

Run as a script by information.booklet (never imported by Django code): HTML on
standard input, the PDF written to the path given, and one line of JSON on
standard output with the page count and this process's peak memory. WeasyPrint
holds a whole document's layout in memory; doing each volume in a fresh process
gives all of it back to the system when the volume is done, so the worker that
builds booklets stays small however many volumes there are.

    python -P information/pdfwriter.py BASE_URL OUTPUT.pdf < volume.html
"""

import json
import resource
import sys


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    base_url, output = argv[1], argv[2]
    import weasyprint

    html = sys.stdin.buffer.read().decode("utf-8")
    document = weasyprint.HTML(string=html, base_url=base_url).render()
    pages = len(document.pages)
    document.write_pdf(output, pdf_variant="pdf/ua-1")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(json.dumps({"pages": pages, "peak_memory_kb": peak_kb}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
