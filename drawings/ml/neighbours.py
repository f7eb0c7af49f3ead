"""Which training drawings the classifier finds most alike to a drawing: "why this guess"."""

import numpy as np
from sklearn.pipeline import Pipeline

from drawings.ml.grid import as_matrix


def classified_space(pipeline, drawings):
    """The drawings as the classifier compares them: through every step before its final
    estimator. For the SVM, the centred, straightened, smoothed pixels and stroke directions in
    which its kernel measures how alike two drawings are; for the tree, the pixels."""
    X = as_matrix(drawings)
    steps = pipeline.steps[:-1]
    inner = getattr(pipeline[-1], "estimator_", None)
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
