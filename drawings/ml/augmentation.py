"""More training samples from few: each drawing again, slightly turned, stretched, moved and
drawn with a thinner or thicker pen.

Adding rows is something a Pipeline transformer can't do, so `Augmented` is a meta-estimator:
it fits its estimator on the samples and their altered copies, and predicts on drawings as they
are. It lives inside the pickled pipeline like any other step.
"""

import numpy as np
from sklearn import config_context
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.utils.metadata_routing import get_routing_for_object
from sklearn.utils.metaestimators import available_if
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from drawings.ml.fitted import fitted_proba
from drawings.ml.grid import as_images, fitted_rows


def distorted(images, rng, rotation, stretch, shift):
    """One copy of each image, turned by up to `rotation` degrees, each axis stretched by up to
    `stretch`, moved by up to `shift` cells, and its strokes thickened, thinned or kept as they
    are.

    All copies are made at once with numpy (bilinear interpolation, zeros outside the image):
    one call per image through scipy.ndimage cost more than the SVM's fit itself.
    """
    count, side, _ = images.shape
    angle = np.deg2rad(rng.uniform(-rotation, rotation, size=(count, 1)))
    row_scale, column_scale = 1 + rng.uniform(-stretch, stretch, size=(2, count, 1))
    row_shift, column_shift = rng.uniform(-shift, shift, size=(2, count, 1))
    # Cell (r, c) of a copy shows the point of its image found by turning and stretching (r, c)
    # about the centre, then moving it.
    centre = (side - 1) / 2
    rows, columns = np.indices((side, side)).reshape(2, 1, -1) - centre
    cos, sin = np.cos(angle), np.sin(angle)
    from_rows = (cos * rows - sin * columns) / row_scale + centre + row_shift
    from_columns = (sin * rows + cos * columns) / column_scale + centre + column_shift
    copies = bilinear(images, from_rows, from_columns).reshape(count, side, side)
    pen = rng.integers(3, size=count)
    copies[pen == 1] = thicker(copies[pen == 1])
    copies[pen == 2] = (copies[pen == 2] + thinner(copies[pen == 2])) / 2
    return copies


def bilinear(images, rows, columns):
    """Each of `images` read at its row of (rows, columns) points by bilinear interpolation;
    0 outside the image."""
    count, side, _ = images.shape
    width = side + 2
    # A border of zeros, so that the four cells around any point read exist.
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1))).ravel()
    # Beyond the border only zeros are read.
    rows, columns = np.clip(rows + 1, 0, side + 1), np.clip(columns + 1, 0, side + 1)
    top, left = np.floor(rows).clip(0, side), np.floor(columns).clip(0, side)
    down, right = rows - top, columns - left
    at = (top * width + left).astype(np.intp) + np.arange(count)[:, None] * width * width
    upper = padded[at] * (1 - right) + padded[at + 1] * right
    lower = padded[at + width] * (1 - right) + padded[at + width + 1] * right
    return upper * (1 - down) + lower * down


def thicker(images):
    """Each cell the most ink of itself and its neighbours below and to the right."""
    padded = np.pad(images, ((0, 0), (0, 1), (0, 1)))
    rows = np.maximum(padded[:, :-1], padded[:, 1:])
    return np.maximum(rows[:, :, :-1], rows[:, :, 1:])


def thinner(images):
    """Each cell the least ink of itself and its neighbours above and to the left."""
    padded = np.pad(images, ((0, 0), (1, 0), (1, 0)))
    rows = np.minimum(padded[:, :-1], padded[:, 1:])
    return np.minimum(rows[:, :, :-1], rows[:, :, 1:])


def has_method(name):
    return lambda self: hasattr(self.estimator, name)


class Augmented(ClassifierMixin, BaseEstimator):
    """Fit `estimator` on each sample plus up to `copies` distorted copies of it.

    Copies are only made while the training set stays within `max_samples`: they matter most when
    there are few samples, and a big training set would only fit slower.

    An estimator that requests `groups` in its fit (scikit-learn's metadata routing, however deep
    in a Pipeline it sits) is given the index of the sample each row was made from, the samples
    themselves first, so that cross-validation inside it can hold a sample out with its copies.
    """

    def __init__(
        self,
        estimator,
        copies=3,
        max_samples=1000,
        rotation=12,
        stretch=0.1,
        shift=1.0,
        random_state=0,
    ):
        self.estimator = estimator
        self.copies = copies
        self.max_samples = max_samples
        self.rotation = rotation
        self.stretch = stretch
        self.shift = shift
        self.random_state = random_state

    def fit(self, X, y):
        X, y = validate_data(self, X, y)
        check_classification_targets(y)
        self.copies_ = max(0, min(self.copies, self.max_samples // len(X) - 1))
        rng = np.random.default_rng(self.random_state)
        images = np.tile(as_images(X), (self.copies_, 1, 1))
        altered = distorted(images, rng, self.rotation, self.stretch, self.shift)
        rows = np.vstack([X, altered.reshape(-1, X.shape[1])])
        groups = np.tile(np.arange(len(X)), self.copies_ + 1)
        estimator = clone(self.estimator)
        with config_context(enable_metadata_routing=True):
            requested = get_routing_for_object(estimator).consumes("fit", ["groups"])
            metadata = {"groups": groups} if requested else {}
            self.estimator_ = estimator.fit(rows, np.tile(y, self.copies_ + 1), **metadata)
        self.classes_ = self.estimator_.classes_
        return self

    def predict(self, X):
        X = self.checked(X)
        return self.estimator_.predict(X)

    @available_if(has_method("predict_proba"))
    def predict_proba(self, X):
        X = self.checked(X)
        return fitted_proba(self.estimator_, X)

    @available_if(has_method("decision_function"))
    def decision_function(self, X):
        X = self.checked(X)
        return self.estimator_.decision_function(X)

    def checked(self, X):
        check_is_fitted(self)
        return fitted_rows(self, X)
