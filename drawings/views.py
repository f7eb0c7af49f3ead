from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from drawings import serializers, training_set
from drawings.charts import accuracy_chart, percent
from drawings.models import Classifier, Label, QuizResult, Sample, Split, TrainingRecord
from drawings.serializers import classifier_status


@login_required
def draw(request):
    """The canvas, with the user's labels, counts and model status to start from."""
    labels = Label.objects.filter(user=request.user).with_counts()
    initial_state = {
        "labels": serializers.LabelSerializer(labels, many=True).data,
        "model": classifier_status(request.user),
        "urls": {
            "train": reverse("api-train"),
            "predict": reverse("api-predict"),
            "delete": reverse("api-delete"),
            "model": reverse("api-model"),
            "labels": reverse("api-labels-list"),
            "samples": reverse("api-samples-list"),
            "quiz": reverse("api-quiz"),
        },
        "quiz_rounds": QuizResult.ROUNDS,
    }
    context = {"initial_state": initial_state, "quiz_rounds": QuizResult.ROUNDS}
    return render(request, "drawings/draw.html", context)


GALLERY_PAGE_SIZE = 96


def gallery_context(request, labels, samples):
    """The labels with their counts and a page of the samples, grouped by label in that order.

    Shared with the read-only gallery a teacher sees of a pupil (classrooms.views).
    """
    labels = list(labels.with_counts())
    selected = None
    if request.GET.get("label"):
        selected = next((label for label in labels if str(label.pk) == request.GET["label"]), None)
        if selected is None:
            raise Http404(_("You have no such label."))
        samples = samples.filter(label=selected)
    split = request.GET.get("split")
    if split:
        if split not in Split.values:
            raise Http404(_("There is no such split."))
        samples = samples.filter(split=split)
    samples = samples.order_by("label__position", "label_id", "-created_at", "-id")
    page = Paginator(samples, GALLERY_PAGE_SIZE).get_page(request.GET.get("page"))
    # The labels with their counts, rather than one bare copy per sample (a label added since
    # the list was read is loaded on its own).
    by_id = {label.pk: label for label in labels}
    page.object_list = list(page.object_list)
    for sample in page.object_list:
        if sample.label_id in by_id:
            sample.label = by_id[sample.label_id]
    filters = {"label": selected.pk if selected else None, "split": split}
    return {
        "labels": labels,
        "selected": selected,
        "split": split,
        # The filters as a query string that page links carry on.
        "filters": urlencode({key: value for key, value in filters.items() if value}),
        "page": page,
        "total": sum(label.count + label.test_count for label in labels),
        "test_total": sum(label.test_count for label in labels),
    }


@login_required
def gallery(request):
    """The user's samples as pictures, grouped by label in the user's order, a page at a time."""
    context = gallery_context(
        request, Label.objects.filter(user=request.user), Sample.objects.filter(user=request.user)
    )
    initial_state = {
        "labels": [{"id": label.pk, "name": label.name} for label in context["labels"]],
        "urls": {
            "samples": reverse("api-samples-list"),
            "labels": reverse("api-labels-list"),
            "order": reverse("api-labels-order"),
            "delete": reverse("api-delete"),
            "import": reverse("api-import"),
        },
    }
    context |= {
        "max_import_mb": settings.SAMPLES_IMPORT_MAX_BYTES // 2**20,
        "initial_state": initial_state,
        "suspects": suspects_for_page(request.user, stored_report(request.user)),
    }
    return render(request, "drawings/gallery.html", context)


