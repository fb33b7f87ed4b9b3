from django.contrib import admin
from django.urls import include, path

from directory import views as directory_views
from information import admin_views as information_admin
from security import views as security_views

admin.site.site_header = "Local Offer administration"
admin.site.site_title = "Local Offer administration"
admin.site.index_title = "Manage the Local Offer"

urlpatterns = [
    # Officers' compliance screens live under admin/ but belong to the information app.
    path(
        "admin/compliance/",
        admin.site.admin_view(information_admin.compliance_dashboard),
        name="information_dashboard",
    ),
    path(
        "admin/compliance/coverage/",
        admin.site.admin_view(information_admin.coverage),
        name="information_coverage",
    ),
    path(
        "admin/compliance/coverage.csv",
        admin.site.admin_view(information_admin.coverage_csv),
        name="information_coverage_csv",
    ),
    path(
        "admin/compliance/reading-ease/",
        admin.site.admin_view(information_admin.reading_ease),
        name="information_reading_ease",
    ),
    path("admin/", admin.site.urls),
    path(".well-known/security.txt", security_views.security_txt, name="security_txt"),
    path("", directory_views.home, name="home"),
    path("", include("core.urls")),
    path("", include("directory.urls")),
    path("feedback/", include("feedback.urls")),
    path("my-list/", include("shortlist.urls")),
    path("provider/", include("providers.urls")),
    path("", include("openreferral.urls")),
    path("", include("consultation.urls")),
    path("", include("information.urls")),
]

handler404 = "core.views.page_not_found"
handler500 = "security.views.server_error"
