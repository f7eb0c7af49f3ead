"""The algorithms a user's classifier can be fit with, and fitting, measuring and scoring one.

A drawing enters as one row of `grid.as_matrix`; everything that happens to it after that lives
inside the Pipeline, so what is pickled is exactly what predicts.
"""

from collections import namedtuple

import numpy as np
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
from sklearn.utils import check_array

from drawings.ml import doodle_net
from drawings.ml.augmentation import Augmented
from drawings.ml.calibration import Calibrated
from drawings.ml.doodle_net import DoodleFeatures
from drawings.ml.fitted import fitted_proba
from drawings.ml.glyph_net import GlyphFeatures, prepare
from drawings.ml.grid import as_matrix, fitted_rows
from drawings.ml.learned_offline import SideBySide
from drawings.ml.preprocessing import (
    CentredInBox,
    Deskew,
    InkLevel,
    PixelsAndDirections,
    PixelsAndSoftDirections,
    ShapeSpace,
    Smooth,
)
from drawings.ml.sample_counts import can_learn, held_out_folds

# Below this best score the guess is "not sure". Scores are calibrated, so the best score is
# about the chance that the guess is right.
CONFIDENT_SCORE = 0.7


class StoredCompactly:
    """A mixin for an estimator whose largest fitted arrays pickle in a smaller type
    (`STORED_AS`: attribute → dtype) and come back as float64 when unpickled."""

    STORED_AS = {}

    def __getstate__(self):
        state = dict(super().__getstate__())  # a copy: the fitted estimator keeps its float64
        for name, dtype in self.STORED_AS.items():
            if name in state:
                state[name] = state[name].astype(dtype)
        return state

    def __setstate__(self, state):
        for name in self.STORED_AS:
            if name in state:
                state[name] = state[name].astype(np.float64)
        super().__setstate__(state)


class QuickDecisions:
    """A mixin for a linear classifier whose decision values skip scikit-learn's input checks,
    which cost a guess more than the product itself: the steps before it made the rows."""

    def decision_function(self, X):
        if not hasattr(self, "coef_"):
            raise NotFittedError(f"This {type(self).__name__} instance is not fitted yet.")
        scores = fitted_rows(self, X) @ self.coef_.T + self.intercept_
        # One column, or none where ridge fit one target, is a binary classifier's: as a vector.
        return scores.ravel() if scores.ndim == 1 or scores.shape[1] == 1 else scores


class CompactLogisticRegression(QuickDecisions, StoredCompactly, LogisticRegression):
    """Logistic regression whose weights pickle as float32 (half the bytes, the same guesses),
    and whose decision values are quick (`QuickDecisions`)."""

    STORED_AS = {"coef_": np.float32}


class CompactRidgeClassifier(QuickDecisions, StoredCompactly, RidgeClassifier):
    """A ridge classifier (least squares onto ±1 per label, one linear solve) whose weights pickle
    as float32, and whose decision values are quick (`QuickDecisions`). With fewer drawings than
    features it solves in the drawings' own space, once, where logistic regression iterates
    (docs/classifier.md)."""

    STORED_AS = {"coef_": np.float32}

    def fit(self, X, y, sample_weight=None):
        # In single precision, as the networks find their features: the solves of a fit and of
        # the calibration's folds take two thirds of the time (docs/performance.md).
        X = check_array(X, accept_sparse=["csr", "csc", "coo"], dtype=np.float32)
        return super().fit(X, y, sample_weight)


class CompactSVC(StoredCompactly, SVC):
    """An SVC that is small to store: its support vectors pickle as float16 and its dual
    coefficients as float32. They are nearly all of a stored pipeline, and its decision values
    change by rounding alone (about 1e-3 of their size)."""

    STORED_AS = {"support_vectors_": np.float16, "_dual_coef_": np.float32}

    def __setstate__(self, state):
        if type(self) is CompactSVC and state.get("decision_function_shape") == "ovo":
            # Stored before PairwiseMeanSVC had its name, when this class answered its decision
            # values under decision_function_shape="ovo", which scikit-learn means otherwise.
            self.__class__ = PairwiseMeanSVC
            state = {**state, "decision_function_shape": "ovr"}
        super().__setstate__(state)
        if "_dual_coef_" in state:
            self.dual_coef_ = self._dual_coef_


