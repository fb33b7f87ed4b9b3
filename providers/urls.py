from django.urls import path

from providers import views

app_name = "providers"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("sign-in/", views.login_view, name="login"),
    path("sign-out/", views.logout_view, name="logout"),
    path("signed-out/", views.signed_out, name="signed_out"),
    path("password-reset/", views.password_reset, name="password_reset"),
    path("password-reset/sent/", views.password_reset_done, name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("password-reset/done/", views.password_reset_complete, name="password_reset_complete"),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
    path("new-service/", views.service_new, name="service_new"),
    path("services/<slug:slug>/", views.service_detail, name="service_detail"),
    path("services/<slug:slug>/change/", views.service_change, name="service_change"),
    path("services/<slug:slug>/confirm/", views.service_confirm, name="service_confirm"),
    path("services/<slug:slug>/remove/", views.service_archive, name="service_archive"),
    path("changes/<int:pk>/", views.change_detail, name="change_detail"),
    path("changes/<int:pk>/edit/", views.change_edit, name="change_edit"),
    path("changes/<int:pk>/withdraw/", views.change_withdraw, name="change_withdraw"),
]
