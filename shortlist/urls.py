from django.urls import path

from shortlist import views

app_name = "shortlist"

urlpatterns = [
    path("", views.my_list, name="list"),
    path("add/", views.add, name="add"),
    path("remove/", views.remove, name="remove"),
    path("notes/", views.notes, name="notes"),
    path("clear/", views.clear, name="clear"),
    path("print/", views.print_list, name="print"),
    path("download/", views.download, name="download"),
    path("shared/", views.shared, name="shared"),
]