class PairwiseMeanSVC(CompactSVC):
    """A CompactSVC whose decision values are one column per class (scikit-learn's "ovr" shape),
    each the mean of the pairwise decisions for and against it: SVC's "ovr" values less their
    vote counts, in one product instead of SVC's Python loop over pairs, which a guess would
    otherwise spend much of its time in (docs/performance.md#figures-behind-the-codes-comments).
    """

    def decision_function(self, X):
        decisions = self._decision_function(X)  # one column per pair of classes, as SVC's "ovo"
        if decisions.ndim == 1:  # two classes: one column says it all
            return decisions
        first, second = np.triu_indices(len(self.classes_), 1)
        pairs = np.zeros((len(first), len(self.classes_)))
        pairs[np.arange(len(first)), first] = 1
        pairs[np.arange(len(first)), second] = -1
        return decisions @ pairs / (len(self.classes_) - 1)


def tree():
    """The teaching app's classifier: a decision tree on raw pixels."""
    return Pipeline([("classifier", DecisionTreeClassifier(random_state=0))])


def svm():
    """Drawings centred, scaled, straightened and smoothed; a kernel SVM on their pixels and
    stroke directions (counted softly), fit on them and on distorted copies of them (turned up
    to ±15°, stretched up to ±20%, as people slant and stretch), with calibrated scores.

    The copies are made, and their features computed, once per fit: the calibration's
    cross-validation folds take their rows from them.
    """
    classifier = Pipeline(
        [
            ("features", PixelsAndSoftDirections(sigma=1.0, weight=0.8)),
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
                Augmented(classifier, copies=5, max_samples=1800, rotation=15, stretch=0.2),
            ),
        ]
    )


def shapes():
    """`svm` before its directions were counted softly, with the ink levelled and its features
    seen in the shape space learned from letters (from features of that kind): far smaller to
    store, quicker to fit and ask, about as accurate (docs/classifier.md).

    The copies are made, and their features computed, once per fit: the calibration's
    cross-validation folds take their rows from them. Copies stop at 900 rows, which keeps a
    stored classifier small and its fit quick.
    """
    classifier = Pipeline(
        [
            ("features", PixelsAndDirections()),
            ("shape_space", ShapeSpace()),
            (
                "calibrated",
                Calibrated(
                    PairwiseMeanSVC(C=10, gamma=2),
                    fallback=LogisticRegression(C=10, max_iter=1000),
                ),
            ),
        ]
    )
    return Pipeline(
        [
            ("ink", InkLevel(full=0.75)),
            ("centre", CentredInBox(box=16, size=20)),
            ("deskew", Deskew()),
            ("smooth", Smooth(sigma=0.5)),
            ("classifier", Augmented(classifier, copies=5, max_samples=900, stretch=0.2)),
        ]
    )


def net():
    """Drawings centred, scaled, straightened and smoothed, then seen through the convolutions
    of a small network that learned to tell about 600 shapes of letters and symbols apart
    however they are drawn (`drawings/ml/glyph_net.py`); logistic regression on what they find,
    fit on the drawings and on distorted copies of them (as `svm`), with
    calibrated scores.

    What it learns per user is a weight for each feature and label: small to store, quick to
    load and to ask.
    """
    classifier = Pipeline(
        [
            ("features", GlyphFeatures()),
            (
                "calibrated",
                Calibrated(
                    CompactLogisticRegression(C=10, tol=1e-3, max_iter=1000),
                    fallback=CompactLogisticRegression(C=10, tol=1e-3, max_iter=1000),
                ),
            ),
        ]
    )
    return Pipeline(
        [
            *prepare().steps,
            (
                "classifier",
                Augmented(classifier, copies=5, max_samples=1800, rotation=15, stretch=0.2),
            ),
        ]
    )


def doodle():
    """The default. Drawings seen two ways side by side: through the convolutions of a small
    network that learned to name 305 kinds of real people's doodles
    (`drawings/ml/doodle_net.py`, on the drawing centred, scaled and smoothed), and through
    those of `net`, which learned letters and symbols (on the drawing prepared as `net`
    prepares it); a ridge classifier on both, with calibrated scores.

    Doodles teach the parts things are drawn with; letters, strokes drawn thick or thin: each
    alone lost on the other's benchmark (docs/classifier.md). What the networks find in a
    drawing is computed once per fit: the calibration's folds refit the ridge alone. What it
    learns per user is a weight for each feature and label: small to store, quick to load and
    to ask.
    """
    return Pipeline(
        [
            (
                "features",
                SideBySide(
                    [
                        (
                            "doodles",
                            Pipeline([*doodle_net.prepare().steps, ("net", DoodleFeatures())]),
                        ),
                        ("letters", Pipeline([*prepare().steps, ("net", GlyphFeatures())])),
                    ],
                    # Half as much again: as good on digits as twice, two points more on doodles
                    # (development split, docs/classifier.md).
                    weights={"letters": 1.5},
                ),
            ),
            (
                "calibrated",
                Calibrated(
                    CompactRidgeClassifier(alpha=1.0),
                    fallback=CompactLogisticRegression(C=10, tol=1e-3, max_iter=1000),
                ),
            ),
        ]
    )


