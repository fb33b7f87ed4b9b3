import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from feedback.models import Comment, RedactionTerm, ReportingPeriod
from tests.feedback.factories import (
    CommentContactFactory,
    CommentFactory,
    ReportingPeriodFactory,
    YouSaidWeDidFactory,
)

pytestmark = pytest.mark.django_db

QUEUE_URL = reverse("admin:feedback_commenttomoderate_changelist")


def change_url(comment):
    return reverse("admin:feedback_comment_change", args=[comment.pk])


def review_data(comment, **changes):
    data = {
        "theme": comment.theme,
        "anonymised_text": comment.anonymised_text,
        "status": comment.status,
        "not_published_reason": comment.not_published_reason,
        "topic": comment.topic_id or "",
        "_save": "Save",
    }
    if comment.pointed_to_complaints:
        data["pointed_to_complaints"] = "on"
    if comment.is_example:
        data["is_example"] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not False}


# --- the queue ------------------------------------------------------------------


def test_the_moderation_queue_lists_new_comments(moderator_client):
    comment = CommentFactory()
    html = moderator_client.get(QUEUE_URL).content.decode()
    assert comment.reference in html


def test_the_queue_leaves_out_decided_and_approved_comments(moderator_client):
    done = CommentFactory(publishable=True)
    spam = CommentFactory(status="not_for_publication", not_published_reason="spam")
    html = moderator_client.get(QUEUE_URL).content.decode()
    assert done.reference not in html
    assert spam.reference not in html


def test_the_queue_keeps_comments_for_publication_until_their_text_is_approved(
    moderator_client,
):
    comment = CommentFactory(status="for_publication")
    html = moderator_client.get(QUEUE_URL).content.decode()
    assert comment.reference in html
    assert "Approval of the anonymised text" in html


def test_a_queue_item_can_be_opened_after_its_decision(moderator_client):
    comment = CommentFactory(publishable=True)
    url = reverse("admin:feedback_commenttomoderate_change", args=[comment.pk])
    assert moderator_client.get(url).status_code == 200


