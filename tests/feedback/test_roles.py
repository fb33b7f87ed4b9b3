"""What the Moderator role may do with comments."""

import pytest
from django.urls import reverse

from core.roles import MODERATOR, roles_ensure
from feedback.models import Comment
from tests.feedback.factories import CommentFactory

pytestmark = pytest.mark.django_db


def moderator_permissions() -> set[str]:
    group = roles_ensure()[MODERATOR]
    return set(group.permissions.values_list("codename", flat=True))


def test_moderators_cannot_delete_comments():
    assert "delete_comment" not in moderator_permissions()


def test_moderators_cannot_delete_comments_from_the_moderation_queue():
    assert "delete_commenttomoderate" not in moderator_permissions()


def test_moderators_keep_their_other_feedback_permissions():
    permissions = moderator_permissions()
    assert {"change_comment", "view_original_comment", "delete_yousaidwedid"} <= permissions


def test_a_moderator_cannot_open_a_comments_delete_page(moderator_client):
    comment = CommentFactory()
    response = moderator_client.post(reverse("admin:feedback_comment_delete", args=[comment.pk]))
    assert response.status_code == 403
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_the_bulk_delete_action_is_not_offered_even_to_a_superuser(admin_client):
    CommentFactory()
    response = admin_client.get(reverse("admin:feedback_comment_changelist"))
    actions = {name for name, _ in response.context["action_form"].fields["action"].choices}
    assert "delete_selected" not in actions
