"""The directory: who provides what, for whom, and where."""

import uuid
from datetime import date

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Func, Q
from django.db.models.functions import Cast, Cos, Radians, Sin
from django.utils import timezone
from simple_history.models import HistoricalRecords

from core import links
from directory.validators import normalise_postcode, validate_uk_phone

MAX_AGE = 25
AGE_VALIDATORS = [
    MinValueValidator(0, message="Ages start at 0."),
    MaxValueValidator(MAX_AGE, message="Ages go up to 25: the Local Offer covers 0 to 25."),
]

# The broad age groups families browse by. Each is inclusive at both ends,
# so a 5-year-old belongs to "0 to 5" and "5 to 11" alike.


def version_field():
    """How many times the record has been saved: the admin's guard against a stale save.

    An officer's form carries the version they opened; `directory.services` refuses
    the save if the record has moved on since (optimistic locking). Not kept in
    history, so reverting to an old row never winds the counter back.
    """
    return models.PositiveIntegerField(default=1, editable=False)


def uuid_field():
    """A stable public identifier (open data ids never change when a name or slug does)."""
    return models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


AGE_GROUPS = {
    "0-5": (0, 5, "0 to 5 years"),
    "5-11": (5, 11, "5 to 11 years"),
    "11-16": (11, 16, "11 to 16 years"),
    "16-25": (16, 25, "16 to 25 years"),
}


class AreaOfProvision(models.Model):
    """A type of provision (education, health, ...): admin-editable."""

    uuid = uuid_field()
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "area of provision"
        verbose_name_plural = "areas of provision"

    def __str__(self):
        return self.name


class NeedQuerySet(models.QuerySet):
    def broad_areas(self):
        return self.filter(broad_area__isnull=True)

    def in_tree_order(self) -> list["Need"]:
        """Broad areas of need, each followed by its specific needs."""
        needs = list(self)
        ordered = []
        for broad in (n for n in needs if not n.broad_area_id):
            ordered.append(broad)
            ordered.extend(n for n in needs if n.broad_area_id == broad.pk)
        return ordered


class RealField(models.FloatField):
    """A single-precision float (PostgreSQL `real`), the type of ts_rank()."""

    def db_type(self, connection):
        return "real"


class Need(models.Model):
    """A special educational need or disability.

    The four broad areas of need from the SEND Code of Practice have no
    `broad_area`; specific needs (autism, dyslexia, ...) sit under one.
    """

    uuid = uuid_field()
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    broad_area = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="specific_needs",
        limit_choices_to={"broad_area__isnull": True},
        help_text="Leave empty for one of the four broad areas of need.",
    )
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    objects = NeedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def clean_fields(self, exclude=None):
        # clean() checks broad_area and says what is wrong, where the field's own
        # check (limit_choices_to) would say "need instance with id 2 is not a valid choice."
        super().clean_fields(exclude={*(exclude or ()), "broad_area"})

    def clean(self):
        if not self.broad_area_id:
            return
        if self.broad_area_id == self.pk:
            raise ValidationError({"broad_area": "A need cannot sit under itself."})
        broad_area = Need.objects.filter(pk=self.broad_area_id).first()
        if broad_area is None:
            raise ValidationError({"broad_area": "Choose one of the broad areas of need."})
        if broad_area.broad_area_id is not None:
            raise ValidationError(
                {
                    "broad_area": (
                        f"Choose one of the broad areas of need. {broad_area} is a "
                        f"specific need under {broad_area.broad_area}."
                    )
                }
            )
        if self.pk and Need.objects.filter(broad_area_id=self.pk).exists():
            raise ValidationError(
                {
                    "broad_area": (
                        f"{self} is a broad area with specific needs under it, so it cannot "
                        "sit under another broad area. Move its specific needs first."
                    )
                }
            )


