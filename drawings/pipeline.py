"""The scikit-learn side: how a user's drawings become a fitted, pickled, predicting pipeline.

A drawing enters as a 28×28 grid `features[column][row]` and is flattened to 784 numbers in that
order; everything that happens to it after that lives inside the Pipeline, so what is pickled is
exactly what predicts.
"""

import io
from collections import Counter

import joblib
import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import logsumexp, softmax
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

from drawings.augmentation import Augmented
from drawings.fields import GRID_SIZE
from drawings.preprocessing import CentredInBox, Deskew, PixelsAndDirections, Smooth

# Folds for calibration and the model report: three measure nearly as well as five, for less.
HELD_OUT_FOLDS = 3
# Below this best score the guess is "not sure". Scores are calibrated, so the best score is
# about the chance that the guess is right.
CONFIDENT_SCORE = 0.7


def as_logits(decisions):
    """Decision values as one column per class: a binary classifier's single d becomes (-d, d)."""
    decisions = np.asarray(decisions, dtype=np.float64)
    return np.column_stack([-decisions, decisions]) if decisions.ndim == 1 else decisions


def fitted_temperature(logits, targets):
    """The temperature T that makes softmax(logits / T) fit the target columns best."""

    def log_loss(log_temperature):
        scaled = logits / np.exp(log_temperature)
        return np.mean(logsumexp(scaled, axis=1) - scaled[np.arange(len(targets)), targets])

    return float(np.exp(minimize_scalar(log_loss, bounds=(-10, 10), method="bounded").x))


class Calibrated(ClassifierMixin, BaseEstimator):
    """`estimator` with scores that are probabilities: its decision values softened by one
    temperature, chosen to fit its guesses for samples held out of cross-validation (as many
    folds as the smallest label allows, up to `folds`). Those guesses are kept in
    `held_out_guesses_`, and their calibrated scores in `held_out_scores_` (one column per
    class), so the model report costs no extra fits.

    One parameter learns well from a handful of samples where per-label sigmoids did not: in
    bench/accuracy.py those scored most guesses 0.5 to 0.8 although 95% of them were right.

    `groups`, if given to fit, says which sample each row was made from (see `Augmented`): a
    sample is held out with all its rows, and only its first row is guessed, so the guesses are
    for the drawings as they were.

    A label with a single sample leaves nothing to hold out; then `fallback`, a classifier
    whose scores are probabilities by construction, is fit instead.
    """

    def __init__(self, estimator, fallback, folds=HELD_OUT_FOLDS):
        self.estimator = estimator
        self.fallback = fallback
        self.folds = folds

    def fit(self, X, y, groups=None):
        X, y = np.asarray(X), np.asarray(y)
        groups = np.arange(len(y)) if groups is None else np.asarray(groups)
        _, first_rows = np.unique(groups, return_index=True)
        classes, targets, counts = np.unique(y[first_rows], return_inverse=True, return_counts=True)
        if counts.min() < 2:
            self.estimator_ = clone(self.fallback).fit(X, y)
            self.temperature_ = self.held_out_guesses_ = self.folds_ = None
            self.held_out_scores_ = None
        else:
            folds = StratifiedKFold(min(self.folds, counts.min()), shuffle=True, random_state=0)
            held_out = np.zeros((len(first_rows), max(len(classes), 2)))
            for train, test in folds.split(first_rows, targets):
                rows = np.isin(groups, groups[first_rows[train]])
                fold = clone(self.estimator).fit(X[rows], y[rows])
                held_out[test] = as_logits(fold.decision_function(X[first_rows[test]]))
            self.estimator_ = clone(self.estimator).fit(X, y)
            self.temperature_ = fitted_temperature(held_out, targets)
            self.held_out_guesses_ = classes[held_out.argmax(axis=1)]
            self.held_out_scores_ = softmax(held_out / self.temperature_, axis=1)
            self.folds_ = folds.n_splits
        self.classes_ = self.estimator_.classes_
        return self

    def predict_proba(self, X):
        if self.temperature_ is None:
            return self.estimator_.predict_proba(X)
        return softmax(as_logits(self.estimator_.decision_function(X)) / self.temperature_, axis=1)

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]


class CompactSVC(SVC):
    """An SVC that pickles its support vectors as float32: they are nearly all of a stored
    pipeline, so it is half the bytes to write, read and keep in memory, and its decision values
    change by rounding alone (about 1e-7 of their size)."""

    def __getstate__(self):
        state = dict(super().__getstate__())  # a copy: the fitted SVC keeps its float64
        if "support_vectors_" in state:
            state["support_vectors_"] = state["support_vectors_"].astype(np.float32)
        return state

    def __setstate__(self, state):
        if "support_vectors_" in state:
            state["support_vectors_"] = state["support_vectors_"].astype(np.float64)
        super().__setstate__(state)


def tree():
    """The teaching app's classifier: a decision tree on raw pixels."""
    return Pipeline([("classifier", DecisionTreeClassifier(random_state=0))])


def svm():
    """Drawings centred, scaled, straightened and smoothed; a kernel SVM on their pixels and
    stroke directions, fit on them and on distorted copies of them, with calibrated scores.

    The copies are made, and their features computed, once per fit: the calibration's
    cross-validation folds take their rows from them.
    """
    classifier = Pipeline(
        [
            ("features", PixelsAndDirections()),
            (
                "calibrated",
                Calibrated(
                    CompactSVC(C=10, gamma=2, break_ties=True),
                    fallback=LogisticRegression(C=10, max_iter=1000),
                ),
            ),
        ]
    )
    return Pipeline(
        [
            ("centre", CentredInBox(box=16, size=20)),
            ("deskew", Deskew()),
            ("smooth", Smooth(sigma=0.5)),
            (
                "classifier",
                Augmented(
                    classifier, copies=5, max_samples=1800, groups_param="calibrated__groups"
                ),
            ),
        ]
    )


