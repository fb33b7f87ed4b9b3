from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Local Offer administration"
admin.site.site_title = "Local Offer administration"
admin.site.index_title = "Manage the Local Offer"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("core.urls")),
    path("", include("directory.urls")),
    path("feedback/", include("feedback.urls")),
]

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
