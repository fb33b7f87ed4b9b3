from django.db import models


class ContentVersion(models.Model):
    """A number that goes up whenever anything public changes.

    Public pages are cached per app server under this number, so a change made
    on one server is seen by all of them (within a second). One row, id 1.
    """

    number = models.BigIntegerField(default=0)
    # When the number last went up: the Last-Modified of open data responses.
    changed = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return str(self.number)


class RateLimitHit(models.Model):
    """How many submissions of one kind (`scope`) one client sent in one fixed window.

    `client` is a keyed SHA-256 hash of the client's IP address, different
    each day; rows are deleted by `core.ratelimit.rate_limit_prune` (each app's
    retention command) once their window ends. See core/ratelimit.py.
    """

    scope = models.CharField(max_length=40)
    client = models.CharField(max_length=64)
    window_seconds = models.PositiveIntegerField()
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "client", "window_seconds", "window_start"],
                name="core_ratelimit_unique_window",
            )
        ]
        indexes = [models.Index(fields=["window_start"], name="core_ratelimit_start")]

    def __str__(self):
        return (
            f"{self.scope}: {self.count} in {self.window_seconds}s "
            f"from {self.window_start:%Y-%m-%d %H:%M}"
        )
