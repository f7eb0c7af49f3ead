"""The network features of `net`: numpy computing the layers right, and drawings that differ only
in how they were drawn looking alike through them."""

import pickle

import numpy as np
import pytest
from scipy import ndimage

from drawings.ml import glyph_net
from drawings.ml.glyph_net import GlyphFeatures, convolved, kernel_matrix, pooled, prepare
from tests.helpers import blank, stroke


def test_a_convolution_sums_each_window_times_its_kernel():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 6, 7, 3)).astype(np.float32)  # drawings, rows, columns, channels
    kernels = rng.normal(size=(4, 3, 3, 3)).astype(np.float32)  # out, in, rows, columns
    bias = rng.normal(size=4).astype(np.float32)
    expected = np.array(
        [
            [
                sum(
                    ndimage.correlate(x[n, :, :, c], kernels[o, c], mode="constant")
                    for c in range(3)
                )
                + bias[o]
                for o in range(4)
            ]
            for n in range(2)
        ]
    ).transpose(0, 2, 3, 1)
    np.testing.assert_allclose(
        convolved(x, kernel_matrix(kernels), bias), expected, rtol=1e-4, atol=1e-4
    )


def test_pooling_keeps_the_largest_of_each_two_by_two_block():
    x = np.arange(16, dtype=np.float32).reshape(1, 4, 4, 1)
    np.testing.assert_array_equal(pooled(x)[0, :, :, 0], [[5, 7], [13, 15]])
    x = np.random.default_rng(0).normal(size=(3, 6, 8, 5)).astype(np.float32)
    expected = [
        [
            [
                [x[n, 2 * r : 2 * r + 2, 2 * c : 2 * c + 2, k].max() for k in range(5)]
                for c in range(4)
            ]
            for r in range(3)
        ]
        for n in range(3)
    ]
    np.testing.assert_array_equal(pooled(x), expected)


def circle(values, radius=8):
    """A circle drawn one cell wide, its cells given `values` in turn."""
    angles = np.linspace(0, 2 * np.pi, 200, endpoint=False)
    cells = dict.fromkeys(
        (round(14 + radius * np.cos(a)), round(14 + radius * np.sin(a))) for a in angles
    )
    grid = blank()
    for i, (column, row) in enumerate(cells):
        grid[column][row] = values[i * len(values) // len(cells)]
    return grid


def ring(inner, outer):
    """A filled ring: every cell between two radii, full ink."""
    columns, rows = np.indices((28, 28)) - 14
    distance = np.hypot(columns, rows)
    return ((distance >= inner) & (distance <= outer)).astype(float).tolist()


def cross():
    cells = {(14, row) for row in range(6, 23)} | {(column, 14) for column in range(6, 23)}
    return stroke(cells)


def features(*drawings):
    prepared = prepare().fit_transform(np.array(drawings, dtype=float).reshape(len(drawings), -1))
    return GlyphFeatures().fit_transform(prepared)


def similarity(a, b):
    return a @ b / np.linalg.norm(a) / np.linalg.norm(b)


def test_a_brush_line_circle_and_a_thick_filled_one_look_alike():
    # A pass of the brush is 0.3; a slow hand leaves 0.6 to 1 in places.
    thin, uneven, thick, other = features(
        circle([0.3]), circle([0.3, 0.9, 0.6]), ring(6, 9), cross()
    )
    assert similarity(thin, thick) > similarity(thin, other) + 0.2
    assert similarity(thin, uneven) > similarity(uneven, other) + 0.2


def test_a_small_circle_anywhere_looks_like_a_big_one_in_the_middle():
    small = np.roll(np.roll(circle([0.6], radius=4), -7, axis=0), 6, axis=1)
    big, small, other = features(circle([0.6]), small.tolist(), cross())
    assert similarity(big, small) > similarity(big, other) + 0.2


def test_features_have_length_one_however_much_ink_a_drawing_has():
    found = features(circle([0.3]), circle([1.0]), ring(4, 10))
    np.testing.assert_allclose(np.linalg.norm(found, axis=1), 1)


def test_each_drawing_gets_the_same_features_alone_as_in_a_batch():
    drawings = [circle([0.3]), ring(6, 9), cross()]
    together = features(*drawings)
    for drawing, row in zip(drawings, together, strict=True):
        np.testing.assert_allclose(features(drawing)[0], row, rtol=1e-5, atol=1e-6)


def test_the_weights_are_named_by_a_file_beside_the_code_not_pickled():
    assert len(pickle.dumps(GlyphFeatures().fit(np.zeros((1, glyph_net.SIDE**2))))) < 1000
    with pytest.raises(FileNotFoundError, match="glyph_net_0"):
        GlyphFeatures(weights="glyph_net_0").fit(np.zeros((1, glyph_net.SIDE**2)))


def test_it_takes_prepared_drawings_only():
    with pytest.raises(ValueError, match="400 pixels"):
        GlyphFeatures().fit(np.zeros((1, 784)))
