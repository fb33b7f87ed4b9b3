from django.urls import path

from directory import views

app_name = "directory"

urlpatterns = [
    path("services/", views.service_search, name="service_search"),
    path("services/<slug:slug>/", views.service_detail, name="service_detail"),
]
