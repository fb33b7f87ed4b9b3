import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from feedback.models import Comment, CommentContact
from feedback.services import (
    comment_anonymised_text_edit,
    comment_approve_anonymised,
    comment_moderate,
    comment_review,
    comment_submit,
    comments_group,
    comments_moderate,
    comments_reanonymise,
    months_before,
    report_publish,
)
from tests.feedback.factories import (
    CommentFactory,
    RedactionTermFactory,
    ReportingPeriodFactory,
    YouSaidWeDidFactory,
)

pytestmark = pytest.mark.django_db


def submit(**overrides):
    values = {
        "about": "general",
        "theme": "content",
        "text": "Please list the autism support groups in one place.",
        "commenter_role": "parent_carer",
        "client_ip": "192.0.2.1",
    }
    return comment_submit(**{**values, **overrides})


# --- submitting ----------------------------------------------------------------


def test_a_comment_gets_a_reference_with_the_year_and_its_number():
    comment = submit().comment
    year = timezone.localdate().year
    assert re.fullmatch(rf"LO-{year}-\d{{5}}", comment.reference)
    assert comment.reference.endswith(f"{comment.pk:05d}")


def test_every_comment_gets_an_automatic_anonymised_version():
    comment = submit(text="Ring Mrs Patel on 07700 900123 or email jo@example.org").comment
    assert "Patel" not in comment.anonymised_text
    assert "07700" not in comment.anonymised_text
    assert "jo@example.org" not in comment.anonymised_text
    assert comment.anonymised_approved_at is None


def test_the_moderators_list_of_names_is_removed_too():
    RedactionTermFactory(term="Larkspur Primary")
    comment = submit(text="The SENCO at larkspur primary was brilliant.").comment
    assert "larkspur" not in comment.anonymised_text.lower()


def test_an_empty_comment_is_refused_by_the_service():
    with pytest.raises(ValidationError):
        submit(text="   ")


def test_a_comment_of_invisible_characters_is_refused_by_the_service():
    with pytest.raises(ValidationError):
        submit(text="\u200b\u200b\u2060")


def test_a_comment_over_the_limit_is_refused_by_the_service():
    with pytest.raises(ValidationError):
        submit(text="a" * 5001)


def test_contact_details_need_an_email_or_phone():
    comment = submit(contact_name="Sam").comment
    assert not hasattr(comment, "contact") or comment.contact is None


def test_the_service_is_kept_only_for_a_comment_about_a_service(service):
    comment = submit(about="general", service=service).comment
    assert comment.service is None


def test_a_repeat_outside_the_duplicate_window_is_a_new_comment(settings):
    first = submit().comment
    later = timezone.now() + settings.FEEDBACK_DUPLICATE_WINDOW + timedelta(seconds=1)
    second = submit(now=later)
    assert second.created
    assert second.comment.pk != first.pk


def test_a_repeat_inside_the_window_returns_the_first_comment():
    first = submit().comment
    again = submit(text="  please list the AUTISM support groups in one place. ")
    assert not again.created
    assert again.comment.pk == first.pk


def test_contact_details_sent_with_a_repeat_are_added_to_the_first_comment():
    first = submit().comment
    submit(contact_name="Sam Ellery", contact_email="sam.ellery@example.org")
    contact = CommentContact.objects.get(comment=first)
    assert (contact.name, contact.email) == ("Sam Ellery", "sam.ellery@example.org")


def test_a_repeat_does_not_replace_contact_details_already_given():
    first = submit(contact_email="first@example.org").comment
    submit(contact_email="second@example.org")
    assert CommentContact.objects.get(comment=first).email == "first@example.org"


def test_a_repeat_with_invalid_contact_details_is_refused():
    submit()
    with pytest.raises(ValidationError):
        submit(contact_email="not an email")


def test_edits_to_the_anonymised_text_are_recorded_in_history():
    comment = CommentFactory(anonymised_text="First")
    comment_anonymised_text_edit(comment=comment, anonymised_text="Second")
    assert comment.history.first().anonymised_text == "Second"


def test_reanonymising_is_recorded_in_history():
    comment = CommentFactory(text="Ask Mr Quennell", anonymised_text="Ask Mr Quennell")
    comments_reanonymise(comments=Comment.objects.filter(pk=comment.pk))
    assert comment.history.first().anonymised_text == "Ask [name removed]"


# --- moderation -------------------------------------------------------------------


def test_marking_for_publication_records_who_decided(moderator):
    comment = comment_moderate(
        comment=CommentFactory(), status=Comment.Status.FOR_PUBLICATION, by=moderator
    )
    assert comment.status == Comment.Status.FOR_PUBLICATION
    assert comment.moderated_by == moderator
    assert comment.moderated_at is not None


