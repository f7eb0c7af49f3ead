"""What the steps that learn nothing from a user's drawings share: the tag that says so, the
files of what some of them learned once, offline, from thousands of drawings (by a script in
bench/), and what they found in the drawings this process has seen."""

import functools
import hashlib
import pickle
import threading
from collections import OrderedDict
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


class FoundBefore:
    """What steps that learn nothing per user found in the drawings this process asked them
    about, least recently used first, at most `max_bytes` of it.

    Such steps find the same in a drawing at every retrain of its user, and a retrain sees
    mostly drawings the previous one saw: a pupil adds one at a time. Each drawing's row is kept
    under a key that says which steps found it and a digest of the drawing's bytes, so other
    steps, or the same ones reading another file, never get it.
    """

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._rows = OrderedDict()  # (steps' key, drawing's digest) → row
        self._lock = threading.Lock()  # a web worker's threads may retrain at once

    def rows(self, key, X, find):
        """What `find` makes of each row of X, as `find(X)` would, asking `find` only about the
        rows not kept, all at once."""
        keys = [(key, hashlib.blake2b(row.tobytes(), digest_size=16).digest()) for row in X]
        with self._lock:
            kept = [self._rows.get(row_key) for row_key in keys]
            for row_key, row in zip(keys, kept, strict=True):
                if row is not None:
                    self._rows.move_to_end(row_key)
        missing = [index for index, row in enumerate(kept) if row is None]
        if missing:
            found = find(X[missing])
            with self._lock:
                for index, row in zip(missing, found, strict=True):
                    # A copy: a view would keep its whole batch in memory, counted or not.
                    kept[index] = row = row.copy()
                    self._keep(keys[index], row)
        return np.array(kept)

    def clear(self):
        with self._lock:
            self._rows.clear()
            self.bytes = 0

    def __len__(self):
        return len(self._rows)

    def _keep(self, key, row):
        if key in self._rows:  # found by another thread meanwhile: the same numbers
            return
        self._rows[key] = row
        self.bytes += row.nbytes
        while self.bytes > self.max_bytes:
            _, dropped = self._rows.popitem(last=False)
            self.bytes -= dropped.nbytes


# 128 MB holds a class: 30 pupils' 10 labels × 30 drawings each, seen by `doodle`'s networks
# (docs/performance.md).
found_before = FoundBefore(max_bytes=128 * 2**20)


class SideBySide(LearnsNothingPerUser, TransformerMixin, BaseEstimator):
    """What each of `parts` (name, Pipeline of steps that learn nothing per user) makes of the
    drawings, side by side, each times its weight in `weights` (name → weight; 1 if not named).

    scikit-learn's FeatureUnion does the same through joblib and each Pipeline's checks, which
    for one drawing cost more than the networks themselves: here each step is asked directly,
    as `fitted.fitted_proba` asks them.

    What it makes of several drawings at once (a fit's, a report's) is kept in `found_before`
    for the user's next retrain, which sees them again; a guess's one drawing, growing stroke by
    stroke, is never seen again and is neither looked for nor kept.
    """

    def __init__(self, parts, weights=None):
        self.parts = parts
        self.weights = weights

    def fit(self, X, y=None):
        X = validate_data(self, X)
        # Each part learns nothing from the drawings but their width: fit on one. Fit on all, a
        # part's Pipeline prepared every drawing once more just to fit its steps.
        self.parts_ = [(name, clone(part).fit(X[:1])) for name, part in self.parts]
        return self

    def transform(self, X):
        X = fitted_rows(self, X)
        if len(X) < 2:
            return self.found(X)
        return found_before.rows(self.memo_key(), X, self.found)

    def memo_key(self):
        """What says which steps found a row of `found_before`: the parts as fitted (each step's
        class and parameters, among them the name of the file it learned) and their weights. A
        learned file is never rewritten (see `learned_file`), and a class's code is this
        process's."""
        return hashlib.blake2b(pickle.dumps((self.parts_, self.weights))).digest()

    def found(self, X):
        found = []
        for name, part in self.parts_:
            rows = X
            for _, step in part.steps:
                rows = step.transform(rows)
            found.append(rows * (self.weights or {}).get(name, 1))
        return np.hstack(found)
