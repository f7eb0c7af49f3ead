"""The doodle features of `doodle`: the weights learned from real doodles, read by name from a file
beside the code, and drawings that differ only in how they were drawn looking alike through them.
How numpy computes the layers is tested in test_glyph_net.py: both networks run the same code."""

import pickle
from pathlib import Path

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from drawings.ml import doodle_net, glyph_net
from drawings.ml.doodle_net import DoodleFeatures, prepare
from drawings.ml.glyph_net import GlyphFeatures
from drawings.ml.learned_offline import SideBySide
from tests.test_glyph_net import circle, cross, ring, similarity


def features(*drawings):
    prepared = prepare().fit_transform(np.array(drawings, dtype=float).reshape(len(drawings), -1))
    return DoodleFeatures().fit_transform(prepared)


def test_a_brush_line_circle_and_a_thick_filled_one_look_alike():
    thin, uneven, thick, other = features(
        circle([0.3]), circle([0.3, 0.9, 0.6]), ring(6, 9), cross()
    )
    assert similarity(thin, thick) > similarity(thin, other) + 0.1
    assert similarity(thin, uneven) > similarity(uneven, other) + 0.1


def test_a_small_circle_anywhere_looks_like_a_big_one_in_the_middle():
    small = np.roll(np.roll(circle([0.6], radius=4), -7, axis=0), 6, axis=1)
    big, small, other = features(circle([0.6]), small.tolist(), cross())
    assert similarity(big, small) > similarity(big, other) + 0.1


def test_what_every_doodle_has_in_common_is_taken_away_so_unlike_drawings_point_apart():
    # Averaged after a ReLU, a network's findings are never negative: uncentred, any two
    # drawings' features would point the same way at least a little.
    circle_features, cross_features = features(circle([0.6]), cross())
    assert similarity(circle_features, cross_features) < 0


def test_each_drawing_gets_the_same_features_of_length_one_alone_as_in_a_batch():
    drawings = [circle([0.3]), ring(6, 9), cross()]
    together = features(*drawings)
    assert together.shape == (3, doodle_net.FEATURES)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1)
    for drawing, row in zip(drawings, together, strict=True):
        np.testing.assert_allclose(features(drawing)[0], row, rtol=1e-5, atol=1e-6)


def test_the_weights_are_a_small_file_beside_the_code_named_not_pickled():
    weights = Path(doodle_net.__file__).with_name(f"{DoodleFeatures().weights}.npz")
    assert weights.stat().st_size <= 4_000_000
    assert len(pickle.dumps(DoodleFeatures().fit(np.zeros((1, doodle_net.SIDE**2))))) < 1000
    with pytest.raises(FileNotFoundError, match="doodle_net_0"):
        DoodleFeatures(weights="doodle_net_0").fit(np.zeros((1, doodle_net.SIDE**2)))


def test_it_takes_prepared_drawings_only():
    with pytest.raises(ValueError, match="576 pixels"):
        DoodleFeatures().fit(np.zeros((1, 784)))


def test_side_by_side_puts_each_parts_features_beside_the_others_weighted():
    drawings = np.array([circle([0.3]), cross()], dtype=float).reshape(2, -1)
    doodles = Pipeline([*prepare().steps, ("net", DoodleFeatures())])
    letters = Pipeline([*glyph_net.prepare().steps, ("net", GlyphFeatures())])
    both = SideBySide([("doodles", doodles), ("letters", letters)], weights={"letters": 1.5})
    found = both.fit_transform(drawings)
    np.testing.assert_allclose(found[:, : doodle_net.FEATURES], doodles.fit_transform(drawings))
    np.testing.assert_allclose(
        found[:, doodle_net.FEATURES :], 1.5 * letters.fit_transform(drawings)
    )


def test_a_pipeline_pickled_with_the_first_weights_still_sees_drawings_through_them():
    # doodle_net_1's file says nothing of its shape: a maximum after every convolution, flattened.
    drawings = np.array([circle([0.3]), ring(6, 9), cross()], dtype=float).reshape(3, -1)
    first = Pipeline([*prepare().steps, ("net", DoodleFeatures(weights="doodle_net_1"))])
    stored = pickle.loads(pickle.dumps(first.fit(drawings)))
    assert stored.transform(drawings).shape == (3, 128 * 3 * 3)
    assert features(*drawings.reshape(3, 28, 28)).shape == (3, doodle_net.FEATURES)


def test_a_pipeline_pickled_with_the_second_weights_sees_drawings_through_them_uncentred():
    # doodle_net_2's file holds no centre: its 128 averaged findings, never negative.
    drawings = np.array([circle([0.6]), cross()], dtype=float).reshape(2, -1)
    second = Pipeline([*prepare().steps, ("net", DoodleFeatures(weights="doodle_net_2"))])
    found = pickle.loads(pickle.dumps(second.fit(drawings))).transform(drawings)
    assert found.shape == (2, 128)
    assert (found >= 0).all()
    np.testing.assert_allclose(np.linalg.norm(found, axis=1), 1)
