"""The doodles the benchmark and the feature extractor's training read: which categories, and how
they are drawn on the canvas."""

import gzip

import numpy as np
import pytest

from bench import doodle_net, quickdraw


def test_benchmark_and_kept_categories_are_twenty_distinct_each():
    assert len(set(quickdraw.BENCHMARK)) == len(quickdraw.KEPT) == 20
    assert not set(quickdraw.BENCHMARK) & set(quickdraw.KEPT)


def test_the_training_script_learns_from_neither_benchmark_nor_kept_categories(tmp_path):
    for name in ["airplane", "apple", "smiley face", "zigzag", "snowman", "The Mona Lisa"]:
        (tmp_path / f"{name}.ndjson.gz").write_bytes(gzip.compress(b""))
    assert doodle_net.categories(tmp_path) == ["The Mona Lisa", "airplane"]


def test_a_kept_category_is_refused_without_opening_its_file(tmp_path):
    # No file exists: opening one would raise FileNotFoundError, not this.
    with pytest.raises(ValueError, match="kept for independent checks"):
        quickdraw.bitmaps(tmp_path, "smiley face")


def test_a_bitmap_line_is_drawn_as_one_stroke_across_most_of_the_canvas():
    bitmap = np.zeros((28, 28))
    bitmap[13:15, 3:25] = 0.8  # a horizontal line two pixels thick
    strokes = quickdraw.pen_paths(bitmap)
    assert len(strokes) == 1
    xs, ys = strokes[0][:, 0], strokes[0][:, 1]
    assert np.ptp(xs) > 18 and np.ptp(ys) < 1
    canvas = quickdraw.drawn(strokes, np.random.default_rng(0))
    assert set(np.unique(canvas)) <= {0, 0.3, 0.6, 0.9, 1.0}
    columns = np.nonzero(canvas.any(axis=1))[0]
    low, high = quickdraw.SIZES
    assert low - 1 <= np.ptp(columns) + 1 <= high + 1


def test_a_ring_is_walked_all_round():
    rows, columns = np.indices((28, 28))
    radius = np.hypot(rows - 13.5, columns - 13.5)
    strokes = quickdraw.pen_paths(((radius > 8) & (radius < 10)).astype(float))
    assert sum(len(stroke) for stroke in strokes) > 2 * np.pi * 9 * 2 * 0.8


def test_rings_drawn_by_hand_look_like_real_drawings_on_the_canvas():
    # Most cells passed more than once, as on the teaching app's canvas, but lines one cell wide.
    rows, columns = np.indices((28, 28))
    radius = np.hypot(rows - 13.5, columns - 13.5)
    strokes = quickdraw.pen_paths(((radius > 8) & (radius < 10)).astype(float))
    rng = np.random.default_rng(0)
    figures = quickdraw.statistics([quickdraw.drawn(strokes, rng) for _ in range(20)])
    real = quickdraw.TEACHING_APP
    assert np.allclose(figures["shares"], real["shares"], atol=0.1)
    assert abs(figures["width"] - real["width"]) < 0.1


@pytest.mark.processes  # a pool of one process
def test_traced_drawings_are_each_bitmap_drawn_anew_and_prepared():
    bitmap = np.zeros((28, 28))
    bitmap[4:24, 14] = 1
    drawn = doodle_net.traced(np.array([bitmap, bitmap, bitmap.T]), 2, seed=1, processes=1)
    side = doodle_net.doodle_net.SIDE
    assert drawn.shape == (3, 2, side, side)
    assert not np.array_equal(drawn[0, 0], drawn[0, 1])
    # Each in its bitmap's place: a vertical line stays vertical, a horizontal one horizontal.
    for image, upright in zip(drawn[:, 0], [True, True, False], strict=True):
        rows, columns = np.nonzero(image > 0.2)
        assert (np.ptp(rows) > np.ptp(columns)) == upright
