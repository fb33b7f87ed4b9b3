"""Comments on the Local Offer and the annual "you said, we did" report (regulation 56).

The original words of a comment, the page it names and the commenter's
contact details are personal data: only moderators see them, they are never
tracked in history, and `manage.py feedback_retention` deletes them after the
retention period.
What the public sees is the moderator-approved anonymised text.
"""

import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

#: The longest comment we accept, in characters. Also the limit for anonymised text a
#: moderator has written.
COMMENT_MAX_LENGTH = 5000


def validate_comment_length(text: str, *, what: str = "A comment", advice: str = "") -> None:
    """Refuse `text` longer than COMMENT_MAX_LENGTH, saying how long it is and what to do.

    The one length check: the public form, the model and the moderators' form
    differ only in the words (`what` is the subject, `advice` ends the message).
    """
    if len(text or "") > COMMENT_MAX_LENGTH:
        message = (
            f"{what} must be {COMMENT_MAX_LENGTH:,} characters or fewer. "
            f"It has {len(text):,} characters now"
        )
        raise ValidationError(f"{message}: {advice}" if advice else f"{message}.", code="too_long")


# Characters that show nothing: zero-width spaces and joiners, direction marks, the
# Hangul fillers and the blank Braille pattern (letters and symbols to Unicode).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Cs", "Zs", "Zl", "Zp", "Mn", "Me"})


def has_visible_characters(text: str) -> bool:
    """Whether `text` has something a reader would see: not only spaces or invisible marks."""
    return any(
        char not in _INVISIBLE and unicodedata.category(char) not in _INVISIBLE_CATEGORIES
        for char in text or ""
    )


class ReportingPeriodQuerySet(models.QuerySet):
    def published(self):
        """Reports the public can read, newest first."""
        return self.filter(published_at__isnull=False, published_at__lte=timezone.now()).order_by(
            "-ends"
        )


class ReportingPeriod(models.Model):
    """A year (or other period) of comments, reported on together, published once."""

    title = models.CharField(max_length=120, help_text="For example: April 2025 to March 2026.")
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in the web address.")
    starts = models.DateField("first day")
    ends = models.DateField("last day")
    how_we_sought_comments = models.TextField(
        "how we sought comments",
        help_text=(
            "The channels, events and partners (such as the parent carer forum and the "
            "information, advice and support service) used to ask for comments. "
            "Leave a blank line between paragraphs."
        ),
    )
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    #: What the public report shows, frozen when it is published and replaced only by a
    #: recorded correction (see `feedback.services.report_correct`).
    published_contents = models.JSONField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ReportingPeriodQuerySet.as_manager()

    class Meta:
        ordering = ["-ends"]
        verbose_name = "reporting period"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends__gte=F("starts")),
                name="feedback_period_ends_after_start",
                violation_error_message="The last day must be on or after the first day.",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("feedback:report_detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def clean(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": "The last day must be on or after the first day."})

    def covers(self, moment) -> bool:
        """Whether a comment sent at `moment` was received in this period (local dates)."""
        return self.starts <= timezone.localdate(moment) <= self.ends


class ReportCorrection(models.Model):
    """A recorded change to a published report, shown on it: "Corrected on ..."."""

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.PROTECT, related_name="corrections"
    )
    note = models.TextField(
        "what was corrected", help_text="Shown on the published report. Identify no one."
    )
    corrected_at = models.DateTimeField(default=timezone.now, editable=False)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["corrected_at"]
        verbose_name = "report correction"

    def __str__(self):
        return f"Correction to {self.period} on {self.corrected_at:%d %B %Y}"


class YouSaidWeDid(models.Model):
    """One topic in the report: what people said, what the council did about it."""

    class Status(models.TextChoices):
        DONE = "done", "Done"
        IN_PROGRESS = "in_progress", "In progress"
        PLANNED = "planned", "Planned"
        NOT_POSSIBLE = "not_possible", "Not possible"

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.PROTECT, related_name="entries", verbose_name="report"
    )
    topic = models.CharField(max_length=150, help_text="A short heading, like 'Short breaks'.")
    what_people_said = models.TextField(
        "you said", help_text="A summary of what people told us. Identify no one."
    )
    response_and_action = models.TextField(
        "we did", help_text="Our response, and the action we have taken or will take."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    reason_not_possible = models.TextField(
        "why it is not possible",
        blank=True,
        help_text="Required when the status is 'not possible'.",
    )
    team_responsible = models.CharField(max_length=150)
    action_date = models.DateField(
        "date", help_text="When it was done, or when we expect it to be done."
    )
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["period", "order", "topic"]
        verbose_name = "you said, we did entry"
        verbose_name_plural = "you said, we did entries"
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="not_possible") | ~Q(reason_not_possible=""),
                name="feedback_yswd_reason_when_not_possible",
                violation_error_message="Say why it is not possible.",
            )
        ]

    def __str__(self):
        return f"{self.topic} ({self.period})"

    def clean(self):
        if self.status == self.Status.NOT_POSSIBLE and not (self.reason_not_possible or "").strip():
            raise ValidationError({"reason_not_possible": "Say why it is not possible."})


