"""Keep people's postcodes and locations out of log files.

A postcode search is a GET form (bookmarkable), so the postcode is in the query
string, and development servers and proxies log query strings. This filter
rewrites any log line that carries one.
"""

import logging
import re

# The search's postcode and "use my location" parameters, in any URL in the message.
_LOCATION_PARAMS = re.compile(r"(?i)\b(postcode|lat|lon|latitude|longitude)=[^&\s\"']*")


def redact(text: str) -> str:
    return _LOCATION_PARAMS.sub(lambda m: f"{m.group(1)}=[removed]", text)


class RedactLocation(logging.Filter):
    """A logging filter: postcodes and coordinates in a message are replaced by [removed]."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True
