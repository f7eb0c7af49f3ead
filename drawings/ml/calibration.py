"""Scores that are probabilities: a classifier's decision values softened by one temperature."""

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import logsumexp, softmax
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.model_selection import StratifiedKFold
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from drawings.ml.grid import fitted_rows
from drawings.ml.sample_counts import HELD_OUT_FOLDS, held_out_folds


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
    class), so the report costs no extra fits.

    One parameter learns well from a handful of samples where per-label sigmoids did not: in
    bench/accuracy.py those scored most guesses far below how often they were right
    (docs/classifier.md).
    scikit-learn's CalibratedClassifierCV(method="temperature") (1.8) can't hold a sample out
    with its distorted copies, nor keep the held-out guesses.

    `groups`, which it requests through metadata routing (see `Augmented`), says which sample
    each row was made from: a sample is held out with all its rows, and only its first row is
    guessed, so the guesses are for the drawings as they were.

    While the samples leave nothing to hold out (see `held_out_folds`), `fallback`, a classifier
    whose scores are probabilities by construction, is fit instead.
    """

    __metadata_request__fit = {"groups": True}

    def __init__(self, estimator, fallback, folds=HELD_OUT_FOLDS):
        self.estimator = estimator
        self.fallback = fallback
        self.folds = folds

    def fit(self, X, y, groups=None):
        X, y = validate_data(self, X, y)
        check_classification_targets(y)
        groups = np.arange(len(y)) if groups is None else np.asarray(groups)
        _, first_rows = np.unique(groups, return_index=True)
        classes, targets = np.unique(y[first_rows], return_inverse=True)
        folds = held_out_folds(y[first_rows], most=self.folds)
        if folds is None:
            self.estimator_ = clone(self.fallback).fit(X, y)
            self.temperature_ = self.held_out_guesses_ = self.folds_ = None
            self.held_out_scores_ = None
        else:
            splits = StratifiedKFold(folds, shuffle=True, random_state=0)
            held_out = np.zeros((len(first_rows), max(len(classes), 2)))
            for train, test in splits.split(first_rows, targets):
                rows = np.isin(groups, groups[first_rows[train]])
                fold = clone(self.estimator).fit(X[rows], y[rows])
                held_out[test] = as_logits(fold.decision_function(X[first_rows[test]]))
            self.estimator_ = clone(self.estimator).fit(X, y)
            self.temperature_ = fitted_temperature(held_out, targets)
            self.held_out_guesses_ = classes[held_out.argmax(axis=1)]
            self.held_out_scores_ = softmax(held_out / self.temperature_, axis=1)
            self.folds_ = folds
        self.classes_ = self.estimator_.classes_
        return self

    def predict_proba(self, X):
        check_is_fitted(self)
        X = fitted_rows(self, X)
        if self.temperature_ is None:
            return self.estimator_.predict_proba(X)
        return softmax(as_logits(self.estimator_.decision_function(X)) / self.temperature_, axis=1)

    def predict(self, X):
        probabilities = self.predict_proba(X)
        return self.classes_[probabilities.argmax(axis=1)]
