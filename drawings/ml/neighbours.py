"""Which training drawings the classifier finds most alike to a drawing: "why this guess"."""

import io

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


def packed(sample_ids, space):
    """Rows of a classified space with the sample id of each, as bytes to store."""
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(sample_ids, dtype=np.int64))
    np.save(buffer, np.asarray(space, dtype=np.float32))
    return buffer.getvalue()


def unpacked(blob):
    """{sample id: row} of bytes that `packed` wrote."""
    buffer = io.BytesIO(bytes(blob))
    sample_ids, space = np.load(buffer), np.load(buffer)
    return dict(zip(sample_ids.tolist(), space, strict=True))


def squared_norms(space):
    """Each row's squared length, kept beside a space to search it quickly (`most_alike`)."""
    return np.einsum("ij,ij->i", space, space)


def most_alike(space, features, count, norms=None):
    """The indices of the `count` rows of `space` nearest to `features`, nearest first (of rows
    as near, the earlier first).

    Nearest in Euclidean distance: the RBF kernel's similarity, exp(-gamma·d²), falls with it.
    Given the rows' squared norms, the rows that may be nearest are found from one
    matrix-vector product (d² = |row|² − 2 row·features + |features|², each within a small
    error), and only their distances are measured exactly: the same answer, for less work.
    """
    if norms is None or len(space) <= count:
        distances = np.linalg.norm(space - features, axis=1)
        return np.argsort(distances, kind="stable")[:count].tolist()
    own = float(features @ features)
    approximate = norms - 2 * (space @ features) + own
    kth = np.partition(approximate, count - 1)[count - 1]
    # Twice the worst error of a float32 product of this size, and then some.
    slack = 1e-3 * (float(norms.max()) + own) + 1e-6
    candidates = np.flatnonzero(approximate <= kth + slack)
    distances = np.linalg.norm(space[candidates] - features, axis=1)
    return candidates[np.argsort(distances, kind="stable")[:count]].tolist()
