from django.contrib import admin
from django.db.models import Count

from drawings.models import Classifier, Label, Sample


@admin.register(Sample)
class SampleAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "label", "created_at"]
    list_filter = [("user", admin.RelatedOnlyFieldListFilter), "label__name", "created_at"]
    search_fields = ["user__username", "label__name"]
    date_hierarchy = "created_at"
    list_select_related = ["user", "label"]
    readonly_fields = ["user", "label", "created_at"]
    fields = readonly_fields


@admin.register(Label)
class LabelAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "position", "sample_count"]
    list_filter = [("user", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["user__username", "name"]
    list_select_related = ["user"]
    readonly_fields = ["user"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(sample_count=Count("samples"))

    @admin.display(ordering="sample_count", description="samples")
    def sample_count(self, label):
        return label.sample_count


@admin.register(Classifier)
class ClassifierAdmin(admin.ModelAdmin):
    """Read-only: classifiers are written by training, never by hand."""

    list_display = ["user", "version", "algorithm", "n_samples", "trained_at", "stale"]
    list_filter = ["algorithm", "trained_at"]
    search_fields = ["user__username"]
    list_select_related = ["user"]
    fields = ["user", "version", "algorithm", "n_samples", "counts", "trained_at", "stale"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).defer("pipeline")

    @admin.display(boolean=True)
    def stale(self, classifier):
        return classifier.stale

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