def test_the_queue_history_link_shows_the_comments_history(moderator_client):
    comment = CommentFactory()
    url = reverse("admin:feedback_commenttomoderate_history", args=[comment.pk])
    response = moderator_client.get(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(
        "admin:feedback_comment_history", args=[comment.pk]
    )


def test_comments_cannot_be_added_in_admin(moderator_client):
    assert moderator_client.get(reverse("admin:feedback_comment_add")).status_code == 403


# --- the change page -----------------------------------------------------------------


def test_a_moderator_sees_the_original_and_the_highlighted_redactions(moderator_client):
    comment = CommentFactory(text="Please call Mrs Patel on 07700 900123.")
    html = moderator_client.get(change_url(comment)).content.decode()
    assert "Please call Mrs Patel on 07700 900123." in html
    assert '<mark class="app-redaction" title="titled_name">Mrs Patel</mark>' in html
    assert '<mark class="app-redaction" title="phone">07700 900123</mark>' in html


def test_a_moderator_sees_the_contact_details(moderator_client):
    contact = CommentContactFactory()
    html = moderator_client.get(change_url(contact.comment)).content.decode()
    assert "priya.quennell@example.org" in html


def test_script_in_a_comment_is_escaped_on_the_admin_page(moderator_client):
    script = "<script>alert('x')</script>"
    comment = CommentFactory(text=f"{script} call 07700 900123", anonymised_text=script)
    CommentContactFactory(comment=comment, name=script)
    html = moderator_client.get(change_url(comment)).content.decode()
    assert script not in html
    assert "&lt;script&gt;" in html


def test_an_officer_cannot_open_comments_in_admin(officer_client):
    comment = CommentFactory()
    assert officer_client.get(change_url(comment)).status_code == 403
    assert officer_client.get(QUEUE_URL).status_code == 403


def test_staff_who_may_view_comments_still_cannot_see_the_original(officer_client, officer):
    officer.user_permissions.add(Permission.objects.get(codename="view_comment"))
    comment = CommentFactory(text="Original words from Mrs Patel", anonymised_text="Safe words")
    CommentContactFactory(comment=comment)
    html = officer_client.get(change_url(comment)).content.decode()
    assert "Safe words" in html
    assert "Original words" not in html
    assert "priya.quennell@example.org" not in html
    assert "<mark" not in html


def test_the_admin_search_does_not_search_the_original(moderator_client):
    CommentFactory(text="secretword in the original", anonymised_text="clean")
    html = moderator_client.get(
        reverse("admin:feedback_comment_changelist"), {"q": "secretword"}
    ).content.decode()
    assert "0 comments" in html


def test_a_deleted_original_is_explained(moderator_client):
    comment = CommentFactory(text="", original_deleted_at=timezone.now())
    html = moderator_client.get(change_url(comment)).content.decode()
    assert "at the end of the retention period" in html


# --- deciding in the change page -------------------------------------------------------


def test_a_moderator_approves_and_publishes_a_comment(moderator_client, moderator):
    comment = CommentFactory(anonymised_text="Auto text")
    response = moderator_client.post(
        change_url(comment),
        review_data(
            comment,
            status="for_publication",
            anonymised_text="Edited safe text",
            approve_anonymised="on",
        ),
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_publishable
    assert comment.anonymised_text == "Edited safe text"
    assert comment.anonymised_approved_by == moderator
    assert comment.moderated_by == moderator


def test_own_case_without_the_complaints_route_is_a_form_error(moderator_client):
    comment = CommentFactory()
    response = moderator_client.post(
        change_url(comment),
        review_data(comment, status="not_for_publication", not_published_reason="own_case"),
    )
    assert response.status_code == 200
    assert "Tell the person how to use the complaints route" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.NEW


def test_own_case_with_the_complaints_route_is_recorded(moderator_client):
    comment = CommentFactory()
    moderator_client.post(
        change_url(comment),
        review_data(
            comment,
            status="not_for_publication",
            not_published_reason="own_case",
            pointed_to_complaints="on",
        ),
    )
    comment.refresh_from_db()
    assert comment.not_published_reason == "own_case"
    assert comment.pointed_to_complaints


def test_editing_approved_text_without_ticking_approval_withdraws_it(moderator_client):
    comment = CommentFactory(publishable=True)
    moderator_client.post(change_url(comment), review_data(comment, anonymised_text="Changed"))
    comment.refresh_from_db()
    assert comment.anonymised_approved_at is None
    assert not comment.is_publishable


def test_an_unapproved_comment_never_reaches_the_public_report(moderator_client, client):
    period = ReportingPeriodFactory(published=True)
    comment = CommentFactory(anonymised_text="Words awaiting approval")
    moderator_client.post(
        change_url(comment), review_data(comment, status="for_publication", is_example="on")
    )
    html = client.get(period.get_absolute_url()).content.decode()
    assert "Words awaiting approval" not in html


def test_anonymised_text_longer_than_a_comment_is_refused_clearly(moderator_client):
    comment = CommentFactory(anonymised_text="Short")
    response = moderator_client.post(
        change_url(comment), review_data(comment, anonymised_text="a" * 5001)
    )
    assert response.status_code == 200
    assert "must be 5,000 characters or fewer. It has 5,001" in response.content.decode()
    comment.refresh_from_db()
    assert comment.anonymised_text == "Short"


def test_long_automatic_anonymised_text_can_still_be_saved_unchanged(moderator_client):
    comment = CommentFactory(anonymised_text="[name removed] " * 400)
    response = moderator_client.post(change_url(comment), review_data(comment, theme="missing"))
    assert response.status_code == 302


def test_edits_to_the_anonymised_text_are_in_the_history(moderator_client):
    comment = CommentFactory(publishable=True, anonymised_text="First version")
    moderator_client.post(
        change_url(comment),
        review_data(comment, anonymised_text="Second version", approve_anonymised="on"),
    )
    assert comment.history.first().anonymised_text == "Second version"
    assert comment.history.last().anonymised_text == "First version"


def test_the_history_never_holds_the_original_or_the_page(moderator_client):
    comment = CommentFactory(about="page", page_url="Mrs Patel's page", text="Mrs Patel said")
    moderator_client.post(change_url(comment), review_data(comment, theme="missing"))
    fields = {field.name for field in comment.history.model._meta.fields}
    assert not {"text", "page_url", "duplicate_key"} & fields


def test_a_comment_can_be_grouped_into_an_entry(moderator_client):
    entry = YouSaidWeDidFactory()
    comment = CommentFactory()
    moderator_client.post(change_url(comment), review_data(comment, topic=entry.pk))
    comment.refresh_from_db()
    assert comment.topic == entry


# --- actions ---------------------------------------------------------------------------


def run_action(client, action, comments, **extra):
    return client.post(
        reverse("admin:feedback_comment_changelist"),
        {"action": action, "_selected_action": [c.pk for c in comments], **extra},
        follow=True,
    )


def test_the_spam_action_marks_comments_as_spam(moderator_client):
    comments = CommentFactory.create_batch(2)
    run_action(moderator_client, "mark_spam", comments)
    assert set(Comment.objects.values_list("not_published_reason", flat=True)) == {"spam"}


def test_the_publication_action_still_needs_approval(moderator_client):
    comment = CommentFactory()
    run_action(moderator_client, "mark_for_publication", [comment])
    comment.refresh_from_db()
    assert comment.status == Comment.Status.FOR_PUBLICATION
    assert not comment.is_publishable


def test_the_group_action_puts_comments_under_the_chosen_entry(moderator_client):
    entry = YouSaidWeDidFactory()
    comments = CommentFactory.create_batch(3)
    run_action(moderator_client, "group_into_topic", comments, topic=entry.pk)
    assert entry.comments.count() == 3


def test_the_group_action_without_an_entry_says_so(moderator_client):
    response = run_action(moderator_client, "group_into_topic", [CommentFactory()])
    assert "Choose an entry first." in response.content.decode()


def action_names(client, url) -> set[str]:
    CommentFactory()
    response = client.get(url)
    return {name for name, _ in response.context["action_form"].fields["action"].choices}


@pytest.mark.parametrize("url", [reverse("admin:feedback_comment_changelist"), QUEUE_URL])
def test_there_is_no_action_to_approve_anonymised_text_nobody_has_read(moderator_client, url):
    names = action_names(moderator_client, url)
    assert "mark_for_publication" in names
    assert not any("approve" in name for name in names)


def spam_trap_list(client, value) -> str:
    url = reverse("admin:feedback_comment_changelist")
    return client.get(url, {"spam_trap": value}).content.decode()


def trapped(**kwargs):
    return CommentFactory(
        caught_by_spam_trap=True,
        status="not_for_publication",
        not_published_reason="spam",
        **kwargs,
    )


def test_comments_caught_by_the_spam_trap_have_their_own_filter(moderator_client):
    caught = trapped()
    ordinary = CommentFactory()
    html = spam_trap_list(moderator_client, "caught")
    assert "Caught by the spam trap" in html
    assert caught.reference in html
    assert ordinary.reference not in html


def test_a_moderator_can_rescue_a_comment_from_the_spam_trap(moderator_client):
    comment = trapped()
    run_action(moderator_client, "mark_not_spam", [comment])
    comment.refresh_from_db()
    assert comment.status == Comment.Status.NEW
    assert comment.not_published_reason == ""
    assert Comment.objects.awaiting_moderation().filter(pk=comment.pk).exists()


def test_a_rescued_comment_is_listed_as_rescued_not_caught(moderator_client):
    comment = trapped()
    run_action(moderator_client, "mark_not_spam", [comment])
    assert comment.reference not in spam_trap_list(moderator_client, "caught")
    assert comment.reference in spam_trap_list(moderator_client, "rescued")


def test_the_queue_points_to_comments_caught_by_the_spam_trap(moderator_client):
    trapped()
    html = moderator_client.get(QUEUE_URL).content.decode()
    assert "1 comment caught by the spam trap is not in this queue" in html
    assert "?spam_trap=caught" in html


def test_actions_record_history(moderator_client):
    comment = CommentFactory()
    run_action(moderator_client, "mark_duplicate", [comment])
    assert comment.history.first().not_published_reason == "duplicate"


# --- names to remove -------------------------------------------------------------------


def test_a_moderator_can_add_a_name_to_remove(moderator_client):
    response = moderator_client.post(
        reverse("admin:feedback_redactionterm_add"), {"term": "Larkspur Primary", "note": ""}
    )
    assert response.status_code == 302
    assert RedactionTerm.objects.filter(term="Larkspur Primary").exists()


def test_a_name_already_on_the_list_is_refused_whatever_its_case(moderator_client):
    RedactionTerm.objects.create(term="Larkspur Primary")
    response = moderator_client.post(
        reverse("admin:feedback_redactionterm_add"), {"term": "larkspur primary", "note": ""}
    )
    assert "That name is already on the list." in response.content.decode()


# --- reporting periods ----------------------------------------------------------------


def period_data(period, **changes):
    data = {
        "title": period.title,
        "slug": period.slug,
        "starts": period.starts.isoformat(),
        "ends": period.ends.isoformat(),
        "how_we_sought_comments": period.how_we_sought_comments,
        "entries-TOTAL_FORMS": "0",
        "entries-INITIAL_FORMS": "0",
        "entries-MIN_NUM_FORMS": "0",
        "entries-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_a_moderator_publishes_a_report_from_its_page(moderator_client):
    period = ReportingPeriodFactory()
    url = reverse("admin:feedback_reportingperiod_change", args=[period.pk])
    assert 'name="_publish"' in moderator_client.get(url).content.decode()
    response = moderator_client.post(url, period_data(period, _publish="1"), follow=True)
    period.refresh_from_db()
    assert period.is_published
    assert "is published" in response.content.decode()


def test_publishing_is_refused_while_comments_wait(moderator_client):
    period = ReportingPeriodFactory()
    CommentFactory()
    response = run_period_action(moderator_client, [period])
    period.refresh_from_db()
    assert not period.is_published
    assert "still waiting for moderation" in response.content.decode()


def run_period_action(client, periods):
    return client.post(
        reverse("admin:feedback_reportingperiod_changelist"),
        {"action": "publish", "_selected_action": [p.pk for p in periods]},
        follow=True,
    )


def test_the_period_page_links_to_the_preview(moderator_client):
    period = ReportingPeriodFactory()
    url = reverse("admin:feedback_reportingperiod_change", args=[period.pk])
    html = moderator_client.get(url).content.decode()
    assert f'<a href="{period.get_absolute_url()}">Preview the report</a>' in html


def test_edits_to_a_published_report_are_in_its_history(moderator_client):
    period = ReportingPeriodFactory(published=True)
    url = reverse("admin:feedback_reportingperiod_change", args=[period.pk])
    moderator_client.post(url, period_data(period, how_we_sought_comments="Corrected."))
    history = moderator_client.get(
        reverse("admin:feedback_reportingperiod_history", args=[period.pk])
    )
    assert history.status_code == 200
    assert period.history.count() == 2
    assert period.history.first().history_user.username == "moderator"


def test_a_not_possible_entry_needs_a_reason_in_admin(moderator_client):
    period = ReportingPeriodFactory()
    response = moderator_client.post(
        reverse("admin:feedback_yousaidwedid_add"),
        {
            "period": period.pk,
            "topic": "A swimming pool",
            "what_people_said": "We need a pool.",
            "response_and_action": "We looked at it.",
            "status": "not_possible",
            "reason_not_possible": "",
            "team_responsible": "Leisure",
            "action_date": "2026-03-01",
            "order": "0",
        },
    )
    assert "Say why it is not possible." in response.content.decode()


# --- the admin home page -------------------------------------------------------------


def test_the_admin_home_warns_when_no_report_was_published_for_a_year(moderator_client):
    ReportingPeriodFactory(published_at=timezone.now() - timezone.timedelta(days=400))
    html = moderator_client.get(reverse("admin:index")).content.decode()
    assert "No &#x27;you said, we did&#x27; report has been published in the last 12 months" in html


def test_the_admin_home_has_no_warning_after_a_recent_report(moderator_client):
    ReportingPeriodFactory(published=True)
    html = moderator_client.get(reverse("admin:index")).content.decode()
    assert "has been published in the last 12 months" not in html


def test_admin_pages_have_no_inline_script_without_a_nonce(moderator_client):
    comment = CommentFactory()
    for url in [reverse("admin:index"), change_url(comment), QUEUE_URL]:
        response = moderator_client.get(url)
        assert "Content-Security-Policy" in response
        for tag in re.findall(r"<script\b[^>]*>", response.content.decode()):
            assert "src=" in tag or "nonce=" in tag or 'type="application/json"' in tag, tag


def test_the_reporting_period_is_listed_for_moderators(moderator_client):
    ReportingPeriod.objects.create(
        title="Year one",
        slug="year-one",
        starts="2025-04-01",
        ends="2026-03-31",
        how_we_sought_comments="Online.",
    )
    html = moderator_client.get(reverse("admin:feedback_reportingperiod_changelist")).content
    assert b"Year one" in html
