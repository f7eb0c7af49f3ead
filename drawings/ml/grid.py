"""A drawing as the ML code takes it: a GRID_SIZE×GRID_SIZE grid `features[column][row]`, each
cell how filled it is (0 to 1), flattened to one row of GRID_SIZE² numbers in that order.

Imports numpy alone, so the web side can validate drawings without loading scikit-learn.
"""

import numpy as np

GRID_SIZE = 28
# Fewer inked cells than this is a dot or a slip of the pen, not a drawing worth guessing at.
MIN_INKED_CELLS = 4


def has_enough_ink(drawing):
    """Whether a drawing has enough inked cells to be worth a guess."""
    return np.count_nonzero(np.asarray(drawing)) >= MIN_INKED_CELLS


def as_matrix(drawings):
    """Stack grids into the (n, GRID_SIZE²) matrix every pipeline takes."""
    return np.asarray(drawings, dtype=np.float64).reshape(-1, GRID_SIZE * GRID_SIZE)


def fitted_rows(estimator, X):
    """X as float64 rows as wide as those `estimator` was fit on, for a transform or a guess.

    `fit` checks its data with scikit-learn's validate_data; at prediction it cost 0.3 ms a call
    (mostly looking for dataframes), and six calls tripled the time of a guess, so only the shape
    is checked here: the numbers of a drawing were validated by the API before.
    """
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError(f"Expected a 2D array, got {X.ndim}D. Reshape your data: one row each.")
    # None in pipelines stored before drawings.ml existed.
    expected = getattr(estimator, "n_features_in_", None)
    if expected is not None and X.shape[1] != expected:
        raise ValueError(
            f"X has {X.shape[1]} features, but {type(estimator).__name__} is expecting "
            f"{expected} features as input."
        )
    return X


def as_images(X):
    """The rows of X as square images, or ValueError if they can't be."""
    X = np.asarray(X, dtype=np.float64)
    side = int(round(np.sqrt(X.shape[1])))
    if side * side != X.shape[1]:
        raise ValueError(f"Expected square images, rows of n² numbers; got rows of {X.shape[1]}.")
    return X.reshape(len(X), side, side)


def flatten(images):
    return images.reshape(len(images), -1)
