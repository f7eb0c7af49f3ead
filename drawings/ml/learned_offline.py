"""What the steps that learn nothing from a user's drawings share: the tag that says so, and the
files of what some of them learned once, offline, from thousands of drawings (by a script in
bench/)."""

import functools
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.utils.validation import validate_data

from drawings.ml.grid import fitted_rows


class LearnsNothingPerUser:
    """A mixin for a step whose `fit` learns nothing from the drawings but their width: it can
    transform unfitted, and scikit-learn's checks are told so."""

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        return tags


@functools.cache
def learned_file(name, dtype):
    """The arrays of `name`.npz beside this module, by name, as `dtype`: read once per process.

    A file is never rewritten: what is learned again gets a new name, so pipelines pickled with
    the old name predict as they did, and it is not pickled with each user's pipeline.
    """
    with np.load(Path(__file__).with_name(f"{name}.npz")) as saved:
        return {key: saved[key].astype(dtype) for key in saved.files}


class SideBySide(LearnsNothingPerUser, TransformerMixin, BaseEstimator):
    """What each of `parts` (name, Pipeline of steps that learn nothing per user) makes of the
    drawings, side by side, each times its weight in `weights` (name → weight; 1 if not named).

    scikit-learn's FeatureUnion does the same through joblib and each Pipeline's checks, which
    for one drawing cost more than the networks themselves: here each step is asked directly,
    as `fitted.fitted_proba` asks them.
    """

    def __init__(self, parts, weights=None):
        self.parts = parts
        self.weights = weights

    def fit(self, X, y=None):
        X = validate_data(self, X)
        self.parts_ = [(name, clone(part).fit(X)) for name, part in self.parts]
        return self

    def transform(self, X):
        X = fitted_rows(self, X)
        found = []
        for name, part in self.parts_:
            rows = X
            for _, step in part.steps:
                rows = step.transform(rows)
            found.append(rows * (self.weights or {}).get(name, 1))
        return np.hstack(found)
