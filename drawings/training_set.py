"""The one door for every change to a user's training set: their labels and their samples.

Every page, API view, admin action and command that changes a training set calls a function
here. Each makes the change through the models, which store it and mark the owners' classifiers
stale in one transaction, then asks for the owners' retrain (drawings.tasks): in the request with
the immediate backend, queued with the database backend. Adding a label or ordering labels
changes no classifier, so asks for none. tests/test_training_set.py walks every write path and
fails if a label, a sample or a classifier is written outside these functions.
"""

from collections import Counter

from drawings import samples_file, training
from drawings.models import Label, Sample, Split
from drawings.tasks import request_retrain


def ask_for_retrains(user_ids):
    """Ask for the users' retrains without a change: "Retrain now", and after every change."""
    for user_id in sorted(set(user_ids)):
        request_retrain(user_id)


def retrain_at_once(user_id):
    """Retrain in this process whatever the task backend, for a guess that can't wait: its
    stored pipeline could not be loaded. Returns the classifier."""
    return training.fit_and_store(user_id)


def owners(rows):
    return set(rows.values_list("user_id", flat=True))


def add_sample(user, label, features, split=Split.TRAIN):
    """Store a drawing under the user's label, which joins their set if it is new, as a training
    or a test drawing."""
    sample = Sample.add(user, label, features, split)
    ask_for_retrains([user.pk])
    return sample


def import_samples(user, lines, max_bytes=None, progress=None):
    """Add a whole samples.txt to the user's set, or none of it (samples_file.ImportRejected),
    then retrain once; returns {label: samples imported}."""
    samples = samples_file.read(lines, max_bytes=max_bytes, progress=progress)
    Sample.add_many(user, samples, progress=progress)
    if progress:
        progress("training", 0, None)
    ask_for_retrains([user.pk])
    return dict(Counter(name for name, _, _ in samples))


def delete_samples(samples):
    """Delete the samples of a queryset; returns how many were deleted."""
    user_ids = owners(samples)
    deleted, _ = samples.delete()
    ask_for_retrains(user_ids)
    return deleted


def move_samples(samples, label=None, split=None):
    """Move the samples of a queryset to their owners' label called `label`, which joins a set
    that lacks it, to `split` (training or test drawings), or both."""
    user_ids = owners(samples)
    samples.move(label=label, split=split)
    ask_for_retrains(user_ids)


def add_label(user, name):
    """The user's label called `name`, added at the end of their set if it is new."""
    return Label.get_or_add(user, name)


def order_labels(user, ids):
    """Number the user's labels in the order of `ids` (labels not among them keep theirs)."""
    Label.reorder(user, ids)


def rename_label(label, name):
    """Save the label under a new name: its samples now train that name."""
    label.rename(name)
    ask_for_retrains([label.user_id])


def delete_labels(labels):
    """Delete the labels of a queryset and their samples."""
    user_ids = owners(labels)
    labels.delete()
    ask_for_retrains(user_ids)
