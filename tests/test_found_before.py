"""What the networks of `doodle` find in a drawing, kept per process (`found_before`): each
drawing is seen once, never through another network's or another weights file's eyes, and the
pipeline fit with what was kept guesses as one fit without it."""

import pickle
import uuid
from pathlib import Path

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from drawings import training
from drawings.ml import glyph_net, learned_offline, pipelines
from drawings.ml.glyph_net import GlyphFeatures, prepare
from drawings.ml.grid import as_matrix
from drawings.ml.learned_offline import FoundBefore, SideBySide, found_before
from drawings.ml.sample_counts import HELD_OUT_FOLDS
from drawings.models import Sample
from tests.helpers import counted_calls, stroke


@pytest.fixture
def seen_by_networks(monkeypatch):
    """How many drawings the networks were asked about, call by call."""
    return counted_calls(monkeypatch, glyph_net, "features")


def drawings(count, seed=0):
    """`count` drawings, bars across and down at random places with a few random cells of ink,
    labelled by which way their bar goes, in turn."""
    rng = np.random.default_rng(seed)
    grids = []
    for index in range(count):
        bar = {(int(rng.integers(4, 24)), cell) for cell in range(6, 22)}
        if index % 2:
            bar = {(row, column) for column, row in bar}
        grids.append(
            stroke(bar | {tuple(cell) for cell in rng.integers(3, 25, size=(3, 2)).tolist()})
        )
    return grids, ["down", "across"] * (count // 2)


def test_a_retrain_runs_the_networks_only_on_the_drawings_it_has_not_seen(seen_by_networks):
    grids, labels = drawings(12)
    networks = len(pipelines.train(grids[:-2], labels[:-2], "doodle").pipeline[0].parts)
    assert sum(seen_by_networks) == networks * 10
    seen_by_networks.clear()
    pipelines.train(grids, labels, "doodle")
    assert sum(seen_by_networks) == networks * 2


def test_a_guess_is_neither_looked_for_nor_kept(seen_by_networks):
    grids, labels = drawings(12)
    pipeline = pipelines.fit(grids, labels, "doodle")
    kept = len(found_before)
    seen_by_networks.clear()
    for _ in range(2):
        pipelines.scores(pipeline, grids[0])
    assert len(found_before) == kept
    assert seen_by_networks == [1] * 2 * len(pipeline[0].parts)


def test_the_pipeline_fit_with_what_was_kept_guesses_as_one_fit_without_it():
    grids, labels = drawings(24)
    tests, _ = drawings(10, seed=1)
    without = pipelines.train(grids, labels, "doodle")
    found_before.clear()
    # Half the drawings seen before in another order, by another fit: what is kept comes from
    # other batches, and the rest is found now.
    pipelines.fit(grids[11::-1], labels[11::-1], "doodle")
    kept = len(found_before)
    assert kept == 12
    remembering = pipelines.train(grids, labels, "doodle")
    assert len(found_before) == 24 + kept - 12
    np.testing.assert_allclose(
        remembering.held_out.scores, without.held_out.scores, rtol=1e-6, atol=1e-7
    )
    assert remembering.folds == without.folds == HELD_OUT_FOLDS
    for as_used in (
        lambda pipeline: pipeline,
        lambda pipeline: pickle.loads(pickle.dumps(pipeline)),
    ):
        pipeline, other = as_used(remembering.pipeline), as_used(without.pipeline)
        np.testing.assert_allclose(
            pipeline.predict_proba(as_matrix(tests)),
            other.predict_proba(as_matrix(tests)),
            rtol=1e-6,
            atol=1e-7,
        )
        assert pipelines.guesses(pipeline, tests) == pipelines.guesses(other, tests)


@pytest.fixture
def other_weights():
    """A weights file for the letters network beside the real one, with other numbers: the
    kernels of its first layer turned upside down."""
    name = f"glyph_net_test_{uuid.uuid4().hex}"
    path = Path(glyph_net.__file__).with_name(f"{name}.npz")
    with np.load(path.with_name("glyph_net_1.npz")) as saved:
        weights = {key: saved[key] for key in saved.files}
    weights["conv1_weight"] = weights["conv1_weight"][:, :, ::-1].copy()
    np.savez(path, **weights)
    yield name
    path.unlink()
    learned_offline.learned_file.cache_clear()


def letters(weights):
    return SideBySide([("letters", glyph_net_part(weights))])


def glyph_net_part(weights):
    return Pipeline([*prepare().steps, ("net", GlyphFeatures(weights))])


def test_another_weights_file_never_gets_what_the_first_one_found(other_weights):
    grids, _ = drawings(6)
    X = as_matrix(grids)
    first = letters("glyph_net_1").fit(X).transform(X)
    other = letters(other_weights).fit(X).transform(X)
    assert len(found_before) == 12
    np.testing.assert_allclose(other, glyph_net_part(other_weights).fit_transform(X), rtol=1e-5)
    assert not np.allclose(other, first, atol=1e-3)
    # And each is served its own, in any order.
    np.testing.assert_array_equal(letters(other_weights).fit(X).transform(X[::-1]), other[::-1])
    np.testing.assert_array_equal(letters("glyph_net_1").fit(X).transform(X), first)
    assert len(found_before) == 12


def test_another_weighing_of_the_parts_never_gets_what_the_first_found():
    grids, _ = drawings(6)
    X = as_matrix(grids)
    once = letters("glyph_net_1").fit(X).transform(X)
    weighed = SideBySide([("letters", glyph_net_part("glyph_net_1"))], weights={"letters": 2})
    np.testing.assert_allclose(weighed.fit(X).transform(X), 2 * once)


def test_it_keeps_the_rows_used_last_within_its_size():
    memo = FoundBefore(max_bytes=3 * 8 * 4)  # three rows of four float64
    X = np.arange(20.0).reshape(5, 4)
    asked = []

    def find(rows):
        asked.append(len(rows))
        return rows * 10

    np.testing.assert_array_equal(memo.rows("k", X[:3], find), X[:3] * 10)
    memo.rows("k", X[:1], find)  # the first row is now the one used last
    np.testing.assert_array_equal(memo.rows("k", X[3:5], find), X[3:5] * 10)
    assert asked == [3, 2]
    assert len(memo) == 3 and memo.bytes == 3 * 8 * 4
    memo.rows("k", X[[0, 3, 4]], find)
    assert asked == [3, 2]
    memo.rows("k", X[1:3], find)
    assert asked == [3, 2, 2]


def test_a_retrain_shows_the_networks_each_drawing_once(alice, settings, seen_by_networks):
    # The fit, then the stored pipeline's training space for the alike drawings.
    settings.CLASSIFIER_ALGORITHM = "doodle"
    grids, labels = drawings(6)
    for grid, label in zip(grids, labels, strict=True):
        Sample.add(alice, label, grid)
    training.fit_and_store(alice.pk)
    assert sum(seen_by_networks) == 2 * 6
