"""Gunicorn settings (`gunicorn --config python:localoffer.gunicorn ...`).

Gunicorn names itself and its version in a `Server` header on every response;
a security scan reports that as a banner. Responses here carry no `Server` header.
"""

from gunicorn.http import wsgi

_default_headers = wsgi.Response.default_headers


def _headers_without_server(self):
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


wsgi.Response.default_headers = _headers_without_server
