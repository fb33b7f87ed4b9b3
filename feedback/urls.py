from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("", views.comment, name="comment"),
    path("sent/", views.comment_sent, name="comment_sent"),
    path("reports/", views.report_list, name="report_list"),
    path("reports/<slug:slug>/", views.report_detail, name="report_detail"),
    path("reports/<slug:slug>/download.csv", views.report_csv, name="report_csv"),
]
