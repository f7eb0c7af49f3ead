"""What a training set is enough for: decided here, for fitting, calibrating and the report."""

from collections import Counter

# Folds for calibration and the report: three measure nearly as well as five, for less.
HELD_OUT_FOLDS = 3


def can_learn(labels):
    """Whether there is anything to tell apart: samples of two labels at least. With one label,
    every drawing is guessed as it."""
    return len(set(labels)) >= 2


def held_out_folds(labels, most=HELD_OUT_FOLDS):
    """How many cross-validation folds the samples allow: as many as the smallest label has
    samples, up to `most`; None while only one label has samples or a label has just one, which
    leaves nothing to hold out."""
    counts = Counter(labels)
    if len(counts) < 2 or min(counts.values()) < 2:
        return None
    return min(most, *counts.values())