@login_required
def gallery_sample(request, pk):
    """One of the user's samples, shown on the gallery page that holds it."""
    sample = get_object_or_404(Sample.objects.filter(user=request.user), pk=pk)
    in_order = Sample.objects.filter(user=request.user, label=sample.label_id).order_by(
        "-created_at", "-id"
    )
    before = in_order.filter(
        Q(created_at__gt=sample.created_at) | Q(created_at=sample.created_at, id__gt=sample.pk)
    ).count()
    query = urlencode({"label": sample.label_id, "page": before // GALLERY_PAGE_SIZE + 1})
    return redirect(f"{reverse('gallery')}?{query}#sample-{sample.pk}")


def stored_report(user):
    return Classifier.objects.filter(user=user).values_list("report", flat=True).first() or {}


def report_for_page(user, report):
    """The report with percentages and each confused pair's example drawings attached."""
    per_label = report.get("per_label") or []
    confused = report.get("confused") or []
    example_ids = [pk for pair in confused for pk in pair.get("examples") or []]
    # Only the user's own samples, whatever ids the report holds.
    examples = Sample.objects.filter(user=user, pk__in=example_ids).in_bulk()
    return {
        "cv_accuracy": percent(report.get("cv_accuracy")),
        "folds": report.get("folds"),
        "per_label": [{**row, "percent": percent(row.get("accuracy"))} for row in per_label],
        "confused": [
            {
                **pair,
                "percent": percent(pair.get("rate")),
                "drawings": [examples[pk] for pk in pair.get("examples") or [] if pk in examples],
            }
            for pair in confused
        ],
        "needs_samples": report.get("needs_samples"),
        "detail": report.get("detail"),
        "test": test_for_page(report.get("test")),
    }


def suspects_for_page(user, report):
    """The report's suspect drawings that are still the user's training drawings of the label
    the report saw, with their samples and percentages."""
    suspects = report.get("suspects") or []
    samples = (
        Sample.objects.filter(user=user, pk__in=[suspect["sample"] for suspect in suspects])
        .training()
        .select_related("label")
        .in_bulk()
    )
    return [
        {
            **suspect,
            "sample": samples[suspect["sample"]],
            "label_percent": percent(suspect["label_score"]),
            "guess_percent": percent(suspect["guess_score"]),
        }
        for suspect in suspects
        if suspect["sample"] in samples
        and samples[suspect["sample"]].label.name == suspect["label"]
    ]


def test_for_page(test):
    """The test drawings' part of the report with percentages, or None before it was measured."""
    if test is None:
        return None
    return {
        **test,
        "percent": percent(test.get("accuracy")),
        "per_label": [{**row, "percent": percent(row["accuracy"])} for row in test["per_label"]],
    }


def model_context(classifier, labels, report):
    """The model page's context: drawings per label of `labels` and the report made for a page.

    Shared with the read-only model page a teacher sees of a pupil (classrooms.views).
    """
    counts = {label.name: label.count for label in labels.with_counts()}
    largest = max(counts.values(), default=0) or 1
    return {
        "classifier": classifier,
        "sizes": [
            {"label": name, "count": count, "percent": round(100 * count / largest)}
            for name, count in counts.items()
        ],
        "report": report_for_page(classifier.user_id, report),
    }


@login_required
def model(request):
    """How well the user's classifier does, label by label, and what it was trained on."""
    classifier = Classifier.objects.defer("pickle").get(user=request.user)
    labels = Label.objects.filter(user=request.user)
    context = model_context(classifier, labels, classifier.report or {})
    context |= {
        "suspects": suspects_for_page(request.user, classifier.report or {}),
        "history": accuracy_chart(TrainingRecord.latest_for(request.user)),
        "quiz": QuizResult.last_for(request.user),
    }
    return render(request, "drawings/model.html", context)


@login_required
@require_POST
def retrain_now(request):
    """The "Retrain now" button: refit on the current samples, then back to the model page."""
    training_set.ask_for_retrains([request.user.pk])
    classifier = Classifier.objects.defer("pickle").get(user=request.user)
    if classifier.stale:
        messages.info(
            request, _("Retraining on your current samples; reload to see the new model.")
        )
    else:
        count = classifier.n_samples
        message = ngettext(
            "Up to date: trained on your %(count)s sample.",
            "Up to date: trained on your %(count)s samples.",
            count,
        )
        messages.success(request, message % {"count": intcomma(count)})
    return redirect("model")
