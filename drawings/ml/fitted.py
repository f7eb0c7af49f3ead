"""Scores from a pipeline known to be fitted, as a stored one always is."""

from sklearn.pipeline import Pipeline


def fitted_proba(estimator, X):
    """`estimator.predict_proba(X)`, stepping through each Pipeline itself: on every call,
    scikit-learn's Pipeline checks that it is fitted by reading the tags of each step, which for
    one drawing costs more than much of the arithmetic (docs/performance.md)."""
    while isinstance(estimator, Pipeline):
        *steps, (_, estimator) = estimator.steps
        for _, step in steps:
            X = step.transform(X)
    return estimator.predict_proba(X)
