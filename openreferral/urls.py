from django.urls import path, re_path

from openreferral import views

app_name = "openreferral"

# The API's stub, the same for every endpoint as the UK profile asks.
API = "openreferral/v3/"

urlpatterns = [
    path("open-data/", views.open_data, name="open_data"),
    path(API, views.root, name="root"),
    path(f"{API}openapi.json", views.openapi, name="openapi"),
    path(f"{API}services", views.services, name="services"),
    path(f"{API}services/<str:id>", views.service, name="service"),
    path(f"{API}service_at_locations", views.service_at_locations, name="service_at_locations"),
    path(
        f"{API}service_at_locations/<str:id>",
        views.service_at_location,
        name="service_at_location",
    ),
    path(f"{API}organizations", views.organizations, name="organizations"),
    path(f"{API}organizations/<str:id>", views.organization, name="organization"),
    path(f"{API}taxonomies", views.taxonomies, name="taxonomies"),
    path(f"{API}taxonomies/<str:id>", views.taxonomy, name="taxonomy"),
    path(f"{API}taxonomy_terms", views.taxonomy_terms, name="taxonomy_terms"),
    path(f"{API}taxonomy_terms/<str:id>", views.taxonomy_term, name="taxonomy_term"),
    re_path(rf"^{API}(?P<rest>.*)$", views.not_found, name="not_found"),
]