def test_not_for_publication_needs_a_reason(moderator):
    with pytest.raises(ValidationError) as error:
        comment_moderate(
            comment=CommentFactory(), status=Comment.Status.NOT_FOR_PUBLICATION, by=moderator
        )
    assert "not_published_reason" in error.value.message_dict


@pytest.mark.parametrize("reason", ["abusive_or_vexatious", "duplicate", "spam"])
def test_each_reason_not_to_publish_can_be_recorded(moderator, reason):
    comment = comment_moderate(
        comment=CommentFactory(),
        status=Comment.Status.NOT_FOR_PUBLICATION,
        not_published_reason=reason,
        by=moderator,
    )
    assert Comment.objects.get(pk=comment.pk).not_published_reason == reason


def test_own_case_needs_the_person_pointed_to_the_complaints_route(moderator):
    with pytest.raises(ValidationError) as error:
        comment_moderate(
            comment=CommentFactory(),
            status=Comment.Status.NOT_FOR_PUBLICATION,
            not_published_reason=Comment.NotPublishedReason.OWN_CASE,
            by=moderator,
        )
    assert "pointed_to_complaints" in error.value.message_dict


def test_own_case_is_recorded_with_the_complaints_route(moderator):
    comment = comment_moderate(
        comment=CommentFactory(),
        status=Comment.Status.NOT_FOR_PUBLICATION,
        not_published_reason=Comment.NotPublishedReason.OWN_CASE,
        pointed_to_complaints=True,
        by=moderator,
    )
    assert comment.pointed_to_complaints


def test_the_database_also_refuses_own_case_without_the_complaints_route():
    comment = CommentFactory()
    with pytest.raises(IntegrityError):
        Comment.objects.filter(pk=comment.pk).update(
            status="not_for_publication", not_published_reason="own_case"
        )


def test_changing_to_for_publication_clears_the_reason(moderator):
    comment = CommentFactory(status="not_for_publication", not_published_reason="duplicate")
    comment = comment_moderate(comment=comment, status="for_publication", by=moderator)
    assert comment.not_published_reason == ""


def test_a_comment_not_for_publication_stops_being_an_example(moderator):
    comment = CommentFactory(publishable=True, is_example=True)
    comment = comment_moderate(
        comment=comment, status="not_for_publication", not_published_reason="spam", by=moderator
    )
    assert not comment.is_example


# --- anonymisation and the approval gate ------------------------------------------------


def test_approving_records_who_and_when(moderator):
    comment = comment_approve_anonymised(comment=CommentFactory(), by=moderator)
    assert comment.anonymised_approved_by == moderator
    assert comment.anonymised_approved_at is not None


def test_approving_can_save_an_edited_text(moderator):
    comment = comment_approve_anonymised(
        comment=CommentFactory(), anonymised_text="Edited by a moderator.", by=moderator
    )
    assert comment.anonymised_text == "Edited by a moderator."


def test_empty_anonymised_text_cannot_be_approved(moderator):
    with pytest.raises(ValidationError):
        comment_approve_anonymised(comment=CommentFactory(), anonymised_text=" ", by=moderator)


def test_editing_approved_text_withdraws_the_approval(moderator):
    comment = comment_approve_anonymised(comment=CommentFactory(), by=moderator)
    comment = comment_anonymised_text_edit(comment=comment, anonymised_text="Something new.")
    assert comment.anonymised_approved_at is None


def test_saving_the_same_text_keeps_the_approval(moderator):
    comment = comment_approve_anonymised(comment=CommentFactory(), by=moderator)
    comment = comment_anonymised_text_edit(comment=comment, anonymised_text=comment.anonymised_text)
    assert comment.anonymised_approved_at is not None


def test_publishable_needs_both_the_decision_and_the_approval(moderator):
    only_decided = CommentFactory(status="for_publication")
    only_approved = comment_approve_anonymised(comment=CommentFactory(), by=moderator)
    both = CommentFactory(publishable=True)
    assert list(Comment.objects.publishable()) == [both]
    assert only_decided not in Comment.objects.publishable()
    assert only_approved not in Comment.objects.publishable()


def test_a_review_applies_everything_in_one_save(moderator):
    comment = comment_review(
        comment=CommentFactory(),
        theme="missing",
        status="for_publication",
        not_published_reason="",
        pointed_to_complaints=False,
        anonymised_text="A reviewed text.",
        approve_anonymised=True,
        topic=None,
        is_example=True,
        by=moderator,
    )
    assert comment.is_publishable
    assert comment.is_example
    assert comment.history.count() == 2  # created, then one review


