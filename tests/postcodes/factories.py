import factory
from factory.django import DjangoModelFactory

from postcodes.models import Postcode


class PostcodeFactory(DjangoModelFactory):
    class Meta:
        model = Postcode
        django_get_or_create = ("postcode",)

    postcode = factory.Sequence(lambda n: f"BM{1 + n % 9} {n % 10}AB")
    outward = factory.LazyAttribute(lambda p: p.postcode.split()[0])
    latitude = 53.742
    longitude = -1.912
    terminated = None
