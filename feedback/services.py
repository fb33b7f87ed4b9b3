"""Writes for feedback: storing comments, moderating them, publishing reports, retention.

Each function validates with `full_clean()` and writes inside one
transaction. The order in `comment_submit` is the promise a commenter relies
on: the comment is committed first, and only then is anyone notified, so a
failure in notifying can never lose it.
"""

import calendar
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from simple_history.utils import bulk_update_with_history

from core.ratelimit import RateLimitResult, rate_limit_prune
from directory.models import Service
from feedback import tasks
from feedback.anonymise import redact
from feedback.models import (
    Comment,
    CommentContact,
    ReportCorrection,
    ReportingPeriod,
    YouSaidWeDid,
)
from feedback.selectors import redaction_terms, report_contents, report_snapshot

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SubmitResult:
    #: None when the client is over the rate limit: nothing was stored.
    comment: Comment | None
    #: False when the same comment was sent again within minutes and the first is returned.
    created: bool
    #: When a client over the rate limit may send again.
    retry_at: datetime | None = None


def normalise_text(text: str) -> str:
    """Line endings as \\n, Unicode in composed form, no trailing spaces at the ends."""
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def _duplicate_key(client_ip: str, text: str) -> str:
    canonical = " ".join(text.casefold().split())
    return salted_hmac(
        "feedback.duplicate", f"{client_ip}\n{canonical}", algorithm="sha256"
    ).hexdigest()


def next_comment_id() -> int:
    """Reserve the next comment id, so the reference is written with the row in one insert."""
    table = Comment._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id'))", [table])
        return cursor.fetchone()[0]


def _enqueue_notification(comment_id: int) -> None:
    """Queue the moderators' email. Any failure is logged, never raised: the comment is safe."""
    try:
        tasks.notify_moderators.enqueue(comment_id)
    except Exception:
        logger.exception(
            "Could not queue the moderators' notification for comment id %s. The comment is "
            "stored and is in the moderation queue.",
            comment_id,
        )


def _contact_add(*, comment: Comment, name: str, email: str, phone: str, now: datetime) -> None:
    contact = CommentContact(
        comment=comment,
        name=name.strip(),
        email=email.strip(),
        phone=phone.strip(),
        created_at=now,
    )
    contact.full_clean()
    contact.save()


def comment_submit(
    *,
    about: str,
    theme: str,
    text: str,
    commenter_role: str,
    client_ip: str,
    service: Service | None = None,
    page_url: str = "",
    child_age_group: str = "",
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    caught_by_spam_trap: bool = False,
    rate_limit: Callable[..., RateLimitResult] | None = None,
    now: datetime | None = None,
) -> SubmitResult:
    """Store a comment (and any contact details, separately), then queue a notification.

    The comment gets a reference like LO-2026-00042 and an automatic
    anonymised version for the moderator to check. The same text from the
    same client within FEEDBACK_DUPLICATE_WINDOW is not stored twice: the
    first comment is returned with `created=False`, and gets the contact
    details sent with the repeat if it had none. A comment caught by the
    spam trap is stored as spam (a moderator can still rescue it) and
    nobody is notified. With `rate_limit` (feedback.views.rate_limit_hit), a
    new comment counts against the client's limit and is refused (`comment=None`)
    over it; a repeat is recognised first and never counts.
    """
    now = now or timezone.now()
    text = normalise_text(text)
    key = _duplicate_key(client_ip, text)
    with transaction.atomic():
        # Two clicks on "Send" arrive together: let one finish before the other looks.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [int(key[:15], 16)])
        earlier = (
            Comment.objects.filter(
                duplicate_key=key, submitted_at__gte=now - settings.FEEDBACK_DUPLICATE_WINDOW
            )
            .order_by("submitted_at")
            .first()
        )
        has_contact = bool(contact_email.strip() or contact_phone.strip())
        if earlier is not None:
            # Sent again to add a way to reply: keep it rather than lose it.
            if has_contact and not CommentContact.objects.filter(comment=earlier).exists():
                _contact_add(
                    comment=earlier,
                    name=contact_name,
                    email=contact_email,
                    phone=contact_phone,
                    now=now,
                )
            return SubmitResult(comment=earlier, created=False)
        if rate_limit is not None:
            limit = rate_limit(ip=client_ip, now=now)
            if not limit.allowed:
                return SubmitResult(comment=None, created=False, retry_at=limit.retry_at)

        comment_id = next_comment_id()
        comment = Comment(
            id=comment_id,
            reference=f"LO-{timezone.localtime(now).year}-{comment_id:05d}",
            about=about,
            service=service if about == Comment.About.SERVICE else None,
            page_url=page_url.strip() if about == Comment.About.PAGE else "",
            theme=theme,
            text=text,
            commenter_role=commenter_role,
            child_age_group=child_age_group,
            submitted_at=now,
            duplicate_key=key,
            anonymised_text=redact(text, redaction_terms()),
        )
        if caught_by_spam_trap:
            comment.caught_by_spam_trap = True
            comment.status = Comment.Status.NOT_FOR_PUBLICATION
            comment.not_published_reason = Comment.NotPublishedReason.SPAM
        comment.full_clean()
        comment.save(force_insert=True)

        if has_contact:
            _contact_add(
                comment=comment,
                name=contact_name,
                email=contact_email,
                phone=contact_phone,
                now=now,
            )

        if not caught_by_spam_trap:
            transaction.on_commit(partial(_enqueue_notification, comment.pk), robust=True)
    return SubmitResult(comment=comment, created=True)


