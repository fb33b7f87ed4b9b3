from django.urls import path

from information import views

app_name = "information"

urlpatterns = [
    path("information/", views.index, name="index"),
    path("information/<slug:section>/", views.section, name="section"),
    path("information/<slug:section>/<slug:slug>/", views.page, name="page"),
    path("organisations/<slug:slug>/", views.setting, name="setting"),
]
