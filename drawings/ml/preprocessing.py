"""Transformers that make a drawing look the same wherever, however big and however slanted it
was drawn, so a handful of samples per label is enough to learn from.

Each takes and returns one flattened square image per row and learns nothing in `fit` but how
many numbers a row has: what they do to a drawing at prediction time is exactly what they did to
the samples.
"""

import functools

import numpy as np
from scipy import ndimage
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import validate_data

from drawings.ml.grid import as_images, fitted_rows, flatten
from drawings.ml.learned_offline import LearnsNothingPerUser, learned_file


def blurred(images, sigma, mode="reflect"):
    """scipy's gaussian_filter of each square image (the last two axes of `images`), as two
    matrix products: for one small image, scipy's Python around each of its passes costs more
    than the filtering (docs/performance.md)."""
    matrix = blur_matrix(images.shape[-1], sigma, mode)
    return matrix @ images @ matrix.T


@functools.lru_cache(maxsize=64)
def blur_matrix(size, sigma, mode):
    """M such that M @ line is scipy's gaussian_filter1d(line, sigma, mode=mode): the filter
    is linear, so its columns are what it makes of each cell alone."""
    matrix = ndimage.gaussian_filter1d(np.eye(size), sigma, axis=0, mode=mode)
    matrix.flags.writeable = False  # shared by every caller
    return matrix


class SquareImages(LearnsNothingPerUser, TransformerMixin, BaseEstimator):
    """What the transformers here share: each row of X is a flattened square image, validated
    as scikit-learn asks, and `fit` learns nothing but the number of features."""

    def fit(self, X, y=None):
        as_images(validate_data(self, X))
        return self

    def images(self, X):
        """The rows of X, checked against what `fit` saw, as square images."""
        return as_images(fitted_rows(self, X))


class CentredInBox(SquareImages):
    """Crop each canvas to its ink, scale it so the longer side is `box` cells (aspect kept) and
    centre it in a `size`×`size` image.

    Takes canvas rows (`features[column][row]` flattened) and returns images row by row, so
    "up" in the output is up on the page. Shrinking a big drawing blurs it first, so thin strokes
    are not lost between the sampled cells.
    """

    def __init__(self, box=16, size=20):
        self.box = box
        self.size = size

    def transform(self, X):
        canvases = self.images(X).transpose(0, 2, 1)
        return flatten(np.array([self.centre(canvas) for canvas in canvases]))

    def centre(self, canvas):
        rows, columns = np.nonzero(canvas)
        if len(rows) == 0:
            return np.zeros((self.size, self.size))
        top, left = rows.min(), columns.min()
        height, width = rows.max() + 1 - top, columns.max() + 1 - left
        scale = self.box / max(height, width)
        if scale < 1:
            canvas = blurred(canvas, 0.4 / scale, mode="constant")
        # Cell i's centre is at coordinate i, so the ink's centre is at top + height/2 - 1/2;
        # the output's centre, (size - 1)/2, must land on it.
        ink_centre = np.array([top + height / 2, left + width / 2]) - 0.5
        offset = ink_centre - (self.size - 1) / 2 / scale
        return ndimage.affine_transform(
            canvas,
            np.full(2, 1 / scale),
            offset=offset,
            output_shape=(self.size, self.size),
            order=1,
        )


class Deskew(SquareImages):
    """Shear each image so its main axis leans at most a little, and centre it on its ink.

    People slant the same emoji differently; straightening it, as MNIST classifiers do, takes
    that difference away. Only up to `max_slant` (columns per row) though: beyond that the slant
    is the drawing ("/" is not "|").
    """

    def __init__(self, max_slant=0.4):
        self.max_slant = max_slant

    def transform(self, X):
        return flatten(np.array([self.deskewed(image) for image in self.images(X)]))

    def deskewed(self, image):
        total = image.sum()
        if total == 0:
            return image
        rows, columns = np.indices(image.shape)
        mean_row = (rows * image).sum() / total
        mean_column = (columns * image).sum() / total
        row_variance = ((rows - mean_row) ** 2 * image).sum() / total
        if row_variance == 0:
            return image
        covariance = ((rows - mean_row) * (columns - mean_column) * image).sum() / total
        slant = np.clip(covariance / row_variance, -self.max_slant, self.max_slant)
        # Output (r, c) reads input (r, c + slant·r) about the centres: a shear along the rows.
        shear = np.array([[1, 0], [slant, 1]])
        centre = (np.array(image.shape) - 1) / 2
        offset = np.array([mean_row, mean_column]) - shear @ centre
        return ndimage.affine_transform(image, shear, offset=offset, order=1)


class Smooth(SquareImages):
    """Blur each image a little, so a thin and a thick stroke along the same path look alike."""

    def __init__(self, sigma=1.0):
        self.sigma = sigma

    def transform(self, X):
        images = self.images(X)
        if not self.sigma:
            return flatten(images)
        return flatten(blurred(images, self.sigma))


class StrokeDirections(SquareImages):
    """How much stroke runs in each direction in each part of the image: a histogram of gradient
    orientations (HOG) per cell of a `cells`×`cells` grid, with `bins` directions.

    Pixels say where the ink is; this says which way it goes there, which barely changes when a
    stroke is drawn a cell further along or a little thicker. Each row comes out with length 1.
    """

    def __init__(self, cells=5, bins=9):
        self.cells = cells
        self.bins = bins

    def transform(self, X):
        return self.directions(self.images(X))

    def directions(self, images):
        count, side, _ = images.shape
        down, across = np.gradient(images, axis=(1, 2))
        strength = np.hypot(down, across)
        # Unsigned directions: a stroke drawn up or down is the same stroke.
        direction = np.mod(np.arctan2(down, across), np.pi)
        bin_of = np.minimum((direction / np.pi * self.bins).astype(int), self.bins - 1)
        cell_of = np.arange(side) * self.cells // side
        cell = cell_of[:, None] * self.cells + cell_of[None, :]
        per_image = self.cells * self.cells * self.bins
        index = np.arange(count)[:, None, None] * per_image + cell * self.bins + bin_of
        histograms = np.bincount(
            index.ravel(), weights=strength.ravel(), minlength=count * per_image
        ).reshape(count, per_image)
        lengths = np.linalg.norm(histograms, axis=1, keepdims=True)
        return histograms / np.where(lengths == 0, 1, lengths)