def _set_decision(comment: Comment, *, status: str, reason: str, pointed: bool, by) -> None:
    if status != Comment.Status.NOT_FOR_PUBLICATION:
        reason, pointed = "", False
    decision = (status, reason, pointed)
    if decision != (comment.status, comment.not_published_reason, comment.pointed_to_complaints):
        comment.status, comment.not_published_reason, comment.pointed_to_complaints = decision
        comment.moderated_at = timezone.now()
        comment.moderated_by = by
    if comment.status != Comment.Status.FOR_PUBLICATION:
        comment.is_example = False


def _set_anonymised(comment: Comment, *, text: str, approve: bool, by) -> None:
    text = normalise_text(text)
    if text != comment.anonymised_text:
        comment.anonymised_text = text
        # Whatever was approved is not what is there now.
        comment.anonymised_approved_at = None
        comment.anonymised_approved_by = None
    if approve and comment.anonymised_approved_at is None:
        if not text:
            raise ValidationError({"anonymised_text": "Enter the anonymised text to approve."})
        comment.anonymised_approved_at = timezone.now()
        comment.anonymised_approved_by = by


def _save(comment: Comment) -> Comment:
    comment.full_clean()
    comment.save()
    return comment


@transaction.atomic
def comment_moderate(
    *,
    comment: Comment,
    status: str,
    not_published_reason: str = "",
    pointed_to_complaints: bool = False,
    by,
) -> Comment:
    """Record whether a comment is for publication and, if not, why.

    A complaint about someone's own case needs `pointed_to_complaints=True`:
    the moderator confirms the person was told how to complain.
    """
    _set_decision(
        comment,
        status=status,
        reason=not_published_reason,
        pointed=pointed_to_complaints,
        by=by,
    )
    return _save(comment)


@transaction.atomic
def comment_approve_anonymised(
    *, comment: Comment, anonymised_text: str | None = None, by
) -> Comment:
    """Approve the anonymised text (optionally edited first). Only approved text is ever public."""
    text = comment.anonymised_text if anonymised_text is None else anonymised_text
    _set_anonymised(comment, text=text, approve=True, by=by)
    return _save(comment)


@transaction.atomic
def comment_anonymised_text_edit(*, comment: Comment, anonymised_text: str) -> Comment:
    """Change the anonymised text. A change withdraws any approval: it must be approved again."""
    _set_anonymised(comment, text=anonymised_text, approve=False, by=None)
    return _save(comment)


@transaction.atomic
def comment_review(
    *,
    comment: Comment,
    theme: str,
    status: str,
    not_published_reason: str,
    pointed_to_complaints: bool,
    anonymised_text: str,
    approve_anonymised: bool,
    topic: YouSaidWeDid | None,
    is_example: bool,
    by,
) -> Comment:
    """Apply a moderator's whole review of one comment (the admin change page) in one save."""
    comment.theme = theme
    comment.topic = topic
    _set_decision(
        comment,
        status=status,
        reason=not_published_reason,
        pointed=pointed_to_complaints,
        by=by,
    )
    # After the decision, so asking for an example that cannot be one is an error, not ignored.
    comment.is_example = is_example
    _set_anonymised(comment, text=anonymised_text, approve=approve_anonymised, by=by)
    return _save(comment)


