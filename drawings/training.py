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

from drawings.models import Classifier, Label, Sample
from drawings.report import classifier_report


def training_samples(user_id):
    """[(sample id, label name, features), ...]: the user's samples a fit learns from, label by
    label in their order, each label's newest first and at most CLASSIFIER_MAX_SAMPLES_PER_LABEL.
    The fit grows faster than the set: a few hundred drawings of a label teach it as well."""
    newest_first = (
        Sample.objects.filter(user_id=user_id)
        .order_by("label__position", "label_id", "-id")
        .values_list("id", "label__name")
    )
    limit = settings.CLASSIFIER_MAX_SAMPLES_PER_LABEL
    chosen = [
        sample
        for _, of_label in groupby(newest_first, key=itemgetter(1))
        for sample in islice(of_label, limit)
    ]
    # Only the chosen drawings are read: after a 50,000-line import, reading all took seconds.
    ids = [sample_id for sample_id, _ in chosen]
    features = {}
    for start in range(0, len(ids), 5000):  # within any database's parameter limit
        batch = Sample.objects.filter(pk__in=ids[start : start + 5000])
        features.update(batch.values_list("id", "features"))
    return [(sample_id, name, features[sample_id]) for sample_id, name in chosen]


def retrain(user_id):
    """Fit the user's pipeline on their current samples and store it, unless a newer one won.
    Returns their Classifier as stored."""
    data_version = (
        Classifier.objects.filter(user_id=user_id).values_list("data_version", flat=True).get()
    )
    samples = training_samples(user_id)
    sample_ids = [sample_id for sample_id, _, _ in samples]
    labels = [name for _, name, _ in samples]
    drawings = [features for _, _, features in samples]
    algorithm = settings.CLASSIFIER_ALGORITHM
    pickle, guesses, folds = None, None, None
    if samples:
        from drawings.ml import persistence, pipelines  # see SLOW_IMPORT

        training = pipelines.train(drawings, labels, algorithm)
        algorithm, guesses = training.algorithm, training.held_out_guesses
        folds, pickle = training.folds, persistence.pickled(training.pipeline)
    label_names = Label.objects.filter(user_id=user_id).values_list("name", flat=True)
    report = classifier_report(list(label_names), sample_ids, labels, guesses, folds)
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
    return classifier