class PixelsAndDirections(StrokeDirections):
    """What the classifier compares: each image's pixels, then its `StrokeDirections`, both parts
    scaled to length 1 so that neither outweighs the other.

    One transformer rather than a FeatureUnion of a Normalizer and StrokeDirections, which gives
    the same numbers but dispatches each call through joblib, a large part of a guess's time
    (docs/performance.md#figures-behind-the-codes-comments).
    """

    def transform(self, X):
        images = self.images(X)
        pixels = flatten(images)
        lengths = np.linalg.norm(pixels, axis=1, keepdims=True)
        return np.hstack([pixels / np.where(lengths == 0, 1, lengths), self.directions(images)])


class PixelsAndSoftDirections(PixelsAndDirections):
    """`PixelsAndDirections` whose stroke directions are counted softly: each gradient is shared
    between its two nearest directions, and spread over nearby cells (Gaussian, `sigma` cells)
    before each grid cell sums its own.

    With hard bins a stroke drawn a little steeper, or a cell further along, jumps from one bin
    or grid cell to the next and looks like another stroke; shared, it moves over by degrees,
    as a slant, a stretch or a different hand moves it (docs/classifier.md, what was tried).
    The directions weigh `weight` against the pixels' 1: softened, they say a little less about
    which stroke is which. A class of its own, not parameters of `PixelsAndDirections`:
    pipelines pickled with that one must keep guessing as they were trained.
    """

    def __init__(self, cells=5, bins=9, sigma=1.0, weight=0.8):
        super().__init__(cells=cells, bins=bins)
        self.sigma = sigma
        self.weight = weight

    def directions(self, images):
        count, side, _ = images.shape
        down, across = np.gradient(images, axis=(1, 2))
        strength = np.hypot(down, across)
        # Direction as a position among the bins' centres; each gradient goes to the two bins
        # around it, in proportion to how near it is to each (unsigned: up and down are alike).
        position = np.mod(np.arctan2(down, across), np.pi) / np.pi * self.bins - 0.5
        lower = np.floor(position)
        share = position - lower
        lower = lower.astype(int) % self.bins
        pixel = np.arange(side * side).reshape(side, side)
        maps = np.zeros((count, self.bins, side, side))
        for bin_of, weight in ((lower, 1 - share), ((lower + 1) % self.bins, share)):
            index = (np.arange(count)[:, None, None] * self.bins + bin_of) * side * side + pixel
            maps += np.bincount(
                index.ravel(), weights=(strength * weight).ravel(), minlength=maps.size
            ).reshape(maps.shape)
        maps = blurred(maps, self.sigma)
        cell_of = np.arange(side) * self.cells // side
        # Sum each cell's pixels: along the rows, then along the columns.
        per_cell = np.add.reduceat(
            np.add.reduceat(maps, first_of(cell_of), axis=2), first_of(cell_of), axis=3
        )
        histograms = per_cell.transpose(0, 2, 3, 1).reshape(count, -1)
        lengths = np.linalg.norm(histograms, axis=1, keepdims=True)
        return self.weight * histograms / np.where(lengths == 0, 1, lengths)


def first_of(cell_of):
    """Where each cell's run of pixels starts in `cell_of` (the cell of each pixel, in order)."""
    return np.flatnonzero(np.diff(cell_of, prepend=-1))


class InkLevel(LearnsNothingPerUser, TransformerMixin, BaseEstimator):
    """Ink as `full` or more counts as full, less in proportion: a stroke the canvas's brush
    crossed once (0.3) and the same stroke drawn slowly or gone over (0.6 to 1) come out closer
    (0.4 and 0.8 to 1).

    The brush adds 0.3 a pass, so how dark a line is says how fast it was drawn, not what was
    drawn. Not all the way to "any ink is full ink": that cost filled drawings, whose faint 0.3
    edges say where the stroke ends, more than it gained stroke drawings (bench/accuracy.py).
    """

    def __init__(self, full=0.75):
        self.full = full

    def fit(self, X, y=None):
        validate_data(self, X)
        return self

    def transform(self, X):
        return np.minimum(fitted_rows(self, X) / self.full, 1)


class ShapeSpace(LearnsNothingPerUser, TransformerMixin, BaseEstimator):
    """Features projected onto the main ways drawings of letters and symbols differ, learned
    once from thousands of them by bench/shape_space.py (no digit in any font among them).

    The few drawings one user makes can't say which differences between drawings matter; these
    components, learned from many shapes drawn in many hands, poses and pens, can. `basis` names
    their file (see `learned_file`): not pickled with each pipeline, it would be 0.16 MB a user.
    """

    def __init__(self, basis="shape_space_1"):
        self.basis = basis

    def fit(self, X, y=None):
        X = validate_data(self, X)
        width = len(learned_file(self.basis, np.float64)["mean"])
        if X.shape[1] != width:
            raise ValueError(f"Expected rows of {width} features; got rows of {X.shape[1]}.")
        return self

    def transform(self, X):
        basis = learned_file(self.basis, np.float64)
        return (fitted_rows(self, X) - basis["mean"]) @ basis["components"].T
