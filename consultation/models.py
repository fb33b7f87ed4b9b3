"""Who the council consults when it prepares and reviews its Local Offer, and how.

Regulation 54 of the SEND Regulations 2014 lists who must be consulted (inside
the area and, under 54(2), outside it); regulation 55 asks that children, young
people and parents are involved in five named matters. A `ConsultationRound` is
one review: who was invited and took part (`Invitation`), the evidence of
families' involvement (`InvolvementEvidence`), and what changed (`Change`).

A consultee's contact name and email are personal data: only officers see them,
they are never copied into history, never shown in public or exported, and can
be removed.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

from directory.models import Organisation


class ConsulteeCategory(models.Model):
    """A limb of regulation 54 (or a health body): a kind of person or body to consult.

    Seeded by a migration; officers may correct the wording, never lose one in use.
    """

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=200, unique=True)
    legal_reference = models.CharField(max_length=80, help_text="For example: Regulation 54(1)(c).")
    description = models.TextField(help_text="What the category covers, in plain English.")
    must_consult = models.BooleanField(
        "must be consulted",
        default=True,
        help_text=(
            "Untick for categories the council consults at its discretion: the gaps report "
            "does not flag them when nobody was invited."
        ),
    )
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "consultee category"
        verbose_name_plural = "consultee categories"

    def __str__(self):
        return f"{self.legal_reference}: {self.name}"


class Consultee(models.Model):
    """A body or group the council consults: a forum, a school's governors, a college..."""

    class Where(models.TextChoices):
        IN_AREA = "in_area", "In our area"
        OUT_OF_AREA = "out_of_area", "Outside our area"

    class OutOfAreaReason(models.TextChoices):
        ATTENDED = "attended", "Children or young people from our area attend it"
        FUNCTIONS = "functions", "It has functions for children or young people from our area"

    class Voice(models.TextChoices):
        CHILDREN_YOUNG_PEOPLE = "children_young_people", "Children and young people"
        PARENTS_CARERS = "parents_carers", "Parents and carers"
        BOTH = "both", "Children, young people and parents"

    name = models.CharField(max_length=200)
    category = models.ForeignKey(
        ConsulteeCategory, on_delete=models.PROTECT, related_name="consultees"
    )
    where = models.CharField(
        "in or outside our area", max_length=20, choices=Where.choices, default=Where.IN_AREA
    )
    out_of_area_reason = models.CharField(
        "why a body outside our area counts",
        max_length=20,
        choices=OutOfAreaReason.choices,
        blank=True,
        help_text="Regulation 54(2). Required for a body outside our area.",
    )
    voice = models.CharField(
        "whose views it brings",
        max_length=30,
        choices=Voice.choices,
        blank=True,
        help_text=(
            "For groups of families: whether children and young people speak for themselves, "
            "or parents and carers, or both. Leave empty for organisations."
        ),
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="organisation in the directory",
    )
    contact_name = models.CharField(
        max_length=100, blank=True, help_text="Personal data: only officers see it."
    )
    contact_email = models.EmailField(
        max_length=254, blank=True, help_text="Personal data: only officers see it."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # Contact details stay out of history, so removing them removes them everywhere.
    history = HistoricalRecords(excluded_fields=["contact_name", "contact_email"])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="consultation_consultee_unique_name",
                violation_error_message="There is already a consultee with this name.",
            ),
            models.CheckConstraint(
                condition=Q(where="in_area", out_of_area_reason="")
                | Q(where="out_of_area", out_of_area_reason__gt=""),
                name="consultation_consultee_reason_iff_out_of_area",
                violation_error_message=(
                    "Say why a body outside our area counts, and only for a body outside it."
                ),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def has_contact_details(self) -> bool:
        return bool(self.contact_name or self.contact_email)

    def clean(self):
        if self.where == self.Where.OUT_OF_AREA and not self.out_of_area_reason:
            raise ValidationError(
                {"out_of_area_reason": "Select why a body outside our area should be consulted."}
            )
        if self.where == self.Where.IN_AREA:
            self.out_of_area_reason = ""


class Method(models.TextChoices):
    """How the council asked people for their views."""

    SURVEY = "survey", "Survey"
    EVENTS = "events", "Events and drop-in sessions"
    FORUM_MEETINGS = "forum_meetings", "Forum meetings"
    SCHOOL_VISITS = "school_visits", "Visits to schools and colleges"
    ONLINE_COMMENTS = "online_comments", "Comments on the Local Offer website"
    EASY_READ = "easy_read", "Easy-read materials"
    WORKSHOPS = "workshops", "Workshops with children and young people"
    INTERVIEWS = "interviews", "Interviews and one-to-one conversations"
    PHONE_POST = "phone_post", "Phone and post"
    WRITTEN = "written", "Written responses"


class ConsultationRoundQuerySet(models.QuerySet):
    def published(self):
        """Rounds the public can read, newest first."""
        return self.filter(published_at__isnull=False, published_at__lte=timezone.now()).order_by(
            "-ends", "-pk"
        )


class ConsultationRound(models.Model):
    """One preparation or review of the Local Offer, and who was consulted."""

    title = models.CharField(max_length=150, help_text="For example: Local Offer review 2026.")
    slug = models.SlugField(max_length=150, unique=True, help_text="Used in the web address.")
    purpose = models.TextField(help_text="What the review set out to do, in plain English.")
    starts = models.DateField("first day")
    ends = models.DateField("last day")
    methods = ArrayField(
        models.CharField(max_length=30, choices=Method.choices),
        default=list,
        blank=True,
        verbose_name="how we asked",
    )
    other_methods = models.CharField(
        "other ways we asked",
        max_length=300,
        blank=True,
        help_text="Anything not in the list above.",
    )
    what_we_heard = models.TextField(
        "what families told us",
        blank=True,
        help_text="A summary of what was heard. Identify no one. Leave a blank line between "
        "paragraphs.",
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
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ConsultationRoundQuerySet.as_manager()

    class Meta:
        ordering = ["-ends", "-pk"]
        verbose_name = "review round"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends__gte=F("starts")),
                name="consultation_round_ends_after_start",
                violation_error_message="The last day must be on or after the first day.",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def method_labels(self) -> list[str]:
        labels = dict(Method.choices)
        return [labels.get(m, m) for m in self.methods]

    def clean(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": "The last day must be on or after the first day."})


class Invitation(models.Model):
    """A consultee invited to take part in a round, and whether and how it took part."""

    round = models.ForeignKey(
        ConsultationRound, on_delete=models.CASCADE, related_name="invitations"
    )
    consultee = models.ForeignKey(Consultee, on_delete=models.PROTECT, related_name="invitations")
    invited_on = models.DateField(null=True, blank=True)
    responded = models.BooleanField("took part", default=False)
    responded_on = models.DateField("date it took part", null=True, blank=True)
    how = models.CharField("how it took part", max_length=30, choices=Method.choices, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["consultee__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "consultee"],
                name="consultation_invitation_once_per_round",
                violation_error_message="This consultee is already in this round.",
            ),
            models.CheckConstraint(
                condition=Q(responded_on__isnull=True)
                | Q(invited_on__isnull=True)
                | Q(responded_on__gte=F("invited_on")),
                name="consultation_invitation_responded_after_invited",
                violation_error_message="The date it took part must be on or after the invitation.",
            ),
            models.CheckConstraint(
                condition=Q(responded=True) | (Q(responded_on__isnull=True) & Q(how="")),
                name="consultation_invitation_no_details_without_response",
                violation_error_message=(
                    "Tick 'took part' before giving the date or how it took part."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.consultee} in {self.round}"

    def clean(self):
        errors = {}
        if self.invited_on and self.responded_on and self.responded_on < self.invited_on:
            errors["responded_on"] = "The date it took part must be on or after the invitation."
        if not self.responded and (self.responded_on or self.how):
            errors["responded"] = "Tick 'took part' before giving the date or how it took part."
        if errors:
            raise ValidationError(errors)


class Matter(models.TextChoices):
    """The five matters of regulation 55 that families must be involved in."""

    SERVICES_NEEDED = "services_needed", "The services they need"
    HOW_SET_OUT = "how_set_out", "How the information is set out"
    WITHOUT_INTERNET = "without_internet", "How it is made available to people without the internet"
    ACCESSIBLE = (
        "accessible",
        ("How it is made accessible to people with special educational needs or disabilities"),
    )
    HOW_TO_COMMENT = "how_to_comment", "How they can comment on it"


class InvolvementEvidence(models.Model):
    """Evidence that families were involved in one regulation 55 matter. Counts, never names."""

    round = models.ForeignKey(ConsultationRound, on_delete=models.CASCADE, related_name="evidence")
    matter = models.CharField(max_length=30, choices=Matter.choices)
    description = models.TextField(
        help_text="What was done and with whom, in a few sentences. Identify no one."
    )
    starts = models.DateField("from")
    ends = models.DateField("to", null=True, blank=True, help_text="Leave empty for one day.")
    children_young_people = models.PositiveIntegerField(
        "children and young people taking part", default=0
    )
    parents_carers = models.PositiveIntegerField("parents and carers taking part", default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["matter", "starts", "pk"]
        verbose_name = "involvement evidence (regulation 55)"
        verbose_name_plural = "involvement evidence (regulation 55)"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends__isnull=True) | Q(ends__gte=F("starts")),
                name="consultation_evidence_ends_after_start",
                violation_error_message="The last day must be on or after the first day.",
            )
        ]

    def __str__(self):
        return f"{self.get_matter_display()} ({self.round})"

    def clean(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": "The last day must be on or after the first day."})


class Change(models.Model):
    """Something that changed in the Local Offer because of what a round heard.

    It may point to a "you said, we did" entry of the annual comments report by
    its id: consultation never imports feedback (see the ADR on links between
    feature apps); the public page asks `core.links` for the entry's public
    link, and shows none if it is gone or unpublished.
    """

    round = models.ForeignKey(ConsultationRound, on_delete=models.CASCADE, related_name="changes")
    description = models.TextField("what changed")
    you_said_we_did_id = models.PositiveIntegerField(
        "'you said, we did' entry",
        null=True,
        blank=True,
        help_text="Optional: the entry in the annual comments report about the same thing.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "what changed"
        verbose_name_plural = "what changed"

    def __str__(self):
        return self.description[:60]


class Correction(models.Model):
    """A note, shown in public, of an edit made to a round after it was published."""

    round = models.ForeignKey(
        ConsultationRound, on_delete=models.CASCADE, related_name="corrections"
    )
    made_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["made_at", "pk"]

    def __str__(self):
        return self.note


class SuggestedOrganisation(Organisation):
    """Directory organisations an officer may add as consultees (read only here)."""

    class Meta:
        proxy = True
        verbose_name = "organisation to add as a consultee"
        verbose_name_plural = "suggested consultees from the directory"
