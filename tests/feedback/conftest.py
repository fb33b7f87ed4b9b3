"""Fixtures for the feedback tests."""

import pytest

from tests.factories import ServiceFactory


@pytest.fixture
def service(db):
    """A published service families can comment on."""
    return ServiceFactory(name="Riverside Chatterbox Group", slug="riverside-chatterbox-group")


@pytest.fixture
def comment_data():
    """A valid comment as the form posts it."""
    return {
        "about": "general",
        "theme": "missing",
        "text": "There is nothing on the Local Offer about holiday clubs for autistic teenagers.",
        "commenter_role": "parent_carer",
        "child_age_group": "11-15",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "hp_reference_code": "",
    }


@pytest.fixture(autouse=True)
def _default_feedback_settings(settings):
    # The tests state the limits they rely on; the site's own settings may change.
    settings.FEEDBACK_RATE_LIMITS = [(5, 600), (20, 86400)]
    settings.TRUSTED_PROXIES = []
    settings.FEEDBACK_RETENTION_MONTHS = 12
    settings.FEEDBACK_FALLBACK_RETENTION_MONTHS = 24
    settings.FEEDBACK_SPAM_RETENTION_DAYS = 30
