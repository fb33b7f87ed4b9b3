"""Gunicorn workers set what they loaded at start-up aside from the garbage collector."""

import gc


def test_a_worker_freezes_what_it_loaded():
    from localoffer import gunicorn

    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        gunicorn.post_worker_init(worker=None)
        # Everything alive now (Django, the settings, this test) is out of the collector's
        # sight, so a full collection no longer walks it.
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
