"""Officers can look a postcode up; the table itself is loaded by `import_postcodes`."""

from django.contrib import admin

from postcodes.models import Postcode


@admin.register(Postcode)
class PostcodeAdmin(admin.ModelAdmin):
    list_display = ["postcode", "latitude", "longitude", "terminated"]
    search_fields = ["=postcode", "=outward"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
