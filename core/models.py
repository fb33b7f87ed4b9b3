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
