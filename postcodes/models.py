"""Postcodes with their coordinates, loaded from the ONS Postcode Directory (open data)."""

from django.db import models


class Postcode(models.Model):
    """One postcode and where it is, as published in the ONS Postcode Directory.

    Terminated postcodes stay (people still write them, and ONS keeps them) and
    are marked by the date they were withdrawn.
    """

    # Upper case with one space before the inward code: "BM1 4LS".
    postcode = models.CharField(max_length=8, primary_key=True)
    # The part before the space ("BM1"): a partial postcode resolves to the
    # centroid of its postcodes.
    outward = models.CharField(max_length=4)
    latitude = models.FloatField()
    longitude = models.FloatField()
    terminated = models.DateField(
        null=True, blank=True, help_text="The month the postcode stopped being used, if it has."
    )

    class Meta:
        ordering = ["postcode"]
        indexes = [
            # Centroids of outward codes read only this index.
            models.Index(
                fields=["outward"],
                include=["latitude", "longitude", "terminated"],
                name="postcode_outward",
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90)
                & models.Q(longitude__gte=-180, longitude__lte=180),
                name="postcode_coordinates_valid",
            )
        ]

    def __str__(self):
        return self.postcode
