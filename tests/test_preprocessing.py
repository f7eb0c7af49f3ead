import numpy as np
import pytest

from drawings.ml import pipelines
from drawings.ml.grid import has_enough_ink
from drawings.ml.preprocessing import CentredInBox, Deskew, Smooth
from tests.conftest import blank, stroke


def square_outline(left, top, side, value=0.6):
    """The outline of a square, `side` cells wide, with its top left cell at (left, top)."""
    edge = range(side)
    cells = {(left + i, top) for i in edge} | {(left + i, top + side - 1) for i in edge}
    cells |= {(left, top + i) for i in edge} | {(left + side - 1, top + i) for i in edge}
    return stroke(cells, value)


def plus(left, top, side):
    middle = side // 2
    cells = {(left + i, top + middle) for i in range(side)}
    return stroke(cells | {(left + middle, top + i) for i in range(side)})


def rows(*drawings):
    return np.array(drawings, dtype=float).reshape(len(drawings), -1)


def similarity(a, b):
    return a @ b / np.linalg.norm(a) / np.linalg.norm(b)


def centred(*drawings):
    return CentredInBox().transform(rows(*drawings))


def inked(image, side=20):
    """The image as a square, with the faint tails of blurring left out."""
    return image.reshape(side, side) > 0.05


def test_a_drawing_comes_out_the_same_wherever_it_was_drawn():
    top_left, bottom_right = centred(square_outline(1, 2, 9), square_outline(17, 18, 9))
    assert np.allclose(top_left, bottom_right)


def test_the_pipeline_makes_a_drawing_look_alike_whatever_its_size():
    preprocessing = pipelines.svm()[:-1]
    small, big, cross = preprocessing.fit_transform(
        rows(square_outline(3, 3, 8), square_outline(2, 5, 20), plus(3, 3, 9))
    )
    assert similarity(small, big) > 0.8
    assert similarity(small, big) > similarity(small, cross) + 0.4


def test_the_longer_side_fills_the_box_and_the_aspect_is_kept():
    wide = stroke([(column, row) for column in range(4, 24) for row in (10, 11, 12, 13, 14)])
    image = inked(CentredInBox(box=16, size=20).transform(rows(wide))[0])
    inked_rows = np.flatnonzero(image.any(axis=1))
    inked_columns = np.flatnonzero(image.any(axis=0))
    # 20 × 5 cells become 16 × 4, give or take a blurred edge on each side.
    assert 16 <= len(inked_columns) <= 18
    assert 4 <= len(inked_rows) <= 6
    assert inked_rows.min() == 19 - inked_rows.max()
    assert inked_columns.min() == 19 - inked_columns.max()


def test_rows_of_the_output_are_rows_of_the_page():
    horizontal = stroke([(column, 14) for column in range(5, 23)])
    image = inked(CentredInBox().transform(rows(horizontal))[0])
    assert len(np.flatnonzero(image.any(axis=0))) > len(np.flatnonzero(image.any(axis=1)))


def width(image):
    return len(np.flatnonzero(inked(image).any(axis=0)))


def test_a_slightly_slanted_stroke_is_stood_upright():
    slanted = stroke([(10 + row // 4, row) for row in range(4, 24)])
    before = CentredInBox().transform(rows(slanted))
    after = Deskew().transform(before)[0]
    assert width(after) <= width(before[0]) / 2


def test_a_steep_slant_is_part_of_the_drawing_and_stays():
    upright, leaning_right, leaning_left = Deskew().transform(
        centred(
            stroke([(12, row) for row in range(4, 20)]),
            stroke([(4 + i, 4 + i) for i in range(16)]),
            stroke([(20 - i, 4 + i) for i in range(16)]),
        )
    )
    assert similarity(upright, leaning_right) < 0.5
    assert similarity(upright, leaning_left) < 0.5
    assert similarity(leaning_right, leaning_left) < 0.5


def test_smoothing_makes_thin_and_thick_strokes_alike():
    thin = stroke([(14, row) for row in range(5, 23)], value=1)
    thick = stroke([(column, row) for column in (13, 14, 15) for row in range(5, 23)], value=1)
    raw = rows(thin, thick)
    smoothed = Smooth(sigma=1).transform(raw)
    assert similarity(*smoothed) > similarity(*raw) + 0.2


@pytest.mark.parametrize("step", [CentredInBox(), Deskew(), Smooth()])
def test_an_empty_drawing_stays_empty(step):
    size = 784 if isinstance(step, CentredInBox) else 400
    assert not step.fit_transform(np.zeros((2, size))).any()


def test_a_drawing_needs_a_few_inked_cells_for_a_guess():
    assert not has_enough_ink(blank())
    assert not has_enough_ink(stroke([(3, 3), (3, 4), (4, 4)], value=1))
    assert has_enough_ink(stroke([(3, 3), (3, 4), (4, 4), (4, 5)], value=0.3))
