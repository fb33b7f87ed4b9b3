import logging

from postcodes.redact import RedactLocation, redact


def test_postcodes_and_coordinates_are_removed_from_urls():
    line = '"GET /services/?q=speech&postcode=BM1+4LS&lat=53.74&lon=-1.91&page=2 HTTP/1.1" 200'
    assert redact(line) == (
        '"GET /services/?q=speech&postcode=[removed]&lat=[removed]&lon=[removed]&page=2 '
        'HTTP/1.1" 200'
    )


def test_the_filter_rewrites_runserver_lines(caplog):
    logger = logging.getLogger("test.redact")
    logger.addFilter(RedactLocation())
    with caplog.at_level(logging.INFO, logger="test.redact"):
        logger.info('"%s" %s %s', "GET /services/?postcode=bm14ls HTTP/1.1", 200, 512)
    assert "bm14ls" not in caplog.text
    assert "postcode=[removed]" in caplog.text


def test_the_site_logging_config_filters_the_development_server():
    handler = next(h for h in logging.getLogger("django.server").handlers)
    assert any(isinstance(f, RedactLocation) for f in handler.filters)
