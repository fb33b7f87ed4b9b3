"""Gunicorn settings (`gunicorn --config python:localoffer.gunicorn ...`).

Gunicorn names itself and its version in a `Server` header on every response;
a security scan reports that as a banner. Responses here carry no `Server` header.

Each worker, once it has loaded the site, sets the objects loaded so far aside from
the garbage collector (`gc.freeze()`): otherwise a full collection walks Django and
every loaded module, about 50 ms on this site, in the middle of someone's request
(measured: about once every hundred searches).
"""

import gc

from gunicorn.http import wsgi

_default_headers = wsgi.Response.default_headers


def _headers_without_server(self):
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


wsgi.Response.default_headers = _headers_without_server


def post_worker_init(worker):
    gc.collect()
    gc.freeze()