class NeedSynonym(models.Model):
    """Another word people use for a need: 'ASD' for autism, 'ADHD' for attention deficit."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="synonyms")
    term = models.CharField(max_length=100)
    history = HistoricalRecords()

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                models.functions.Lower("term"),
                name="unique_synonym_term",
                violation_error_message="That word is already a synonym of a need.",
            )
        ]

    def __str__(self):
        return self.term


class SearchSynonym(models.Model):
    """A word or phrase families type, with the words the directory uses for it.

    "SALT" means "speech and language therapy"; "respite" means "short breaks".
    Admin-editable. The term is matched as whole words only, so an abbreviation
    never matches the start of a longer word ("SALT" does not find "Saltmarsh").
    """

    term = models.CharField(
        max_length=100, help_text="What people type, for example SALT or taxi to school."
    )
    means = models.TextField(
        "means the same as",
        help_text=(
            "One per line: the words services use for the same thing, for example "
            "speech and language therapy. A service matches a line when it has all its words."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                models.functions.Lower("term"),
                name="unique_search_synonym_term",
                violation_error_message="That word already has a search synonym.",
            )
        ]

    def __str__(self):
        return self.term

    def alternatives(self) -> list[str]:
        return [line.strip() for line in self.means.splitlines() if line.strip()]

    def clean(self):
        self.term = " ".join((self.term or "").split())
        if not self.alternatives():
            raise ValidationError({"means": "Enter at least one word or phrase it means."})


class Organisation(models.Model):
    """Who provides services: a school, an NHS body, a council team, a charity..."""

    class Kind(models.TextChoices):
        EARLY_YEARS = "early_years", "Early years provider"
        MAINTAINED_SCHOOL = "maintained_school", "Maintained school"
        ACADEMY = "academy", "Academy"
        NON_MAINTAINED_SPECIAL = "non_maintained_special", "Non-maintained special school"
        POST_16 = "post_16", "Post-16 institution"
        SECTION_41 = "section_41", "Independent institution approved under section 41"
        PRU = "pru", "Pupil referral unit"
        COMMISSIONED = "commissioned", "Commissioned by the local authority"
        NHS = "nhs", "NHS body"
        LA_TEAM = "la_team", "Local authority team"
        VOLUNTARY = "voluntary", "Voluntary or community organisation"
        PRIVATE = "private", "Private provider"

    uuid = uuid_field()
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    description = models.TextField(blank=True)
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True, validators=[validate_uk_phone])
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    version = version_field()
    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


# What directory.presenters.ServiceSummary reads from a service.
RESULT_FIELDS = [
    "uuid",
    "name",
    "slug",
    "summary",
    "status",
    "min_age",
    "max_age",
    "where_offered",
    "level",
    "is_free",
    "self_referral",
    "organisation",
]


class ServiceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Service.Status.PUBLISHED)

    def for_age(self, age: int):
        """Services open to a child or young person of this age in whole years."""
        return self.filter(min_age__lte=age, max_age__gte=age)

    def for_age_range(self, low: int, high: int):
        """Services whose age range overlaps low..high (inclusive)."""
        return self.filter(min_age__lte=high, max_age__gte=low)

    def review_overdue(self, today: date | None = None):
        today = today or timezone.localdate()
        return self.filter(review_due__lt=today)

    def for_listing(self):
        """What a list of results shows, fetched without N+1 queries."""
        return self.select_related("organisation").defer(
            "description", "search_vector", "need_ranks"
        )

    def for_results_page(self):
        """Only what a page of search results shows (directory.presenters.ServiceSummary):
        a third of the columns, for pages that are only shown, not used for more."""
        return self.select_related("organisation").only(*RESULT_FIELDS, "organisation__name")


class Service(models.Model):
    """Something families can get: a therapy, a short break, a school unit, advice..."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    class Level(models.TextChoices):
        UNIVERSAL = "universal", "Universal (open to everyone)"
        TARGETED = "targeted", "Targeted (extra support for some)"
        SPECIALIST = "specialist", "Specialist (longer-term specialised support)"

    class WhereOffered(models.TextChoices):
        IN_AREA = "in_area", "In our area"
        OUT_OF_AREA = "out_of_area", "Outside our area"
        REGIONAL_NATIONAL = (
            "regional_national",
            "Regional or national specialist provision, outside our area",
        )
        REMOTE = "remote", "Online or by phone"

    uuid = uuid_field()
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="services"
    )
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.CharField(
        max_length=300, help_text="One or two plain-English sentences. Shown in search results."
    )
    description = models.TextField(help_text="What the service does and what to expect.")
    areas = models.ManyToManyField(
        AreaOfProvision, related_name="services", verbose_name="areas of provision"
    )
    needs = models.ManyToManyField(
        Need, related_name="services", blank=True, verbose_name="needs supported"
    )
    level = models.CharField(
        "level of support", max_length=20, choices=Level.choices, default=Level.TARGETED
    )
    min_age = models.PositiveSmallIntegerField(
        "youngest age (years)",
        validators=AGE_VALIDATORS,
        default=0,
    )
    max_age = models.PositiveSmallIntegerField(
        "oldest age (years)",
        validators=AGE_VALIDATORS,
        default=MAX_AGE,
    )
    where_offered = models.CharField(
        max_length=20, choices=WhereOffered.choices, default=WhereOffered.IN_AREA
    )
    eligibility = models.TextField(
        "eligibility criteria",
        blank=True,
        help_text="Who can use the service. Required for targeted and specialist services.",
    )
    ehc_plan_required = models.BooleanField("EHC plan needed", default=False)
    diagnosis_required = models.BooleanField("diagnosis needed", default=False)
    self_referral = models.BooleanField("families can refer themselves", default=False)
    professional_referral = models.BooleanField("a professional can refer", default=False)
    ehc_plan_referral = models.BooleanField("available through an EHC plan", default=False)
    how_to_access = models.TextField("how to get this service")
    is_free = models.BooleanField("free", default=True)
    cost_details = models.TextField(blank=True, help_text="Required when the service charges.")
    personal_budget = models.BooleanField("a personal budget can be used", default=False)
    decisions_and_accountability = models.TextField(
        "how decisions are made and who is accountable", blank=True
    )
    how_to_complain = models.TextField(blank=True)
    contact_phone = models.CharField(max_length=30, blank=True, validators=[validate_uk_phone])
    contact_email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    last_reviewed = models.DateField(default=timezone.localdate)
    review_due = models.DateField(
        blank=True, help_text="Leave empty for twelve months after the last review."
    )
    provider_checked = models.DateField(
        "checked by the provider on",
        null=True,
        blank=True,
        editable=False,
        help_text="When the provider last confirmed the entry is accurate, in the provider portal.",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    version = version_field()

    # Kept up to date by directory.services.service_refresh_index so search and
    # facet counts read one table: names and synonyms of the needs, the
    # organisation's name, and the ids of needs (with their broad areas) and areas.
    search_extra = models.TextField(blank=True, default="", editable=False)
    need_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    area_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    # The same ids as bits (bit n for id n, ids 1 to 62; see ID_BITS_MAX): counting a
    # filter option is then one AND on an integer, not a search through an array, for
    # each of about 30 need and area options on every matching service.
    need_bits = models.GeneratedField(
        expression=Func("need_ids", function="directory_id_bits"),
        output_field=models.BigIntegerField(),
        db_persist=True,
    )
    area_bits = models.GeneratedField(
        expression=Func("area_ids", function="directory_id_bits"),
        output_field=models.BigIntegerField(),
        db_persist=True,
    )
    # Each need's rank for this service (index: the need's id, 1 to ID_BITS_MAX), when
    # the service matches a search for the need's name (its name and synonyms, as
    # directory.search.query.need_match_queries builds it); NULL otherwise. Ranking a
    # search for a need then reads the rank rather than working it out for every match
    # (a quarter of the database's time for "autism" at 100,000 services; ADR 8 item 44).
    # Kept up to date with search_extra by directory.services.service_refresh_index.
    need_ranks = ArrayField(
        RealField(null=True, blank=True), default=list, blank=True, editable=False
    )
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("name", weight="A", config="english")
            + SearchVector("summary", weight="B", config="english")
            + SearchVector("search_extra", weight="B", config="english")
            + SearchVector("description", weight="C", config="english")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    history = HistoricalRecords(
        excluded_fields=[
            "search_extra",
            "need_ids",
            "area_ids",
            "need_bits",
            "area_bits",
            "need_ranks",
            "search_vector",
            "version",
        ],
        m2m_fields=[areas, needs],
    )

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_age__gte=0)
                & Q(min_age__lte=F("max_age"))
                & Q(max_age__lte=MAX_AGE),
                name="service_age_range_valid",
                violation_error_message="Ages must be from 0 to 25, youngest first.",
            ),
            models.CheckConstraint(
                condition=Q(level="universal") | ~Q(eligibility=""),
                name="service_eligibility_required",
                violation_error_message=(
                    "Targeted and specialist services must say who is eligible."
                ),
            ),
            models.CheckConstraint(
                condition=Q(is_free=True) | ~Q(cost_details=""),
                name="service_cost_details_required",
                violation_error_message="Say what the service costs.",
            ),
            models.CheckConstraint(
                condition=Q(review_due__gte=F("last_reviewed")),
                name="service_review_due_after_review",
                violation_error_message="The review due date must be after the last review.",
            ),
        ]
        indexes = [
            # Only published services are ever searched by words: an index of those alone
            # is smaller, and the planner needs no second index to find "published".
            GinIndex(
                fields=["search_vector"],
                name="service_search_published",
                condition=Q(status="published"),
            ),
            GinIndex(fields=["need_ids"], name="service_need_ids_gin"),
            GinIndex(fields=["area_ids"], name="service_area_ids_gin"),
            GinIndex(fields=["name"], name="service_name_trgm", opclasses=["gin_trgm_ops"]),
            models.Index(fields=["status", "name"], name="service_status_name"),
            # Lets filter counts and result counts read a narrow index (an
            # index-only scan) instead of the wide table rows.
            models.Index(
                fields=["status"],
                include=[
                    "id",
                    # The name too: nearest first orders the matches by distance, then
                    # name, from this index alone.
                    "name",
                    "min_age",
                    "max_age",
                    "level",
                    "where_offered",
                    "is_free",
                    "self_referral",
                    "need_ids",
                    "area_ids",
                    "need_bits",
                    "area_bits",
                ],
                name="service_facets",
            ),
            models.Index(fields=["status", "-last_reviewed"], name="service_status_reviewed"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return links.slug_url("directory:service_detail", self.slug)

    @property
    def review_overdue(self) -> bool:
        return self.review_due is not None and self.review_due < timezone.localdate()

    def clean(self):
        errors = {}
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            errors["max_age"] = "The oldest age must be the same as or more than the youngest age."
        if self.level != self.Level.UNIVERSAL and not (self.eligibility or "").strip():
            errors["eligibility"] = (
                "Enter the eligibility criteria: targeted and specialist services must say "
                "who can use them."
            )
        if not self.is_free and not (self.cost_details or "").strip():
            errors["cost_details"] = "Enter what the service costs, or tick 'free'."
        if self.last_reviewed:
            try:
                next_review = default_review_due(self.last_reviewed)
            except OverflowError:
                errors["last_reviewed"] = "Enter a real date for the last review, like 14/03/2026."
            else:
                if self.last_reviewed > timezone.localdate():
                    errors["last_reviewed"] = (
                        "The last review date must be today or in the past: a review cannot "
                        "be in the future."
                    )
                elif not self.review_due:
                    self.review_due = next_review
        if (
            self.last_reviewed
            and self.review_due
            and self.review_due < self.last_reviewed
            and "last_reviewed" not in errors
        ):
            errors["review_due"] = "The review due date must be after the last review."
        if errors:
            raise ValidationError(errors)


def default_review_due(last_reviewed: date) -> date:
    return last_reviewed + settings.REVIEW_INTERVAL


class FacetCombination(models.Model):
    """Published services grouped by every column the search filters read, with how many
    services share each combination: the filter counts of a search without words or a
    postcode add these up instead of testing ~40 conditions on every service.

    Rebuilt by directory.search.precounted when the content version moves; not edited
    by hand. `FacetCountsBuilt` says which content version the rows describe.
    """

    min_age = models.PositiveSmallIntegerField()
    max_age = models.PositiveSmallIntegerField()
    level = models.CharField(max_length=20)
    where_offered = models.CharField(max_length=20)
    is_free = models.BooleanField()
    self_referral = models.BooleanField()
    need_ids = ArrayField(models.BigIntegerField(), default=list)
    area_ids = ArrayField(models.BigIntegerField(), default=list)
    need_bits = models.BigIntegerField(default=0)
    area_bits = models.BigIntegerField(default=0)
    services = models.PositiveIntegerField()

    class Meta:
        default_permissions = ()

    def __str__(self):
        return f"{self.services} service(s) aged {self.min_age}-{self.max_age}, {self.level}"


class FacetCountsBuilt(models.Model):
    """One row (id 1): the content version FacetCombination was last built for."""

    version = models.BigIntegerField()

    class Meta:
        default_permissions = ()

    def __str__(self):
        return f"built for content version {self.version}"


class SearchWord(models.Model):
    """A word that appears in published services: the vocabulary for "Did you mean?".

    Rebuilt by directory.services.search_words_refresh; not edited by hand.
    """

    word = models.CharField(max_length=60, primary_key=True)

    class Meta:
        indexes = [GinIndex(fields=["word"], name="searchword_trgm", opclasses=["gin_trgm_ops"])]

    def __str__(self):
        return self.word


class Location(models.Model):
    """A place where a service happens."""

    uuid = uuid_field()
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField("venue name", max_length=200)
    address = models.TextField("address (without the postcode)")
    postcode = models.CharField(max_length=10)
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    # The venue as a point on a sphere of radius 1, worked out by PostgreSQL from the
    # latitude and longitude. The straight-line distance between two such points puts
    # venues in exactly the order of their distance over the Earth, with no trigonometry
    # per venue when searching (directory.search.near). NULL without coordinates.
    unit_x = models.GeneratedField(
        expression=Cos(Radians(Cast("latitude", models.FloatField())))
        * Cos(Radians(Cast("longitude", models.FloatField()))),
        output_field=models.FloatField(),
        db_persist=True,
    )
    unit_y = models.GeneratedField(
        expression=Cos(Radians(Cast("latitude", models.FloatField())))
        * Sin(Radians(Cast("longitude", models.FloatField()))),
        output_field=models.FloatField(),
        db_persist=True,
    )
    unit_z = models.GeneratedField(
        expression=Sin(Radians(Cast("latitude", models.FloatField()))),
        output_field=models.FloatField(),
        db_persist=True,
    )
    accessibility = models.TextField(
        "venue accessibility",
        blank=True,
        help_text="Step-free access, accessible toilets, parking, quiet spaces, hearing loops.",
    )
    opening_exceptions = models.TextField(
        "changes to opening times",
        blank=True,
        help_text="For example: closed on bank holidays; term time only.",
    )
    version = version_field()
    history = HistoricalRecords(excluded_fields=["version", "unit_x", "unit_y", "unit_z"])

    class Meta:
        ordering = ["name"]
        indexes = [
            # Distance search narrows venues to a box of latitudes and longitudes first.
            models.Index(
                fields=["latitude", "longitude"],
                include=["service", "unit_x", "unit_y", "unit_z"],
                name="location_coordinates",
                condition=Q(latitude__isnull=False),
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(latitude__isnull=True) & Q(longitude__isnull=True))
                | (Q(latitude__isnull=False) & Q(longitude__isnull=False)),
                name="location_lat_lon_together",
                violation_error_message="Give both latitude and longitude, or neither.",
            )
        ]

    def __str__(self):
        return f"{self.name}, {self.postcode}"

    def clean(self):
        if self.postcode:
            try:
                self.postcode = normalise_postcode(self.postcode)
            except ValidationError as exc:
                raise ValidationError({"postcode": exc.messages}) from exc


class OpeningTime(models.Model):
    """A weekly opening time at a location."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="opening_times")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField()
    closes = models.TimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="opening_time_closes_after_opens",
                violation_error_message="The closing time must be after the opening time.",
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M} to {self.closes:%H:%M}"

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": "The closing time must be after the opening time."})
