"""A resent comment (double clicks, the back button) never counts against the person."""

import pytest
from django.urls import reverse

from core.models import RateLimitHit
from feedback.models import Comment

pytestmark = pytest.mark.django_db


def test_the_same_comment_sent_ten_times_counts_once(client, comment_data):
    for _ in range(10):
        response = client.post(reverse("feedback:comment"), comment_data)
        assert response.status_code == 302
    assert Comment.objects.count() == 1
    assert set(RateLimitHit.objects.values_list("count", flat=True)) == {1}


def test_different_comments_still_count(client, comment_data):
    statuses = [
        client.post(
            reverse("feedback:comment"), {**comment_data, "text": f"Comment number {n}"}
        ).status_code
        for n in range(6)
    ]
    assert statuses == [302] * 5 + [429]


def test_a_forged_forwarded_address_does_not_escape_the_limit(client, comment_data, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    statuses = [
        client.post(
            reverse("feedback:comment"),
            {**comment_data, "text": f"Comment number {n}"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        ).status_code
        for n in range(6)
    ]
    assert statuses[-1] == 429
