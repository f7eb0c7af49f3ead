"""How well a user's classifier knows their labels, from its guesses for held-out samples.

The report is plain JSON stored on the Classifier at retrain and shown as is by `GET /api/model/`.
"""

from collections import Counter, defaultdict

MAX_CONFUSED_PAIRS = 5
MAX_EXAMPLES = 3

NO_SAMPLES = "No samples yet."
ONE_LABEL = "Add a second label: with one, every drawing is guessed as that label."
TOO_FEW = "Give each label at least 2 samples to measure accuracy."


def model_report(sample_ids, labels, guesses, folds):
    """The report for samples given in the user's label order (as `labels` first appear), with
    the pipeline's cross-validated guess for each, or None when it couldn't be measured."""
    counts = Counter(labels)
    if guesses is None:
        return unmeasured(counts)
    return summarise(counts, sample_ids, labels, guesses, folds)


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