@transaction.atomic
def comments_reanonymise(*, comments) -> int:
    """Run the automatic anonymisation again (after adding names to remove) on unapproved comments.

    Approved text and comments whose original has been deleted are left alone.
    Returns how many changed.
    """
    terms = redaction_terms()
    changed = []
    for comment in comments:
        if comment.anonymised_approved_at is not None or comment.original_deleted_at:
            continue
        new_text = redact(comment.text, terms)
        if new_text != comment.anonymised_text:
            comment.anonymised_text = new_text
            changed.append(comment)
    bulk_update_with_history(changed, Comment, ["anonymised_text"], batch_size=500)
    return len(changed)


@dataclass(frozen=True)
class BulkResult:
    """What a bulk change did: how many comments changed, and why each refused one was."""

    done: int
    failed: list[str]


def _each_comment(comments, change: Callable[[Comment], object]) -> BulkResult:
    """Apply `change` to each of `comments` (locked, in id order), each in its own savepoint.

    A comment the rules refuse is left as it was and reported; the others are saved.
    """
    done, failed = 0, []
    for comment in (
        Comment.objects.filter(pk__in=comments.values("pk")).select_for_update().order_by("pk")
    ):
        try:
            with transaction.atomic():
                change(comment)
        except ValidationError as error:
            failed.append(f"{comment}: {' '.join(error.messages)}")
        else:
            done += 1
    return BulkResult(done=done, failed=failed)


@transaction.atomic
def comments_moderate(*, comments, status: str, not_published_reason: str = "", by) -> BulkResult:
    """Record the same decision for many comments (the admin's bulk actions), with history."""
    return _each_comment(
        comments,
        lambda comment: comment_moderate(
            comment=comment, status=status, not_published_reason=not_published_reason, by=by
        ),
    )


def _comment_group(comment: Comment, *, topic: YouSaidWeDid) -> Comment:
    comment.topic = topic
    return _save(comment)


@transaction.atomic
def comments_group(*, comments, topic: YouSaidWeDid) -> BulkResult:
    """Group comments under one "you said, we did" entry, with history."""
    return _each_comment(comments, partial(_comment_group, topic=topic))


@transaction.atomic
def report_publish(*, period: ReportingPeriod, by, now: datetime | None = None) -> ReportingPeriod:
    """Publish a report: it appears at /feedback/reports/ with its comments and responses.

    Refused while the period has not ended or comments received in it still
    wait for a decision or for their anonymised text to be approved.
    """
    now = now or timezone.now()
    if period.is_published:
        raise ValidationError("This report is already published.")
    errors = []
    if period.ends > timezone.localdate(now):
        errors.append(
            f"The reporting period ends on {period.ends:%-d %B %Y}: publish it after that date."
        )
    waiting = Comment.objects.received_in(period).awaiting_moderation().count()
    if waiting:
        errors.append(
            f"{waiting} comment{'s' if waiting != 1 else ''} received in this period "
            f"{'are' if waiting != 1 else 'is'} still waiting for moderation."
        )
    if errors:
        raise ValidationError(errors)
    period.published_at = now
    period.published_by = by
    period.published_contents = report_snapshot(report_contents(period))
    period.full_clean()
    period.save()
    return period


@transaction.atomic
def report_correct(
    *, period: ReportingPeriod, note: str, by, now: datetime | None = None
) -> ReportCorrection:
    """Publish a correction: the report shows what it holds now, and says it was corrected.

    Until then a published report shows exactly what it held when it was
    published, whatever is edited or grouped afterwards.
    """
    if not period.is_published:
        raise ValidationError("Only a published report can be corrected: publish it instead.")
    correction = ReportCorrection(
        period=period,
        note=normalise_text(note),
        corrected_at=now or timezone.now(),
        corrected_by=by,
    )
    correction.full_clean()
    period.published_contents = report_snapshot(report_contents(period))
    period.full_clean()
    period.save()
    correction.save()
    return correction


