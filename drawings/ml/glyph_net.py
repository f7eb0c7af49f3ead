"""Features of a drawing learned from thousands of letters and symbols: the strokes, corners,
loops and crossings that the convolutional layers of a small network, trained once by
bench/glyph_net.py to tell about 600 glyph shapes apart however they are drawn, find in each
part of it.

A user's few drawings can't say which differences between drawings matter (a slant, a thinner
pen, a shaky line) and which don't (a closed loop, a crossing); layers that have seen every kind
of shape drawn every way can. They run here on numpy alone, on the drawing as `prepare` leaves
it. The network's last layers, which name glyphs, are left behind: what the convolutions find
transfers to shapes the network never saw, as users' emoji are.
"""

import functools
import math

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import validate_data

from drawings.ml.grid import fitted_rows
from drawings.ml.learned_offline import LearnsNothingPerUser, learned_file
from drawings.ml.preprocessing import CentredInBox, Deskew, Smooth

SIDE = 20
# Kernels of each convolution (5×5, then 3×3), each followed by a 2×2 maximum.
CHANNELS = (32, 64)
KERNELS = (5, 3)
FEATURES = CHANNELS[-1] * (SIDE // 2 ** len(CHANNELS)) ** 2


def prepare():
    """The steps that make a canvas the image the network reads: centred in a box, upright,
    smoothed a little."""
    return Pipeline(
        [
            ("centre", CentredInBox(box=16, size=SIDE)),
            ("deskew", Deskew()),
            ("smooth", Smooth(sigma=0.5)),
        ]
    )


class GlyphFeatures(LearnsNothingPerUser, TransformerMixin, BaseEstimator):
    """Each prepared drawing (a flattened SIDE×SIDE image) as what the network's convolutions
    find in each part of it: FEATURES numbers, scaled to length 1.

    `weights` names the file of the weights bench/glyph_net.py learned (see `learned_file`).
    """

    SIDE = SIDE
    FEATURES = FEATURES
    # Of batches of 1 to 128 drawings, the quickest for a fit's few hundred (docs/performance.md).
    BATCH = 16

    def __init__(self, weights="glyph_net_1"):
        self.weights = weights

    def fit(self, X, y=None):
        X = validate_data(self, X)
        if X.shape[1] != self.SIDE**2:
            raise ValueError(f"Expected rows of {self.SIDE**2} pixels; got rows of {X.shape[1]}.")
        network(self.weights)
        return self

    def transform(self, X):
        images = fitted_rows(self, X).astype(np.float32).reshape(-1, self.SIDE, self.SIDE, 1)
        weights = network(self.weights)
        # In batches: the windows of a batch stay in the processor's cache.
        found = np.vstack(
            [
                features(images[at : at + self.BATCH], weights)
                for at in range(0, len(images), self.BATCH)
            ]
            or [np.zeros((0, self.FEATURES), np.float32)]
        ).astype(np.float64)
        # Length 1: how much ink a drawing has doesn't make it weigh more.
        return length_one(found)


def length_one(rows):
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


@functools.cache
def network(name):
    """The weights of `name`.npz (`learned_file`) as `features` reads them, made once per process:
    made at every call, the kernels' copy cost a guess more than their products did (0.2 ms of
    1 with doodle_net_3, docs/performance.md)."""
    return as_network(learned_file(name, np.float32))


def as_network(weights):
    """`weights` as a weights file holds them, each convolution's kernels made the matrix that
    `convolved` multiplies windows by (`kernel_matrix`)."""
    return {
        name: kernel_matrix(value) if name.endswith("_weight") else value
        for name, value in weights.items()
    }


def kernel_matrix(kernels):
    """Kernels (out, channels, k, k) as one matrix: a row for each of their weights in the order
    of a window's cells (row, column, channel), a column for each kernel."""
    out, channels, k, _ = kernels.shape
    return np.ascontiguousarray(kernels.transpose(2, 3, 1, 0).reshape(k * k * channels, out))


def features(images, weights):
    """What the network's convolutions (`conv1_…`, `conv2_…`, … in `weights`, as `as_network`
    makes them) find in images (n, side, side, 1), flattened.

    The file says its network's shape: a 2×2 maximum follows the convolutions `pooled` marks
    (every one where it says nothing), and the last one's findings are `averaged` over the image
    where it says so."""
    layers = sum(name.endswith("_weight") for name in weights)
    after = weights.get("pooled", np.ones(layers))
    x = images
    for layer in range(1, layers + 1):
        x = convolved(x, weights[f"conv{layer}_weight"], weights[f"conv{layer}_bias"])
        # ReLU after the maximum: the same numbers (the two commute), a quarter as many to do.
        x = relu(pooled(x) if after[layer - 1] else x)
    if "averaged" in weights:
        return x.mean(axis=(1, 2))
    return x.reshape(len(x), -1)


def convolved(x, matrix, bias):
    """A convolution of x (n, h, w, channels) with odd square kernels (`kernel_matrix`), padded
    to keep h × w: one matrix product of every window, its cells side by side, with the kernels.
    Channels last, so that each window is copied in runs of whole channels."""
    n, height, width, channels = x.shape
    cells, out = matrix.shape
    k = math.isqrt(cells // channels)
    pad = k // 2
    # Zeros around x, written into one new array: quicker than np.pad on arrays this small.
    padded = np.zeros((n, height + 2 * pad, width + 2 * pad, channels), x.dtype)
    padded[:, pad : pad + height, pad : pad + width] = x
    windows = np.concatenate(
        [padded[:, dy : dy + height, dx : dx + width] for dy in range(k) for dx in range(k)],
        axis=3,
    )
    return (windows.reshape(-1, k * k * channels) @ matrix + bias).reshape(n, height, width, out)


def pooled(x):
    """The largest of each 2×2 block of x (n, h, w, channels), as the largest of strided views:
    a reduction over two axes of x reshaped took four times as long."""
    rows = np.maximum(x[:, 0::2], x[:, 1::2])
    return np.maximum(rows[:, :, 0::2], rows[:, :, 1::2])


def relu(x):
    return np.maximum(x, 0)
