"""The site's URLs under /offer/, for tests that swap ROOT_URLCONF."""

from django.urls import include, path

urlpatterns = [path("offer/", include("localoffer.urls"))]