def months_before(moment: datetime, months: int) -> datetime:
    """The same moment `months` calendar months earlier (the last day of a shorter month)."""
    years, month_index = divmod(moment.month - 1 - months, 12)
    year, month = moment.year + years, month_index + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass(frozen=True)
class RetentionResult:
    originals_deleted: int
    contacts_deleted: int
    spam_deleted: int
    duplicate_keys_cleared: int
    rate_limit_rows_deleted: int


def _originals_delete(comments, *, now: datetime) -> tuple[int, int]:
    """Delete the original text, free-text page and contact details of `comments`.

    Returns (originals deleted, contact details deleted). Anonymised text nobody
    approved may hold what the automatic anonymisation missed, so it goes too,
    from the live row and from every history row; approved text (what the public
    may read) and the decision stay. The history never holds the original or the page.
    """
    contacts = CommentContact.objects.filter(comment__in=comments).delete()[0]
    expired = list(comments.filter(original_deleted_at__isnull=True))
    for comment in expired:
        comment.text = ""
        comment.page_url = ""
        comment.duplicate_key = ""
        comment.original_deleted_at = now
        if comment.anonymised_approved_at is None:
            comment.anonymised_text = ""
    bulk_update_with_history(
        expired,
        Comment,
        ["text", "page_url", "duplicate_key", "original_deleted_at", "anonymised_text"],
        batch_size=500,
    )
    Comment.history.filter(
        id__in=[comment.pk for comment in expired], anonymised_approved_at__isnull=True
    ).exclude(anonymised_text="").update(anonymised_text="")
    return len(expired), contacts


def _spam_delete(*, now: datetime) -> int:
    """Delete old spam entirely: the comment, its contact details and all its history."""
    spam = Comment.objects.filter(
        not_published_reason=Comment.NotPublishedReason.SPAM,
        submitted_at__lt=now - timedelta(days=settings.FEEDBACK_SPAM_RETENTION_DAYS),
    )
    ids = list(spam.values_list("pk", flat=True))
    deleted = spam.delete()[1].get(Comment._meta.label, 0)
    # Deleting adds a last history row (with the anonymised text): none may stay.
    Comment.history.filter(id__in=ids).delete()
    return deleted


@transaction.atomic
def retention_apply(*, now: datetime | None = None) -> RetentionResult:
    """Delete personal data we no longer need.

    - Original text, page and contact details of comments received in a
      period whose report was published more than FEEDBACK_RETENTION_MONTHS
      ago, and of every comment sent more than
      FEEDBACK_FALLBACK_RETENTION_MONTHS ago (those no report covers would
      otherwise be kept for ever). The anonymised text, the decision and the
      counts stay.
    - Spam older than FEEDBACK_SPAM_RETENTION_DAYS, entirely, history included. A comment a
      moderator has moved out of spam (rescued from the spam trap) is no
      longer spam, so it is kept.
    - Duplicate-detection hashes older than a day.
    - Rate-limit counters whose window has ended.
    """
    now = now or timezone.now()
    cutoff = months_before(now, settings.FEEDBACK_RETENTION_MONTHS)
    originals = 0
    contacts = 0
    for period in ReportingPeriod.objects.filter(published_at__lte=cutoff):
        deleted = _originals_delete(Comment.objects.received_in(period), now=now)
        originals, contacts = originals + deleted[0], contacts + deleted[1]
    fallback_cutoff = months_before(now, settings.FEEDBACK_FALLBACK_RETENTION_MONTHS)
    deleted = _originals_delete(Comment.objects.filter(submitted_at__lt=fallback_cutoff), now=now)
    originals, contacts = originals + deleted[0], contacts + deleted[1]

    spam_deleted = _spam_delete(now=now)

    # duplicate_key is not tracked in history, so a plain update loses nothing there.
    keys_cleared = (
        Comment.objects.filter(submitted_at__lt=now - timedelta(days=1))
        .exclude(duplicate_key="")
        .update(duplicate_key="")
    )
    rate_deleted = rate_limit_prune(now=now)
    return RetentionResult(
        originals_deleted=originals,
        contacts_deleted=contacts,
        spam_deleted=spam_deleted,
        duplicate_keys_cleared=keys_cleared,
        rate_limit_rows_deleted=rate_deleted,
    )
