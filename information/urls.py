from django.urls import path

from information import views

app_name = "information"

urlpatterns = [
    path("information/", views.index, name="index"),
    path("information/<slug:section>/", views.section, name="section"),
    path("information/<slug:section>/<slug:slug>/", views.page, name="page"),
    path("organisations/<slug:slug>/", views.setting, name="setting"),
    path("booklet/", views.booklet_page, name="booklet"),
    path("booklet/<slug:variant>.pdf", views.booklet_download, name="booklet_download"),
    path(
        "booklet/<slug:variant>/volume-<int:number>.pdf",
        views.booklet_download,
        name="booklet_volume",
    ),
    path("booklet/request/", views.format_request, name="format_request"),
    path("booklet/request/sent/", views.format_request_sent, name="format_request_sent"),
    path("glossary/", views.glossary, name="glossary"),
]
