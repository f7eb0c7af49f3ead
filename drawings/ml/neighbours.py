"""Which training drawings the classifier finds most alike to a drawing: "why this guess"."""

import numpy as np
from sklearn.pipeline import Pipeline

from drawings.ml.grid import as_matrix


def classified(pipeline, drawings):
    """(the drawings through every step before the pipeline's final estimator, that estimator),
    looking into a meta-estimator's fitted Pipeline (drawings.ml.augmentation.Augmented)."""
    X = as_matrix(drawings)
    steps, final = pipeline.steps[:-1], pipeline.steps[-1][1]
    inner = getattr(final, "estimator_", None)
    if isinstance(inner, Pipeline):
        steps, final = steps + inner.steps[:-1], inner.steps[-1][1]
    for _, step in steps:
        X = step.transform(X)
    return X, final


def classified_space(pipeline, drawings):
    """The drawings as the classifier compares them: through every step before its final
    estimator. For the SVM, the centred, straightened, smoothed pixels and stroke directions in
    which its kernel measures how alike two drawings are; for the tree, the pixels."""
    X, _ = classified(pipeline, drawings)
    return X.astype(np.float32)  # half the memory a cached set of them takes


def probabilities_and_space(pipeline, drawing):
    """The pipeline's probabilities for one drawing (as `predict_proba`) and the drawing in its
    classified space, from one pass through the steps: the guess and "why this guess" share it."""
    X, final = classified(pipeline, [drawing])
    return final.predict_proba(X)[0], X.astype(np.float32)[0]


def most_alike(space, features, count):
    """The indices of the `count` rows of `space` nearest to `features`, nearest first.

    Nearest in Euclidean distance: the RBF kernel's similarity, exp(-gamma·d²), falls with it.
    """
    distances = np.linalg.norm(space - features, axis=1)
    return np.argsort(distances, kind="stable")[:count].tolist()
