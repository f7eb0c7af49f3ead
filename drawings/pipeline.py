"""The scikit-learn side: how a user's drawings become a fitted, pickled, predicting pipeline.

A drawing enters as a 28×28 grid `features[column][row]` and is flattened to 784 numbers in that
order; everything that happens to it after that lives inside the Pipeline, so what is pickled is
exactly what predicts.
"""

import numpy as np
from sklearn.dummy import DummyClassifier
from sklearn.pipeline import Pipeline
from sklearn.tree import DecisionTreeClassifier

from drawings.fields import GRID_SIZE

ALGORITHMS = {
    # The teaching app's classifier: a decision tree on raw pixels.
    "tree": lambda: DecisionTreeClassifier(random_state=0),
}


def as_matrix(drawings):
    """Stack 28×28 grids into the (n, 784) matrix every pipeline takes."""
    return np.asarray(drawings, dtype=np.float64).reshape(-1, GRID_SIZE * GRID_SIZE)


def build(algorithm):
    if algorithm not in ALGORITHMS:
        raise ValueError(f"Unknown algorithm {algorithm!r}; choose one of {sorted(ALGORITHMS)}.")
    return Pipeline([("classifier", ALGORITHMS[algorithm]())])


def fit(drawings, labels, algorithm):
    """A pipeline fit on the drawings; with a single label there is nothing to learn but that."""
    if len(set(labels)) == 1:
        fitted = Pipeline([("classifier", DummyClassifier(strategy="prior"))])
    else:
        fitted = build(algorithm)
    return fitted.fit(as_matrix(drawings), np.asarray(labels, dtype=object))


def scores(fitted, drawing):
    """[(label, probability), ...] for one drawing, best first."""
    probabilities = fitted.predict_proba(as_matrix([drawing]))[0]
    ranked = sorted(zip(fitted.classes_, probabilities, strict=True), key=lambda pair: -pair[1])
    return [(str(label), float(score)) for label, score in ranked]
