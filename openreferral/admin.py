"""Admin for officers: open data feeds, their term mappings and what came from where."""

from django.contrib import admin
from django.db.models import Count, Q
from simple_history.admin import SimpleHistoryAdmin

from openreferral.models import FeedSource, ImportedRecord, TermMapping


class TermMappingInline(admin.TabularInline):
    model = TermMapping
    fields = ["taxonomy_name", "term_name", "need", "area", "ignored"]
    readonly_fields = ["taxonomy_name", "term_name"]
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False  # terms arrive with the feed


@admin.register(FeedSource)
class FeedSourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "title", "trusted", "last_imported", "unmapped_terms"]
    readonly_fields = ["last_imported", "resume_page", "last_report"]
    fields = ["name", "title", "url", "trusted", "last_imported", "resume_page", "last_report"]
    inlines = [TermMappingInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                unmapped=Count(
                    "terms",
                    filter=Q(terms__need=None, terms__area=None, terms__ignored=False),
                )
            )
        )

    @admin.display(description="unmapped terms", ordering="unmapped")
    def unmapped_terms(self, obj):
        return obj.unmapped


class MappedFilter(admin.SimpleListFilter):
    title = "mapping"
    parameter_name = "mapped"

    def lookups(self, request, model_admin):
        return [("no", "Not mapped yet"), ("yes", "Mapped or ignored")]

    def queryset(self, request, queryset):
        unmapped = Q(need=None, area=None, ignored=False)
        if self.value() == "no":
            return queryset.filter(unmapped)
        if self.value() == "yes":
            return queryset.exclude(unmapped)
        return queryset


@admin.register(TermMapping)
class TermMappingAdmin(SimpleHistoryAdmin):
    list_display = ["term_name", "taxonomy_name", "source", "need", "area", "ignored"]
    list_filter = [MappedFilter, "source"]
    list_editable = ["need", "area", "ignored"]
    search_fields = ["term_name", "taxonomy_name"]
    readonly_fields = ["source", "term_id", "term_name", "taxonomy_name"]
    fields = ["source", "taxonomy_name", "term_name", "term_id", "need", "area", "ignored"]
    list_select_related = ["source", "need", "area"]

    def has_add_permission(self, request):
        return False


@admin.register(ImportedRecord)
class ImportedRecordAdmin(admin.ModelAdmin):
    list_display = ["entry_id", "kind", "source", "service", "organisation", "last_seen"]
    list_filter = ["source", "kind"]
    search_fields = ["entry_id", "service__name", "organisation__name"]
    list_select_related = ["source", "service", "organisation"]
    readonly_fields = [f.name for f in ImportedRecord._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
