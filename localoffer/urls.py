from django.contrib import admin
from django.urls import include, path

from directory import views as directory_views

admin.site.site_header = "Local Offer administration"
admin.site.site_title = "Local Offer administration"
admin.site.index_title = "Manage the Local Offer"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", directory_views.home, name="home"),
    path("", include("core.urls")),
    path("", include("directory.urls")),
    path("feedback/", include("feedback.urls")),
    path("my-list/", include("shortlist.urls")),
    path("provider/", include("providers.urls")),
    path("", include("openreferral.urls")),
    path("", include("consultation.urls")),
]

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