def test_only_a_comment_for_publication_can_be_an_example(moderator):
    with pytest.raises(ValidationError):
        comment_review(
            comment=CommentFactory(),
            theme="content",
            status="new",
            not_published_reason="",
            pointed_to_complaints=False,
            anonymised_text="Text.",
            approve_anonymised=False,
            topic=None,
            is_example=True,
            by=moderator,
        )


def test_reanonymising_uses_new_names_but_leaves_approved_text(moderator):
    waiting = CommentFactory(text="Thanks to Oakhill Academy.", anonymised_text="x")
    approved = CommentFactory(text="Thanks to Oakhill Academy.", publishable=True)
    RedactionTermFactory(term="Oakhill Academy")
    changed = comments_reanonymise(comments=Comment.objects.all())
    waiting.refresh_from_db()
    approved.refresh_from_db()
    assert changed == 1
    assert "Oakhill" not in waiting.anonymised_text
    assert approved.anonymised_text == "Thanks to Oakhill Academy."


def test_original_text_and_page_are_never_copied_into_history():
    comment = submit(about="page", page_url="Mrs Patel's page", text="My son Alfie").comment
    historical_fields = {f.name for f in comment.history.model._meta.fields}
    assert "text" not in historical_fields
    assert "page_url" not in historical_fields


# --- publishing a report ---------------------------------------------------------------


def test_publishing_a_report_records_when_and_who(moderator):
    period = report_publish(period=ReportingPeriodFactory(), by=moderator)
    assert period.published_at is not None
    assert period.published_by == moderator


def test_a_report_cannot_be_published_while_comments_wait_for_moderation(moderator):
    period = ReportingPeriodFactory()
    CommentFactory()
    with pytest.raises(ValidationError) as error:
        report_publish(period=period, by=moderator)
    assert "1 comment received in this period is still waiting" in str(error.value)


def test_a_report_cannot_be_published_before_its_period_ends(moderator):
    today = timezone.localdate()
    period = ReportingPeriodFactory(starts=today, ends=today + timedelta(days=30))
    with pytest.raises(ValidationError):
        report_publish(period=period, by=moderator)


def test_a_report_cannot_be_published_twice(moderator):
    period = report_publish(period=ReportingPeriodFactory(), by=moderator)
    with pytest.raises(ValidationError):
        report_publish(period=period, by=moderator)


def test_edits_after_publishing_are_kept_in_history(moderator):
    period = report_publish(period=ReportingPeriodFactory(), by=moderator)
    period.how_we_sought_comments = "Corrected after publication."
    period.save()
    assert period.history.count() == 3
    assert period.history.last().how_we_sought_comments != "Corrected after publication."


# --- dates ---------------------------------------------------------------------------------


def test_months_before_handles_the_end_of_a_month():
    moment = timezone.make_aware(timezone.datetime(2026, 3, 31, 12, 0))
    assert months_before(moment, 1).date().isoformat() == "2026-02-28"


def test_months_before_crosses_years():
    moment = timezone.make_aware(timezone.datetime(2026, 1, 15, 12, 0))
    assert months_before(moment, 12).date().isoformat() == "2025-01-15"


# --- bulk changes ----------------------------------------------------------------


def test_a_bulk_decision_is_recorded_for_each_comment_with_history(moderator):
    comments = CommentFactory.create_batch(3)
    result = comments_moderate(
        comments=Comment.objects.all(),
        status=Comment.Status.NOT_FOR_PUBLICATION,
        not_published_reason=Comment.NotPublishedReason.DUPLICATE,
        by=moderator,
    )
    assert (result.done, result.failed) == (3, [])
    for comment in comments:
        comment.refresh_from_db()
        assert comment.not_published_reason == "duplicate"
        assert comment.moderated_by == moderator
        assert comment.history.first().not_published_reason == "duplicate"


def test_a_bulk_decision_the_rules_refuse_is_reported_and_changes_nothing(moderator):
    comment = CommentFactory()
    result = comments_moderate(
        comments=Comment.objects.all(), status=Comment.Status.NOT_FOR_PUBLICATION, by=moderator
    )
    assert result.done == 0
    assert result.failed == [f"{comment}: Select why this comment will not be published."]
    comment.refresh_from_db()
    assert comment.status == Comment.Status.NEW


def test_grouping_puts_each_comment_under_the_entry_with_history():
    entry = YouSaidWeDidFactory()
    comments = CommentFactory.create_batch(2)
    result = comments_group(comments=Comment.objects.all(), topic=entry)
    assert result.done == 2
    assert entry.comments.count() == 2
    assert all(c.history.first().topic_id == entry.pk for c in comments)