def calibration(fitted):
    """The Calibrated step of a fitted pipeline, or None if it has none."""
    classifier = fitted[-1]
    if isinstance(classifier, Augmented):
        classifier = classifier.estimator_[-1]
    return classifier if isinstance(classifier, Calibrated) else None


ALGORITHMS = {"tree": tree, "svm": svm}


def as_matrix(drawings):
    """Stack 28×28 grids into the (n, 784) matrix every pipeline takes."""
    return np.asarray(drawings, dtype=np.float64).reshape(-1, GRID_SIZE * GRID_SIZE)


def build(algorithm):
    if algorithm not in ALGORITHMS:
        raise ValueError(f"Unknown algorithm {algorithm!r}; choose one of {sorted(ALGORITHMS)}.")
    return ALGORITHMS[algorithm]()


def fit(drawings, labels, algorithm):
    """A pipeline fit on the drawings; with a single label there is nothing to learn but that."""
    if len(set(labels)) == 1:
        fitted = Pipeline([("classifier", DummyClassifier(strategy="prior"))])
    else:
        fitted = build(algorithm)
    return fitted.fit(as_matrix(drawings), np.asarray(labels, dtype=object))


def held_out_guesses(fitted, drawings, labels):
    """(guesses, folds): what the pipeline guesses for each drawing when fit on the other folds,
    or (None, None) while some label has fewer than 2 samples."""
    held_out = held_out_scores(fitted, drawings, labels)
    if held_out is None:
        return None, None
    classes, scores, folds = held_out
    return classes[scores.argmax(axis=1)], folds


def held_out_scores(fitted, drawings, labels):
    """(classes, scores, folds): each drawing's score for each class (a column per class) when
    the pipeline is fit on the other folds; None while some label has fewer than 2 samples.

    A calibrated classifier made these while fitting; any other is cross-validated.
    """
    calibrated = calibration(fitted)
    if calibrated is not None and calibrated.held_out_scores_ is not None:
        classes = np.asarray(calibrated.classes_, dtype=object)
        return classes, calibrated.held_out_scores_, calibrated.folds_
    counts = Counter(labels)
    if len(counts) < 2 or min(counts.values()) < 2:
        return None
    folds = min(HELD_OUT_FOLDS, *counts.values())
    scores = cross_val_predict(
        clone(fitted),
        as_matrix(drawings),
        np.asarray(labels, dtype=object),
        cv=StratifiedKFold(folds, shuffle=True, random_state=0),
        method="predict_proba",
    )
    return np.asarray(sorted(counts), dtype=object), scores, folds


# A training drawing is suspect when, held out, it scores at most this for its own label and
# the classifier guesses another: likely mislabelled, or drawn unlike the others.
SUSPECT_SCORE = 0.25


def disagreements(labels, classes, scores, limit):
    """[(index, guess, own score, guess score)] of the drawings whose held-out guess strongly
    disagrees with their label, the strongest disagreement first, at most `limit`."""
    column = {label: index for index, label in enumerate(classes)}
    found = []
    for index, (label, row) in enumerate(zip(labels, scores, strict=True)):
        own = float(row[column[label]])
        best = int(row.argmax())
        if classes[best] != label and own <= SUSPECT_SCORE:
            found.append((index, str(classes[best]), own, float(row[best])))
    found.sort(key=lambda found: (found[2], -found[3]))
    return found[:limit]


def guesses(fitted, drawings):
    """The pipeline's guess for each drawing."""
    return [str(label) for label in fitted.predict(as_matrix(drawings))]


def classified_space(fitted, drawings):
    """The drawings as the classifier compares them: through every step before its final
    estimator. For the SVM, the centred, straightened, smoothed pixels and stroke directions in
    which its kernel measures how alike two drawings are; for the tree, the pixels."""
    X = as_matrix(drawings)
    steps = fitted.steps[:-1]
    inner = getattr(fitted[-1], "estimator_", None)
    if isinstance(inner, Pipeline):
        steps += inner.steps[:-1]
    for _, step in steps:
        X = step.transform(X)
    return X.astype(np.float32)  # half the memory a cached set of them takes


def most_alike(space, features, count):
    """The indices of the `count` rows of `space` nearest to `features`, nearest first.

    Nearest in Euclidean distance: the RBF kernel's similarity, exp(-gamma·d²), falls with it.
    """
    distances = np.linalg.norm(space - features, axis=1)
    return np.argsort(distances, kind="stable")[:count].tolist()


def pickled(fitted):
    """The fitted pipeline as the bytes the database keeps."""
    buffer = io.BytesIO()
    # Uncompressed: support vectors barely compress (by a fifth), and zlib made saving a
    # 30-sample pipeline 8 times slower (7.8 ms) and loading it 2.5 times slower (2.2 ms).
    joblib.dump(fitted, buffer)
    return buffer.getvalue()


def unpickled(blob):
    """A fitted pipeline back from bytes that `pickled` wrote; only ever the server's own."""
    return joblib.load(io.BytesIO(bytes(blob)))


def scores(fitted, drawing):
    """[(label, probability), ...] for one drawing, best first."""
    probabilities = fitted.predict_proba(as_matrix([drawing]))[0]
    ranked = sorted(zip(fitted.classes_, probabilities, strict=True), key=lambda pair: -pair[1])
    return [(str(label), float(score)) for label, score in ranked]
