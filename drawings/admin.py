from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import render
from django.utils.html import format_html

from accounts.admin import UserAdmin
from drawings import samples_file, training_set
from drawings.models import Classifier, Label, Sample, Split, normalize_label_name
from drawings.thumbnails import data_uri


def picture(features, size):
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="" style="image-rendering: pixelated; '
        'background: #fff; border: 1px solid #ccc">',
        data_uri(features),
        size,
        size,
    )


def classifier_summary(classifier):
    """`v3 on 120 samples, 93% (stale)`: a classifier in one line."""
    if classifier is None or not classifier.version:
        return "not trained"
    status = f"v{classifier.version} on {classifier.n_samples} samples"
    accuracy = classifier.cv_accuracy
    if accuracy is not None:
        status += f", {accuracy:.0%} cross-validated"
    return status + (" (stale)" if classifier.stale else "")


class RelabelForm(forms.Form):
    label = forms.CharField(
        max_length=64, help_text="Added to each owner's labels if they don't have it yet."
    )

    def clean_label(self):
        try:
            return normalize_label_name(self.cleaned_data["label"])
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None


@admin.register(Sample)
class SampleAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "id", "user", "label", "split", "created_at"]
    list_display_links = ["thumbnail", "id"]
    list_filter = [
        ("user", admin.RelatedOnlyFieldListFilter),
        "split",
        "label__name",
        "created_at",
    ]
    search_fields = ["user__username", "label__name"]
    date_hierarchy = "created_at"
    list_select_related = ["user", "label"]
    readonly_fields = ["drawing", "user", "label", "split", "created_at"]
    fields = readonly_fields
    actions = ["relabel", "make_test", "make_training", "export"]

    @admin.display(description="drawing")
    def thumbnail(self, sample):
        return picture(sample.features, 42)

    @admin.display(description="drawing")
    def drawing(self, sample):
        return picture(sample.features, 224)

    def has_add_permission(self, request):
        return False  # samples are drawn or imported, not typed in

    def delete_model(self, request, sample):
        training_set.delete_samples(Sample.objects.filter(pk=sample.pk))

    def delete_queryset(self, request, queryset):
        training_set.delete_samples(queryset)

    @admin.action(permissions=["change"], description="Move the selected samples to a label")
    def relabel(self, request, queryset):
        form = RelabelForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            name = form.cleaned_data["label"]
            count = queryset.count()
            training_set.move_samples(queryset, label=name)
            self.message_user(request, f"Moved {count} samples to {name}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Move samples to a label",
            "opts": self.model._meta,
            "form": form,
            "samples": queryset,
            "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
        }
        return render(request, "admin/drawings/sample/relabel.html", context)

    @admin.action(permissions=["change"], description="Keep the selected samples as test drawings")
    def make_test(self, request, queryset):
        self.move_to_split(request, queryset, Split.TEST)

    @admin.action(permissions=["change"], description="Train on the selected samples")
    def make_training(self, request, queryset):
        self.move_to_split(request, queryset, Split.TRAIN)

    def move_to_split(self, request, queryset, split):
        count = queryset.count()
        training_set.move_samples(queryset, split=split)
        self.message_user(
            request, f"Made {count} samples {Split(split).label} drawings.", messages.SUCCESS
        )

    @admin.action(permissions=["view"], description="Export the selected samples as samples.txt")
    def export(self, request, queryset):
        return samples_file.download(queryset)


@admin.register(Label)
class LabelAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "position", "sample_count"]
    list_filter = [("user", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["user__username", "name"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]

    def get_readonly_fields(self, request, obj=None):
        return ["user"] if obj else []

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(sample_count=Count("samples"))

    def save_model(self, request, label, form, change):
        if change and "name" in form.changed_data:
            training_set.rename_label(label, label.name)  # saves the form's other fields too
        else:
            super().save_model(request, label, form, change)

    def delete_model(self, request, label):
        training_set.delete_labels(Label.objects.filter(pk=label.pk))

    def delete_queryset(self, request, queryset):
        training_set.delete_labels(queryset)

    @admin.display(ordering="sample_count", description="samples")
    def sample_count(self, label):
        return label.sample_count


@admin.register(Classifier)
class ClassifierAdmin(admin.ModelAdmin):
    """Read-only: classifiers are written by training, never by hand; an action retrains them."""

    list_display = ["user", "version", "algorithm", "n_samples", "accuracy", "trained_at", "stale"]
    list_filter = ["algorithm", "trained_at"]
    search_fields = ["user__username"]
    list_select_related = ["user"]
    fields = [
        "user",
        "version",
        "algorithm",
        "n_samples",
        "counts",
        "accuracy",
        "trained_at",
        "stale",
    ]
    readonly_fields = fields
    actions = ["ask_for_retrains"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("pickle")

    @admin.display(boolean=True)
    def stale(self, classifier):
        return classifier.stale

    @admin.display(description="cross-validated accuracy")
    def accuracy(self, classifier):
        value = classifier.cv_accuracy
        return "–" if value is None else f"{value:.0%}"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_retrain_permission(self, request):
        """Retraining rewrites the row, so it takes the change permission the form never grants."""
        return request.user.has_perm("drawings.change_classifier")

    @admin.action(permissions=["retrain"], description="Retrain the selected classifiers")
    def ask_for_retrains(self, request, queryset):
        user_ids = list(queryset.values_list("user_id", flat=True))
        training_set.ask_for_retrains(user_ids)
        self.message_user(
            request,
            f"Asked to retrain {len(user_ids)} classifiers; those up to date stay as they are.",
            messages.SUCCESS,
        )


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class TrainingSetUserAdmin(UserAdmin):
    """The account's user admin, plus how many samples each user has and how their model
    stands, and their training sets counted in what deleting them removes."""

    list_display = [*UserAdmin.list_display, "sample_count", "classifier_status"]
    readonly_fields = ["sample_count", "classifier_status"]
    fieldsets = [
        *UserAdmin.fieldsets,
        ("Training set", {"fields": ["sample_count", "classifier_status"]}),
    ]
    deleted_description = (
        "the account, its labels, samples, classifier, API tokens, sessions and sign-in records"
    )

    def get_queryset(self, request):
        users = super().get_queryset(request).annotate(sample_count=Count("samples"))
        return users.select_related("classifier").defer("classifier__pickle")

    @admin.display(ordering="sample_count", description="samples")
    def sample_count(self, user):
        return user.sample_count

    @admin.display(description="model")
    def classifier_status(self, user):
        return classifier_summary(getattr(user, "classifier", None))

    def deleted_counts(self, users):
        counts = super().deleted_counts(users)
        return {
            "users": counts.pop("users"),
            "labels": Label.objects.filter(user__in=users).count(),
            "samples": Sample.objects.filter(user__in=users).count(),
            "classifiers": Classifier.objects.filter(user__in=users).count(),
            **counts,
        }
