"""Information pages, the statutory items they cover, and schools' own answers."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

# A page longer than this is several pages; it also keeps rendering and search cheap.
MAX_BODY_CHARACTERS = 30_000
# The Flesch reading ease the Code of Practice's "plain English" is measured against here.
READING_EASE_TARGET = 60


class Section(models.Model):
    """A group of pages families navigate by, such as "Getting support"."""

    title = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.CharField(max_length=300, help_text="One plain-English sentence.")
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("information:section", kwargs={"section": self.slug})


class Schedule2Item(models.Model):
    """One thing the law says a Local Offer must publish (Schedule 2, section 30, chapter 4)."""

    class AutoRule(models.TextChoices):
        """Services that count for an item because of their own data, without tagging."""

        NONE = "", "None: only pages and services tagged by an officer"
        IN_AREA = "in_area", "Services offered in the area"
        OUT_OF_AREA = "out_of_area", "Services outside the area (including regional and national)"
        EDUCATION = "education", "Education services"
        HEALTH = "health", "Health services"
        SOCIAL_CARE = "social_care", "Social care services"
        ADULTHOOD = "adulthood", "Preparing for adulthood services"
        TRAINING = "training", "Training and apprenticeship services"
        TRAVEL = "travel", "Travel and transport services"
        ADVICE = "advice", "Information, advice and support services"
        CHILDCARE = "childcare", "Childcare services"
        LEISURE = "leisure", "Leisure and short breaks services"
        PERSONAL_BUDGET = "personal_budget", "Services that take a personal budget"
        ELIGIBILITY = "eligibility", "Services that state eligibility criteria"
        COMPLAIN = "complain", "Services that say how to complain"
        UNIVERSAL = "universal", "Universal services"
        TARGETED = "targeted", "Targeted services"
        SPECIALIST = "specialist", "Specialist services"
        SETTING_OFFERS = "setting_offers", "Schools and settings that have answered (not a service)"

    code = models.CharField(max_length=40, unique=True, help_text="A short stable name.")
    title = models.CharField(max_length=200)
    legal_reference = models.CharField(max_length=200)
    description = models.TextField(help_text="What the law asks for, in plain English.")
    order = models.PositiveSmallIntegerField(default=0)
    auto_rule = models.CharField(
        "services count automatically when",
        max_length=30,
        choices=AutoRule.choices,
        blank=True,
        default="",
    )
    services = models.ManyToManyField(
        "directory.Service",
        blank=True,
        related_name="+",
        verbose_name="services tagged as covering this",
    )
    history = HistoricalRecords(m2m_fields=[services])

    class Meta:
        ordering = ["order", "code"]
        verbose_name = "Schedule 2 item"
        verbose_name_plural = "Schedule 2 items"

    def __str__(self):
        return f"{self.title} ({self.legal_reference})"


class PageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=InformationPage.Status.PUBLISHED)

    def review_overdue(self, today=None):
        return self.filter(review_due__lt=today or timezone.localdate())


class InformationPage(models.Model):
    """A page of plain-English information, written by an officer in Markdown."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="pages")
    title = models.CharField(max_length=150)
    slug = models.SlugField(
        max_length=150, unique=True, help_text="The last part of the page's web address."
    )
    summary = models.CharField(
        max_length=300, help_text="One or two plain-English sentences, shown in lists and search."
    )
    body = models.TextField(
        validators=[MaxLengthValidator(MAX_BODY_CHARACTERS)],
        help_text=(
            "Markdown: ## for a heading, - for a list, [words](https://...) for a link, "
            "a line starting > for inset text, a paragraph starting 'Warning:' for warning text. "
            "HTML is not allowed."
        ),
    )
    keywords = models.CharField(
        "other words people search with",
        max_length=300,
        blank=True,
        help_text="For example: EHCP, statement, tribunal. Helps search find this page.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    covers = models.ManyToManyField(
        Schedule2Item, blank=True, related_name="pages", verbose_name="Schedule 2 items covered"
    )
    last_reviewed = models.DateField(default=timezone.localdate)
    review_due = models.DateField(
        blank=True, help_text="Leave empty for twelve months after the last review."
    )
    reading_ease = models.FloatField("Flesch reading ease", null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("title", weight="A", config="english")
            + SearchVector("keywords", weight="A", config="english")
            + SearchVector("summary", weight="B", config="english")
            + SearchVector("body", weight="C", config="english")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    history = HistoricalRecords(excluded_fields=["search_vector"], m2m_fields=[covers])

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["section__order", "order", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(review_due__gte=F("last_reviewed")),
                name="page_review_due_after_review",
                violation_error_message="The review due date must be after the last review.",
            ),
        ]
        indexes = [GinIndex(fields=["search_vector"], name="page_search_gin")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("information:page", kwargs={"section": self.section.slug, "slug": self.slug})

    @property
    def review_overdue(self) -> bool:
        return self.review_due is not None and self.review_due < timezone.localdate()

    def clean(self):
        errors = {}
        if self.last_reviewed:
            if self.last_reviewed > timezone.localdate():
                errors["last_reviewed"] = (
                    "The last review date must be today or in the past: a review cannot "
                    "be in the future."
                )
            elif not self.review_due:
                try:
                    self.review_due = self.last_reviewed + settings.REVIEW_INTERVAL
                except OverflowError:
                    errors["last_reviewed"] = "Enter a real date for the last review."
        if (
            self.last_reviewed
            and self.review_due
            and self.review_due < self.last_reviewed
            and "last_reviewed" not in errors
        ):
            errors["review_due"] = "The review due date must be after the last review."
        if errors:
            raise ValidationError(errors)


# The kinds of organisation Schedule 2 paragraph 5 asks the council to describe.
EDUCATION_KINDS = [
    "early_years",
    "maintained_school",
    "academy",
    "non_maintained_special",
    "post_16",
    "section_41",
    "pru",
]

# Paragraph 5 matters: (field name, the question families read).
SETTING_QUESTIONS = [
    ("teaching", "How do you teach children and young people with SEN?"),
    ("adaptations", "How do you adapt the curriculum and the learning environment?"),
    ("extra_support", "What extra learning support is there?"),
    ("progress", "How do you check and review progress with parents and young people?"),
    ("evaluation", "How do you check that your support works?"),
    ("facilities", "How can children and young people with SEN use your facilities?"),
    ("activities", "What activities are there outside the classroom?"),
    ("wellbeing", "How do you support emotional, mental and social development?"),
    ("staff_expertise", "How do you make sure staff have the right skills?"),
]


class SettingOffer(models.Model):
    """A school's, college's or early years setting's part of the Local Offer (Schedule 2 para 5).

    One per education organisation. Empty answers are shown honestly as missing.
    """

    organisation = models.OneToOneField(
        "directory.Organisation", on_delete=models.CASCADE, related_name="setting_offer"
    )
    teaching = models.TextField("approach to teaching", blank=True)
    adaptations = models.TextField("adapting the curriculum and environment", blank=True)
    extra_support = models.TextField("additional learning support", blank=True)
    progress = models.TextField("assessing and reviewing progress with families", blank=True)
    evaluation = models.TextField("evaluating the provision", blank=True)
    facilities = models.TextField("access to facilities", blank=True)
    activities = models.TextField("activities outside the classroom", blank=True)
    wellbeing = models.TextField("emotional, mental and social development", blank=True)
    staff_expertise = models.TextField("how staff expertise is secured", blank=True)
    sen_report_url = models.URLField("link to the SEN information report", blank=True)
    senco_contact = models.CharField(
        "how to contact the SENCo",
        max_length=200,
        blank=True,
        help_text="A role contact, such as an email address or phone number. No personal names.",
    )
    accessibility_plan_url = models.URLField("link to the accessibility plan", blank=True)
    last_reviewed = models.DateField(default=timezone.localdate)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = "school or setting's local offer"
        verbose_name_plural = "schools' and settings' local offers"

    def __str__(self):
        return f"{self.organisation}"

    @property
    def answered(self) -> int:
        return sum(1 for name, _ in SETTING_QUESTIONS if getattr(self, name).strip())

    @property
    def complete(self) -> bool:
        return self.answered == len(SETTING_QUESTIONS) and bool(self.sen_report_url)


class GlossaryTerm(models.Model):
    """A word families meet on the Local Offer ("EHC plan", "SENCo"), explained in plain English."""

    term = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    definition = models.TextField(help_text="One to three short, plain-English sentences.")
    also_called = models.CharField(
        "other names and abbreviations",
        max_length=300,
        blank=True,
        help_text="Separated by commas, for example: EHCP, EHC plan.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return self.term

    @property
    def names(self) -> list[str]:
        """The term and its other names, longest first (so 'EHC plan' wins over 'EHC')."""
        others = [n.strip() for n in self.also_called.split(",") if n.strip()]
        return sorted({self.term, *others}, key=len, reverse=True)


class Booklet(models.Model):
    """A built booklet of the Local Offer (or of one search's results), kept per content
    version: one or more volumes (BookletVolume), each a PDF.

    The newest ready booklet for a variant and selection is what families download;
    a failed or unfinished build never replaces it. Size, pages, services and build
    time are the totals over its volumes; peak memory is the largest volume's.
    """

    class Status(models.TextChoices):
        BUILDING = "building", "Being built"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    variant = models.CharField(max_length=20)
    grouping = models.CharField(max_length=10, default="area")
    selection = models.CharField(max_length=40, blank=True, default="")
    query = models.TextField(blank=True, default="", help_text="The search's query string.")
    content_version = models.BigIntegerField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.BUILDING)
    size = models.PositiveBigIntegerField(default=0)
    pages = models.PositiveIntegerField(default=0)
    services = models.PositiveIntegerField(default=0)
    build_seconds = models.FloatField(null=True, blank=True)
    peak_memory_kb = models.PositiveBigIntegerField(null=True, blank=True)
    error = models.TextField(blank=True, default="")
    attempts = models.PositiveSmallIntegerField(default=0)
    requested = models.DateTimeField(auto_now_add=True)
    built = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested"]
        constraints = [
            models.UniqueConstraint(
                fields=["variant", "grouping", "selection", "content_version"],
                name="one_booklet_per_version",
            )
        ]
        indexes = [models.Index(fields=["variant", "grouping", "selection", "status", "-built"])]

    def __str__(self):
        return f"{self.variant} booklet, version {self.content_version} ({self.status})"


class BookletVolume(models.Model):
    """One PDF of a booklet: a complete tagged document with its own title and contents.

    A small booklet is one volume; a large one is split so that no build has to lay
    out thousands of pages at once (BOOKLET_VOLUME_SERVICES).
    """

    booklet = models.ForeignKey(Booklet, on_delete=models.CASCADE, related_name="volumes")
    number = models.PositiveSmallIntegerField()
    label = models.CharField(
        max_length=500,
        blank=True,
        default="",
        help_text="What it holds, for example ‘Health (A to M)’.",
    )
    pdf = models.BinaryField(editable=False)
    size = models.PositiveIntegerField(default=0)
    pages = models.PositiveIntegerField(default=0)
    services = models.PositiveIntegerField(default=0)
    build_seconds = models.FloatField(null=True, blank=True)
    peak_memory_kb = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Of the process that laid this volume out."
    )

    class Meta:
        ordering = ["booklet", "number"]
        constraints = [
            models.UniqueConstraint(fields=["booklet", "number"], name="one_volume_number"),
            models.CheckConstraint(condition=models.Q(number__gte=1), name="volume_from_one"),
        ]

    def __str__(self):
        return f"Volume {self.number} of {self.booklet}"


