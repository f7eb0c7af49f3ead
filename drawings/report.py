"""How well a user's classifier knows their labels, from its guesses for held-out samples.

The report is plain JSON stored on the Classifier at retrain and shown as is by `GET /api/model/`;
its sentences are stored in English and translated when shown (serializers.TranslatedField).
"""

from collections import Counter, defaultdict

from django.utils.translation import gettext_noop

MAX_CONFUSED_PAIRS = 5
MAX_EXAMPLES = 3
# How many drawings that may teach the classifier the wrong thing a report lists.
MAX_SUSPECTS = 20

NO_SAMPLES = gettext_noop("No samples yet.")
NO_TEST_DRAWINGS = gettext_noop(
    "No test drawings yet: keep a few drawings as test drawings, and it is measured on them."
)
NOTHING_TO_TEST = gettext_noop("No classifier to test yet: it needs training drawings first.")
ONE_LABEL = gettext_noop(
    "Only one label has samples, so every drawing is guessed as it: draw another label."
)
TOO_FEW = gettext_noop("Give each label at least 2 samples to measure accuracy.")


def classifier_report(label_names, sample_ids, labels, guesses, folds):
    """The report on the user's labels (`label_names`, in their order) from each sample's label
    and the pipeline's cross-validated guess for it; `guesses` is None when there are none.

    The label that most needs samples is one with fewer than 2 (the fewest first), or else the
    one guessed worst (the one with fewer samples on a tie); none when every guess was right.
    """
    counts = {name: 0 for name in label_names} | Counter(labels)
    fewest = min(counts, key=counts.get, default=None)
    if guesses is None:
        return {
            "cv_accuracy": None,
            "folds": None,
            "per_label": [
                {"label": label, "samples": count, "accuracy": None}
                for label, count in counts.items()
            ],
            "confused": [],
            "needs_samples": fewest,
            "detail": why_unmeasured(counts),
        }
    right = Counter(label for label, guess in zip(labels, guesses, strict=True) if guess == label)
    per_label = [
        {"label": label, "samples": count, "accuracy": right[label] / count if count else None}
        for label, count in counts.items()
    ]
    if counts[fewest] < 2:
        needs_samples = fewest
    else:
        worst = min(per_label, key=lambda entry: (entry["accuracy"], entry["samples"]))
        needs_samples = worst["label"] if worst["accuracy"] < 1 else None
    return {
        "cv_accuracy": sum(right.values()) / len(labels),
        "folds": folds,
        "per_label": per_label,
        "confused": confusions(sample_ids, labels, guesses, counts),
        "needs_samples": needs_samples,
    }


def why_unmeasured(counts):
    """Why accuracy couldn't be measured."""
    drawn = [count for count in counts.values() if count]
    if not drawn:
        return NO_SAMPLES
    return ONE_LABEL if len(drawn) == 1 else TOO_FEW


def confusions(sample_ids, labels, guesses, counts):
    """The pairs of labels most often confused, with a few of the samples taken for the other."""
    mistakes = defaultdict(list)
    for sample_id, label, guess in zip(sample_ids, labels, guesses, strict=True):
        if guess != label:
            mistakes[label, guess].append(sample_id)
    pairs = [
        {
            "label": label,
            "taken_for": guess,
            "count": len(ids),
            "rate": len(ids) / counts[label],
            "examples": ids[:MAX_EXAMPLES],
        }
        for (label, guess), ids in mistakes.items()
    ]
    pairs.sort(key=lambda pair: (-pair["count"], -pair["rate"]))
    return pairs[:MAX_CONFUSED_PAIRS]


def test_report(label_names, labels, guesses):
    """How the classifier does on the user's test drawings, which it was never fit on: overall
    and per label (`label_names` in the user's order, then any other label tested), with counts.

    `guesses` is None when there is no classifier to test.
    """
    drawings = {name: 0 for name in label_names} | Counter(labels)
    if not labels or guesses is None:
        return {
            "accuracy": None,
            "drawings": len(labels),
            "right": None,
            "per_label": [],
            "detail": NOTHING_TO_TEST if labels else NO_TEST_DRAWINGS,
        }
    right = Counter(label for label, guess in zip(labels, guesses, strict=True) if guess == label)
    return {
        "accuracy": right.total() / len(labels),
        "drawings": len(labels),
        "right": right.total(),
        "per_label": [
            {
                "label": label,
                "drawings": count,
                "right": right[label],
                "accuracy": right[label] / count,
            }
            for label, count in drawings.items()
            if count
        ],
    }


def suspects_report(sample_ids, labels, disagreements):
    """The training drawings the classifier strongly disagrees with, held out, strongest first:
    `disagreements` as drawings.ml.suspects.disagreements gives them, for `sample_ids`."""
    return [
        {
            "sample": sample_ids[index],
            "label": labels[index],
            "guess": guess,
            "label_score": label_score,
            "guess_score": guess_score,
        }
        for index, guess, label_score, guess_score in disagreements
    ]
