"""The scikit-learn side: how a user's drawings become a fitted, pickled, predicting pipeline.

A drawing enters as a 28×28 grid `features[column][row]` and is flattened to 784 numbers in that
order; everything that happens to it after that lives inside the Pipeline, so what is pickled is
exactly what predicts.
"""

from collections import Counter

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.preprocessing import Normalizer
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

from drawings.augmentation import Augmented
from drawings.fields import GRID_SIZE
from drawings.preprocessing import CentredInBox, Deskew, Smooth, StrokeDirections

# Below this best score the guess is "not sure". Scores are calibrated, so the best score is
# about the chance that the guess is right.
CONFIDENT_SCORE = 0.7


class Calibrated(ClassifierMixin, BaseEstimator):
    """`estimator` with scores that are probabilities: its decision values softened by one
    temperature, chosen to fit its guesses on samples it was not fit on (up to `folds` folds).

    One parameter learns well from a handful of samples where per-label sigmoids did not: in
    bench/accuracy.py those scored right guesses about 0.6 although 95% of them were right.

    A label with a single sample leaves nothing to calibrate on; then `fallback`, a classifier
    whose scores are probabilities by construction, is fit instead.
    """

    def __init__(self, estimator, fallback, folds=3):
        self.estimator = estimator
        self.fallback = fallback
        self.folds = folds

    def fit(self, X, y):
        smallest = min(Counter(np.asarray(y).tolist()).values())
        if smallest < 2:
            self.calibrated_ = clone(self.fallback)
        else:
            folds = StratifiedKFold(min(self.folds, smallest), shuffle=True, random_state=0)
            self.calibrated_ = CalibratedClassifierCV(
                self.estimator, method="temperature", cv=folds, ensemble=False
            )
        self.calibrated_.fit(X, y)
        self.classes_ = self.calibrated_.classes_
        return self

    def predict(self, X):
        return self.calibrated_.predict(X)

    def predict_proba(self, X):
        return self.calibrated_.predict_proba(X)


def tree():
    """The teaching app's classifier: a decision tree on raw pixels."""
    return Pipeline([("classifier", DecisionTreeClassifier(random_state=0))])


def svm():
    """Drawings centred, scaled, straightened and smoothed; a kernel SVM on their pixels and
    stroke directions, fit on them and on distorted copies of them, with calibrated scores."""
    features = FeatureUnion([("pixels", Normalizer()), ("directions", StrokeDirections())])

    def augmented(classifier):
        return Augmented(make_pipeline(features, classifier), copies=5, max_samples=1000)

    return Pipeline(
        [
            ("centre", CentredInBox(box=16, size=20)),
            ("deskew", Deskew()),
            ("smooth", Smooth(sigma=0.5)),
            (
                "classifier",
                Calibrated(
                    augmented(SVC(C=10, gamma=2, break_ties=True)),
                    fallback=augmented(LogisticRegression(C=10, max_iter=1000)),
                ),
            ),
        ]
    )


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


def cross_validated_guesses(drawings, labels, algorithm, folds):
    """What the pipeline guesses for each drawing when fit on the other folds.

    The preprocessing steps learn nothing from `fit`, so they run once on all drawings; and
    calibration never changes which label scores best, so the folds fit the classifier without
    it. Both make this several times cheaper than cross-validating the whole pipeline.
    """
    *preprocessing, (_, classifier) = build(algorithm).steps
    features = as_matrix(drawings)
    for _, step in preprocessing:
        features = step.fit_transform(features)
    if isinstance(classifier, Calibrated):
        classifier = classifier.estimator
    return cross_val_predict(classifier, features, np.asarray(labels, dtype=object), cv=folds)


def scores(fitted, drawing):
    """[(label, probability), ...] for one drawing, best first."""
    probabilities = fitted.predict_proba(as_matrix([drawing]))[0]
    ranked = sorted(zip(fitted.classes_, probabilities, strict=True), key=lambda pair: -pair[1])
    return [(str(label), float(score)) for label, score in ranked]