ALGORITHMS = {"tree": tree, "svm": svm, "shapes": shapes, "net": net, "doodle": doodle}


def build(algorithm):
    if algorithm not in ALGORITHMS:
        raise ValueError(f"Unknown algorithm {algorithm!r}; choose one of {sorted(ALGORITHMS)}.")
    return ALGORITHMS[algorithm]()


def fit(drawings, labels, algorithm):
    """A pipeline fit on the drawings; while there is nothing to tell apart (see `can_learn`),
    one that guesses the only label.

    Labels go in as numpy text, not Python objects: each step's `classes_` is then stored as
    plain bytes, where an object array was a pickle of its own inside the stored one, read by a
    second pure-Python unpickler (docs/performance.md).
    """
    if can_learn(labels):
        pipeline = build(algorithm)
    else:
        pipeline = Pipeline([("classifier", DummyClassifier(strategy="prior"))])
    return pipeline.fit(as_matrix(drawings), np.asarray(labels, dtype=str))


# What a retrain stores: the fitted pipeline, the algorithm to record, and each drawing's
# held-out guess with the number of folds that made them (None, None while unmeasurable), and
# the held-out scores behind the guesses: `HeldOut` or None.
Training = namedtuple("Training", "pipeline algorithm held_out_guesses folds held_out")


class HeldOut(namedtuple("HeldOut", "classes scores folds")):
    """Each drawing's score for each of `classes` (a column per class) from the pipeline fit on
    the `folds` that held it out."""

    __slots__ = ()

    @property
    def guesses(self):
        return self.classes[self.scores.argmax(axis=1)]


def train(drawings, labels, algorithm):
    """Fit and measure a pipeline on the drawings. The algorithm recorded is the one asked for,
    also while a single label leaves nothing to learn: it is what the next fit will use."""
    pipeline = fit(drawings, labels, algorithm)
    held_out = held_out_scores(pipeline, drawings, labels)
    if held_out is None:
        return Training(pipeline, algorithm, None, None, None)
    return Training(pipeline, algorithm, held_out.guesses, held_out.folds, held_out)


def inner_step(pipeline, kind):
    """The first step of type `kind` on the way from a fitted pipeline to its final estimator,
    through each Pipeline's last step and each meta-estimator's `estimator_`; None if none is."""
    step = pipeline
    while step is not None and not isinstance(step, kind):
        step = step[-1] if isinstance(step, Pipeline) else getattr(step, "estimator_", None)
    return step


def held_out_guesses(pipeline, drawings, labels):
    """(guesses, folds): what the pipeline guesses for each drawing when fit on the other folds,
    or (None, None) while the samples leave nothing to hold out (see `held_out_folds`)."""
    held_out = held_out_scores(pipeline, drawings, labels)
    return (None, None) if held_out is None else (held_out.guesses, held_out.folds)


def held_out_scores(pipeline, drawings, labels):
    """A HeldOut: each drawing's score for each class when the pipeline is fit on the other
    folds; None while the samples leave nothing to hold out (see `held_out_folds`).

    A calibrated classifier made these while fitting; any other is cross-validated.
    """
    calibrated = inner_step(pipeline, Calibrated)
    if calibrated is not None and calibrated.held_out_scores_ is not None:
        classes = np.asarray(calibrated.classes_, dtype=object)
        return HeldOut(classes, calibrated.held_out_scores_, calibrated.folds_)
    folds = held_out_folds(labels)
    if folds is None:
        return None
    scores = cross_val_predict(
        clone(pipeline),
        as_matrix(drawings),
        np.asarray(labels, dtype=object),
        cv=StratifiedKFold(folds, shuffle=True, random_state=0),
        method="predict_proba",
    )
    return HeldOut(np.asarray(sorted(set(labels)), dtype=object), scores, folds)


def guesses(pipeline, drawings):
    """The pipeline's guess for each drawing."""
    return [str(label) for label in pipeline.predict(as_matrix(drawings))]


def scores(pipeline, drawing):
    """[(label, probability), ...] for one drawing, best first."""
    return ranked(pipeline, fitted_proba(pipeline, as_matrix([drawing]))[0])


def ranked(pipeline, probabilities):
    """[(label, probability), ...] of one drawing's probabilities, best first."""
    pairs = sorted(zip(pipeline.classes_, probabilities, strict=True), key=lambda pair: -pair[1])
    return [(str(label), float(score)) for label, score in pairs]