class FormatRequest(models.Model):
    """Someone asking for the Local Offer in print, large print, easy read, audio or a language."""

    class Format(models.TextChoices):
        PRINT = "print", "Printed booklet"
        LARGE_PRINT = "large_print", "Large print"
        EASY_READ = "easy_read", "Easy read"
        AUDIO = "audio", "Audio"
        LANGUAGE = "language", "Another language"

    class Delivery(models.TextChoices):
        POST = "post", "By post"
        EMAIL = "email", "By email"

    class Status(models.TextChoices):
        REQUESTED = "requested", "Requested"
        SENT = "sent", "Sent"

    reference = models.CharField(max_length=12, unique=True, editable=False)
    format = models.CharField(max_length=20, choices=Format.choices)
    language = models.CharField(max_length=60, blank=True)
    delivery = models.CharField(max_length=10, choices=Delivery.choices)
    name = models.CharField(max_length=120)
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    notes = models.TextField("anything else", blank=True, max_length=2000)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    requested = models.DateTimeField(auto_now_add=True)
    sent = models.DateField(null=True, blank=True)
    caught_by_spam_trap = models.BooleanField(default=False, editable=False)
    contact_deleted = models.BooleanField(default=False, editable=False)
    history = HistoricalRecords(
        excluded_fields=["name", "address", "postcode", "email", "phone", "notes"]
    )

    class Meta:
        ordering = ["-requested"]
        verbose_name = "request for another format"
        verbose_name_plural = "requests for other formats"

    def __str__(self):
        return f"{self.reference}: {self.get_format_display()}"
