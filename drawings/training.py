"""Choosing a user's training set and fitting their classifier on it.

SLOW_IMPORT: drawings.ml's pipelines and persistence import scikit-learn and SciPy, about a
second. They are imported where a pipeline is fit or loaded, so that a command with nothing to
fit starts fast (tests/test_ml_package.py holds `retrain` to it).
"""

from collections import Counter
from itertools import groupby, islice
from operator import itemgetter

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from drawings.models import Classifier, Label, Sample, TrainingRecord, TrainingSpace
from drawings.report import MAX_SUSPECTS, classifier_report, suspects_report, test_report
from emojisite import generations


def newest_per_label(samples):
    """[(sample id, label name, features), ...] of a queryset of samples, label by label in the
    user's order, each label's newest first and at most CLASSIFIER_MAX_SAMPLES_PER_LABEL. The fit
    grows faster than the set: a few hundred drawings of a label teach it as well."""
    newest_first = samples.order_by("label__position", "label_id", "-id").values_list(
        "id", "label__name"
    )
    limit = settings.CLASSIFIER_MAX_SAMPLES_PER_LABEL
    chosen = [
        sample
        for _, of_label in groupby(newest_first, key=itemgetter(1))
        for sample in islice(of_label, limit)
    ]
    # Only the chosen drawings are read: after a large import, reading all is most of a retrain.
    ids = [sample_id for sample_id, _ in chosen]
    features = {}
    for start in range(0, len(ids), 5000):  # within any database's parameter limit
        batch = Sample.objects.filter(pk__in=ids[start : start + 5000])
        features.update(batch.values_list("id", "features"))
    # A drawing deleted between the two reads is left out: the delete asked for its own retrain.
    return [
        (sample_id, name, features[sample_id])
        for sample_id, name in chosen
        if sample_id in features
    ]


def training_samples(user_id):
    """The user's samples a fit learns from (see `newest_per_label`): training drawings only."""
    return newest_per_label(Sample.objects.filter(user_id=user_id).training())


def test_samples(user_id):
    """The user's test drawings a retrain measures the pipeline on; never fit on."""
    return newest_per_label(Sample.objects.filter(user_id=user_id).testing())


def fit_and_store(user_id):
    """Fit the user's pipeline on their current training drawings and store it, unless a newer
    one won, with the drawings as it compares them (TrainingSpace); measure it on their test
    drawings, and keep a TrainingRecord of it. Returns their Classifier as stored."""
    data_version = (
        Classifier.objects.filter(user_id=user_id).values_list("data_version", flat=True).get()
    )
    samples = training_samples(user_id)
    sample_ids = [sample_id for sample_id, _, _ in samples]
    labels = [name for _, name, _ in samples]
    drawings = [features for _, _, features in samples]
    tests = test_samples(user_id)
    test_labels = [name for _, name, _ in tests]
    algorithm = settings.CLASSIFIER_ALGORITHM
    pickle, guesses, folds, test_guesses, disagreements = None, None, None, None, []
    space = None
    if samples:
        from drawings.ml import neighbours, persistence, pipelines, suspects  # see SLOW_IMPORT

        training = pipelines.train(drawings, labels, algorithm)
        algorithm, guesses = training.algorithm, training.held_out_guesses
        folds, pickle = training.folds, persistence.pickled(training.pipeline)
        # As the stored pipeline compares them, which is what explains its guesses.
        stored = persistence.unpickled(pickle)
        space = neighbours.packed(sample_ids, neighbours.classified_space(stored, drawings))
        if training.held_out is not None:
            disagreements = suspects.disagreements(labels, training.held_out, MAX_SUSPECTS)
        if tests:
            test_drawings = [features for _, _, features in tests]
            test_guesses = pipelines.guesses(training.pipeline, test_drawings)
    label_names = list(Label.objects.filter(user_id=user_id).values_list("name", flat=True))
    report = classifier_report(label_names, sample_ids, labels, guesses, folds)
    report["test"] = test_report(label_names, test_labels, test_guesses)
    report["suspects"] = suspects_report(sample_ids, labels, disagreements)
    with transaction.atomic():
        classifier = (
            Classifier.objects.select_for_update().defer("pickle", "report").get(user_id=user_id)
        )
        if classifier.trained_data_version > data_version:
            return classifier  # a retrain that read newer samples finished first
        classifier.trained_data_version = data_version
        classifier.version += 1
        classifier.algorithm = algorithm
        classifier.trained_at = timezone.now()
        classifier.n_samples = len(samples)
        classifier.counts = dict(Counter(labels))
        classifier.pickle = pickle
        classifier.report = report
        classifier.save()
        if space is None:
            TrainingSpace.objects.filter(user_id=user_id).delete()
        else:
            TrainingSpace.objects.update_or_create(
                user_id=user_id, defaults={"version": classifier.version, "rows": space}
            )
        generations.announce_change(generations.CLASSIFIER, [user_id])
        TrainingRecord.objects.create(
            user_id=user_id,
            version=classifier.version,
            trained_at=classifier.trained_at,
            counts=classifier.counts,
            cv_accuracy=report["cv_accuracy"],
            test_accuracy=report["test"]["accuracy"],
            test_drawings=report["test"]["drawings"],
        )
    return classifier
