from django.urls import path

from consultation import views

app_name = "consultation"

urlpatterns = [
    path("how-we-develop-our-local-offer/", views.how_we_develop, name="how_we_develop"),
]
