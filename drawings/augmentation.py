"""More training samples from few: each drawing again, slightly turned, stretched, moved and
drawn with a thinner or thicker pen.

Adding rows is something a Pipeline transformer can't do, so `Augmented` is a meta-estimator:
it fits its estimator on the samples and their altered copies, and predicts on drawings as they
are. It lives inside the pickled pipeline like any other step.
"""

import numpy as np
from scipy import ndimage
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.utils.metaestimators import available_if

from drawings.preprocessing import as_images


def distorted(image, rng, rotation, stretch, shift):
    """The image turned by up to `rotation` degrees, each axis stretched by up to `stretch`,
    moved by up to `shift` cells, and its strokes thickened, thinned or kept as they are."""
    angle = np.deg2rad(rng.uniform(-rotation, rotation))
    scale = 1 + rng.uniform(-stretch, stretch, size=2)
    cos, sin = np.cos(angle), np.sin(angle)
    matrix = np.array([[cos, -sin], [sin, cos]]) / scale[:, None]
    centre = (np.array(image.shape) - 1) / 2
    offset = centre - matrix @ centre + rng.uniform(-shift, shift, size=2)
    moved = ndimage.affine_transform(image, matrix, offset=offset, order=1)
    pen = rng.integers(3)
    if pen == 1:
        return ndimage.grey_dilation(moved, size=(2, 2))
    if pen == 2:
        return (moved + ndimage.grey_erosion(moved, size=(2, 2))) / 2
    return moved


def has_method(name):
    return lambda self: hasattr(self.estimator, name)


class Augmented(ClassifierMixin, BaseEstimator):
    """Fit `estimator` on each sample plus up to `copies` distorted copies of it.

    Copies are only made while the training set stays within `max_samples`: they matter most when
    there are few samples, and a big training set would only fit slower.
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
        X, y = np.asarray(X, dtype=np.float64), np.asarray(y)
        self.copies_ = max(0, min(self.copies, self.max_samples // len(X) - 1))
        rng = np.random.default_rng(self.random_state)
        altered = [
            distorted(image, rng, self.rotation, self.stretch, self.shift)
            for _ in range(self.copies_)
            for image in as_images(X)
        ]
        rows = np.vstack([X, np.reshape(altered, (-1, X.shape[1]))])
        self.estimator_ = clone(self.estimator).fit(rows, np.tile(y, self.copies_ + 1))
        self.classes_ = self.estimator_.classes_
        return self

    def predict(self, X):
        return self.estimator_.predict(X)

    @available_if(has_method("predict_proba"))
    def predict_proba(self, X):
        return self.estimator_.predict_proba(X)

    @available_if(has_method("decision_function"))
    def decision_function(self, X):
        return self.estimator_.decision_function(X)