class CommentQuerySet(models.QuerySet):
    def awaiting_moderation(self):
        """Comments a moderator must act on: a decision, or approving the anonymised text."""
        return self.filter(
            Q(status=Comment.Status.NEW)
            | Q(status=Comment.Status.FOR_PUBLICATION, anonymised_approved_at__isnull=True)
        )

    def publishable(self):
        """Comments whose approved anonymised text may appear in public."""
        return self.filter(
            status=Comment.Status.FOR_PUBLICATION, anonymised_approved_at__isnull=False
        ).exclude(anonymised_text="")

    def received_in(self, period: "ReportingPeriod"):
        """Comments submitted during a reporting period (local dates, both ends included)."""
        return self.filter(
            submitted_at__date__gte=period.starts, submitted_at__date__lte=period.ends
        )

    def counted(self):
        """Comments that count as received: everything except spam."""
        return self.exclude(not_published_reason=Comment.NotPublishedReason.SPAM)


class Comment(models.Model):
    """A comment on the Local Offer from a young person, parent, carer or professional."""

    class About(models.TextChoices):
        GENERAL = "general", "The Local Offer in general"
        SERVICE = "service", "A service"
        PAGE = "page", "A page on this website"

    class Theme(models.TextChoices):
        CONTENT = "content", "The information, or the quality of services and support"
        MISSING = "missing", "Services or support that are missing"
        ACCESSIBILITY = "accessibility", "How easy the information is to find, read and use"
        DEVELOPMENT = (
            "development",
            "How the Local Offer is put together and reviewed, and how families are involved",
        )
        OTHER = "other", "Something else"

    class Role(models.TextChoices):
        YOUNG_PERSON = "young_person", "A young person"
        PARENT_CARER = "parent_carer", "A parent or carer"
        ON_BEHALF = "on_behalf", "Someone commenting on behalf of a child or young person"
        PROFESSIONAL = "professional", "A professional, for example a teacher or health worker"
        OTHER = "other", "Someone else"

    class AgeGroup(models.TextChoices):
        UNDER_5 = "0-4", "Under 5"
        FROM_5 = "5-10", "5 to 10"
        FROM_11 = "11-15", "11 to 15"
        FROM_16 = "16-18", "16 to 18"
        FROM_19 = "19-25", "19 to 25"

    class Status(models.TextChoices):
        NEW = "new", "New"
        FOR_PUBLICATION = "for_publication", "For publication"
        NOT_FOR_PUBLICATION = "not_for_publication", "Not for publication"

    class NotPublishedReason(models.TextChoices):
        ABUSIVE = "abusive_or_vexatious", "Abusive or vexatious"
        OWN_CASE = "own_case", "About one person's own case (a complaint)"
        DUPLICATE = "duplicate", "Duplicate"
        SPAM = "spam", "Spam"

    reference = models.CharField(max_length=20, unique=True, null=True, editable=False)
    about = models.CharField(max_length=20, choices=About.choices, default=About.GENERAL)
    service = models.ForeignKey(
        "directory.Service",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    page_url = models.CharField("page", max_length=200, blank=True)
    theme = models.CharField(max_length=20, choices=Theme.choices)
    text = models.TextField(
        "original comment", blank=True, help_text="Deleted after the retention period."
    )
    commenter_role = models.CharField("who is commenting", max_length=20, choices=Role.choices)
    child_age_group = models.CharField(
        "age of the child or young person", max_length=10, choices=AgeGroup.choices, blank=True
    )
    submitted_at = models.DateTimeField(default=timezone.now, db_index=True)
    # A keyed hash of the sender's address and the text, to recognise the same
    # comment sent twice in a few minutes. Cleared after a day.
    duplicate_key = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    caught_by_spam_trap = models.BooleanField(
        default=False,
        editable=False,
        help_text="A hidden field only automated spam fills in was filled in.",
    )

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    not_published_reason = models.CharField(
        "reason not published", max_length=30, choices=NotPublishedReason.choices, blank=True
    )
    pointed_to_complaints = models.BooleanField(
        "pointed to the complaints route",
        default=False,
        help_text="Required for a complaint about someone's own case: we told them how to complain",
    )
    moderated_at = models.DateTimeField(null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    anonymised_text = models.TextField(
        "anonymised text",
        blank=True,
        help_text="What may be published. Check it identifies no one before approving it.",
    )
    anonymised_approved_at = models.DateTimeField(
        "anonymised text approved", null=True, blank=True, editable=False
    )
    anonymised_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    topic = models.ForeignKey(
        YouSaidWeDid,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        verbose_name="you said, we did entry",
    )
    is_example = models.BooleanField(
        "show as an example comment",
        default=False,
        help_text="Show the approved anonymised text as an example in the published report.",
    )
    original_deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    # The original words and the free-text page are never copied into history: retention
    # could not delete them there. The anonymised text is, so that edits to a published
    # comment are on record; retention clears it from versions nobody approved.
    history = HistoricalRecords(excluded_fields=["text", "page_url", "duplicate_key"])

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        permissions = [
            ("view_original_comment", "Can see the original text and contact details of comments"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="not_for_publication", not_published_reason__gt="")
                | (~Q(status="not_for_publication") & Q(not_published_reason="")),
                name="feedback_comment_reason_iff_not_published",
                violation_error_message="Give a reason only when a comment is not for publication.",
            ),
            models.CheckConstraint(
                condition=~Q(not_published_reason="own_case") | Q(pointed_to_complaints=True),
                name="feedback_comment_own_case_pointed_to_complaints",
                violation_error_message=(
                    "Point the person to the complaints route before recording this reason."
                ),
            ),
        ]
        indexes = [models.Index(fields=["status", "submitted_at"], name="feedback_comment_status")]

    def __str__(self):
        # Never the text: this appears in admin logs and history.
        return self.reference or f"Comment {self.pk}"

    @property
    def is_publishable(self) -> bool:
        return (
            self.status == self.Status.FOR_PUBLICATION
            and self.anonymised_approved_at is not None
            and bool(self.anonymised_text)
        )

    def clean(self):
        errors = {}
        if self.status == self.Status.NOT_FOR_PUBLICATION and not self.not_published_reason:
            errors["not_published_reason"] = "Select why this comment will not be published."
        if self.status != self.Status.NOT_FOR_PUBLICATION and self.not_published_reason:
            errors["not_published_reason"] = (
                "Leave the reason empty unless the comment is not for publication."
            )
        if (
            self.not_published_reason == self.NotPublishedReason.OWN_CASE
            and not self.pointed_to_complaints
        ):
            errors["pointed_to_complaints"] = (
                "Tell the person how to use the complaints route, then tick this box."
            )
        if self.is_example and self.status != self.Status.FOR_PUBLICATION:
            errors["is_example"] = "Only a comment for publication can be shown as an example."
        if self.topic_id and self.submitted_at and not self.topic.period.covers(self.submitted_at):
            period = self.topic.period
            errors["topic"] = (
                f"This comment was received on {timezone.localdate(self.submitted_at):%-d %B %Y}, "
                f"outside '{period}' ({period.starts:%-d %B %Y} to {period.ends:%-d %B %Y}). "
                "Choose an entry in the report for the period it was received in."
            )
        if self._state.adding:
            if not has_visible_characters(self.text):
                errors["text"] = "Enter your comment."
            else:
                try:
                    validate_comment_length(self.text)
                except ValidationError as error:
                    errors["text"] = error.messages
            if self.about == self.About.SERVICE and not self.service_id:
                errors["service"] = "Select the service the comment is about."
        if errors:
            raise ValidationError(errors)


class CommentToModerate(Comment):
    """The moderation queue in admin: comments waiting for a decision or an approval."""

    class Meta:
        proxy = True
        verbose_name = "comment to moderate"
        verbose_name_plural = "moderation queue"


class CommentContact(models.Model):
    """How to reply to a commenter. Kept apart from the comment, never published, deleted."""

    comment = models.OneToOneField(Comment, on_delete=models.CASCADE, related_name="contact")
    name = models.CharField(max_length=100, blank=True)
    email = models.EmailField(max_length=254, blank=True)
    phone = models.CharField(max_length=30, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "contact details"
        verbose_name_plural = "contact details"
        constraints = [
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone=""),
                name="feedback_contact_email_or_phone",
                violation_error_message="Give an email address or a phone number.",
            )
        ]

    def __str__(self):
        return f"Contact details for {self.comment}"


class RedactionTerm(models.Model):
    """A name to remove from every comment: a school, a member of staff, a small setting.

    Not tracked in history on purpose: removing a name from this list should
    remove it everywhere.
    """

    term = models.CharField(max_length=100)
    note = models.CharField(
        max_length=200, blank=True, help_text="Optional: why it is on the list."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["term"]
        verbose_name = "name to remove"
        verbose_name_plural = "names to remove (schools, staff)"
        constraints = [
            models.UniqueConstraint(
                Lower("term"),
                name="feedback_unique_redaction_term",
                violation_error_message="That name is already on the list.",
            )
        ]

    def __str__(self):
        return self.term
