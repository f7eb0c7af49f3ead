"""How well a user's classifier knows their labels, measured by cross-validation at retrain time.

The report is plain JSON stored on the Classifier and shown as is by `GET /api/model/`.
"""

from collections import Counter, defaultdict

from sklearn.model_selection import StratifiedKFold, train_test_split

from drawings import pipeline

# Three folds measure nearly as well as five, and retraining must stay quick.
MAX_FOLDS = 3
# Cross-validating more samples than this would make every retrain slow; a stratified subset of
# this many measures the accuracy well enough.
MAX_MEASURED_SAMPLES = 300
MAX_CONFUSED_PAIRS = 5
MAX_EXAMPLES = 3

NO_SAMPLES = "No samples yet."
ONE_LABEL = "Add a second label: with one, every drawing is guessed as that label."
TOO_FEW = "Give each label at least 2 samples to measure accuracy."


def model_report(sample_ids, drawings, labels, algorithm):
    """The report for a training set given in the user's label order (as `labels` first appear)."""
    counts = Counter(labels)
    if len(counts) < 2 or min(counts.values()) < 2:
        return unmeasured(counts)
    measured = list(range(len(labels)))
    detail = None
    if len(labels) > MAX_MEASURED_SAMPLES:
        measured, _ = train_test_split(
            measured, train_size=MAX_MEASURED_SAMPLES, stratify=labels, random_state=0
        )
        measured.sort()
        detail = (
            f"Accuracy measured on {MAX_MEASURED_SAMPLES} of your {len(labels)} samples, "
            "to keep retraining fast."
        )
    measured_labels = [labels[i] for i in measured]
    folds = min(MAX_FOLDS, *Counter(measured_labels).values())
    guesses = pipeline.cross_validated_guesses(
        [drawings[i] for i in measured],
        measured_labels,
        algorithm,
        StratifiedKFold(folds, shuffle=True, random_state=0),
    )
    report = summarise(counts, [sample_ids[i] for i in measured], measured_labels, guesses, folds)
    if detail:
        report["detail"] = detail
    return report


def unmeasured(counts):
    """The report when accuracy can't be measured: the label with fewest samples needs more."""
    if not counts:
        detail, needs_samples = NO_SAMPLES, None
    else:
        detail = ONE_LABEL if len(counts) == 1 else TOO_FEW
        needs_samples = min(counts, key=counts.get)
    return {
        "cv_accuracy": None,
        "folds": None,
        "per_label": [
            {"label": label, "samples": count, "accuracy": None} for label, count in counts.items()
        ],
        "confused": [],
        "needs_samples": needs_samples,
        "detail": detail,
    }


def summarise(counts, sample_ids, labels, guesses, folds):
    """The report's figures from each measured sample's label and cross-validated guess.

    `counts` gives every label's number of samples, in the user's order. The label that most
    needs samples is the one guessed worst (the one with fewer samples on a tie); none when every
    guess was right.
    """
    right = Counter()
    measured = Counter(labels)
    mistakes = defaultdict(list)
    for sample_id, label, guess in zip(sample_ids, labels, guesses, strict=True):
        if guess == label:
            right[label] += 1
        else:
            mistakes[label, guess].append(sample_id)
    per_label = [
        {"label": label, "samples": count, "accuracy": right[label] / measured[label]}
        for label, count in counts.items()
    ]
    confused = sorted(
        (
            {
                "label": label,
                "taken_for": guess,
                "count": len(ids),
                "rate": len(ids) / measured[label],
                "examples": ids[:MAX_EXAMPLES],
            }
            for (label, guess), ids in mistakes.items()
        ),
        key=lambda pair: (-pair["count"], -pair["rate"]),
    )
    worst = min(per_label, key=lambda entry: (entry["accuracy"], entry["samples"]))
    return {
        "cv_accuracy": sum(right.values()) / len(labels),
        "folds": folds,
        "per_label": per_label,
        "confused": confused[:MAX_CONFUSED_PAIRS],
        "needs_samples": worst["label"] if worst["accuracy"] < 1 else None,
    }
