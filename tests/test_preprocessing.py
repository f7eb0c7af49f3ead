import numpy as np
import pytest
from scipy import ndimage

from drawings.ml import pipelines
from drawings.ml.grid import has_enough_ink
from drawings.ml.learned_offline import learned_file
from drawings.ml.preprocessing import (
    CentredInBox,
    Deskew,
    InkLevel,
    PixelsAndDirections,
    PixelsAndSoftDirections,
    ShapeSpace,
    Smooth,
    blurred,
)
from tests.helpers import blank, stroke


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


def test_ink_level_counts_three_passes_of_the_brush_as_full_ink():
    levelled = InkLevel().transform([[0, 0.3, 0.6, 0.9, 1]])
    np.testing.assert_allclose(levelled, [[0, 0.4, 0.8, 1, 1]])


def circle(values):
    """A circle of radius 8 drawn one cell wide, its cells given `values` in turn."""
    angles = np.linspace(0, 2 * np.pi, 200, endpoint=False)
    cells = dict.fromkeys((round(14 + 8 * np.cos(a)), round(14 + 8 * np.sin(a))) for a in angles)
    grid = blank()
    for i, (column, row) in enumerate(cells):
        grid[column][row] = values[i * len(values) // len(cells)]
    return grid


def test_a_stroke_drawn_fast_in_places_looks_like_one_drawn_evenly_after_ink_level():
    # The brush leaves 0.3 where the hand went fast and 0.9 where it went slowly.
    uneven, even = rows(circle([0.3, 0.9]), circle([0.6]))
    levelled = InkLevel().transform(rows(uneven, even))
    assert similarity(*levelled) > similarity(uneven, even) + 0.02


def test_the_shape_space_projects_features_onto_its_components():
    basis = learned_file("shape_space_1", np.float64)
    mean, components = basis["mean"], basis["components"]
    features = pipelines.shapes()[-1].estimator["features"]
    drawn = features.transform(pipelines.shapes()[:-1].fit_transform(rows(circle([0.6]))))
    assert components.shape == (64, drawn.shape[1])
    # Principal components: orthonormal, so the projection keeps distances along them.
    np.testing.assert_allclose(components @ components.T, np.eye(64), atol=1e-5)
    np.testing.assert_allclose(ShapeSpace().transform(drawn), (drawn - mean) @ components.T)


def test_the_shape_space_is_named_by_a_file_beside_the_code():
    with pytest.raises(FileNotFoundError, match="shape_space_0"):
        ShapeSpace(basis="shape_space_0").transform(np.zeros((1, 625)))


def image(cells, side=20):
    """A `side`×`side` image, as one row, with full ink in each (row, column) of `cells`."""
    drawn = np.zeros((side, side))
    drawn[tuple(np.array(sorted(cells)).T)] = 1
    return drawn.ravel()


def line(degrees, length=14):
    """A straight line through the middle of a 20×20 image, turned `degrees` from horizontal."""
    angle = np.deg2rad(degrees)
    along = np.linspace(-length / 2, length / 2, 200)
    rows, columns = np.rint(10 + along * np.sin(angle)), np.rint(10 + along * np.cos(angle))
    return image(zip(rows.astype(int), columns.astype(int), strict=True))


def directions(features, *images):
    """The stroke directions part of the features of each image."""
    pixels = len(images[0])
    return features.fit_transform(np.array(images))[:, pixels:]


def test_soft_directions_count_a_horizontal_stroke_as_running_across():
    found = directions(PixelsAndSoftDirections(), line(0))[0]
    per_direction = found.reshape(-1, 9).sum(axis=0)
    # Its gradients point straight down: the middle one of 9 directions (80° to 100°), but for
    # its two ends, whose gradients point along it.
    assert per_direction.argmax() == 4
    assert per_direction[4] > 0.8 * per_direction.sum()


def test_soft_directions_weigh_as_asked_against_the_pixels():
    features = PixelsAndSoftDirections(weight=0.8).fit_transform(np.array([line(30)]))[0]
    np.testing.assert_allclose(np.linalg.norm(features[:400]), 1)
    np.testing.assert_allclose(np.linalg.norm(features[400:]), 0.8)


def test_a_stroke_moved_by_a_cell_keeps_its_soft_directions_wherever_it_is():
    def least_alike(features):
        bars = [image((row, column) for row in range(4, 16)) for column in range(3, 10)]
        return min(
            similarity(*directions(features, bar, moved))
            for bar, moved in zip(bars, bars[1:], strict=False)
        )

    # With hard cells a bar moved across a cell's border looks like another stroke.
    assert least_alike(PixelsAndSoftDirections()) > least_alike(PixelsAndDirections()) + 0.1


@pytest.mark.parametrize("degrees", [5, 15])
def test_a_stroke_turned_a_little_keeps_more_of_its_soft_directions(degrees):
    def alike(features):
        return similarity(*directions(features, line(degrees), line(degrees + 10)))

    assert alike(PixelsAndSoftDirections()) > alike(PixelsAndDirections()) + 0.04


def test_soft_directions_tell_a_horizontal_stroke_from_a_vertical_one():
    across, down = directions(PixelsAndSoftDirections(), line(0), line(90))
    assert similarity(across, down) < 0.1


@pytest.mark.parametrize("step", [CentredInBox(), Deskew(), Smooth(), PixelsAndSoftDirections()])
def test_an_empty_drawing_stays_empty(step):
    size = 784 if isinstance(step, CentredInBox) else 400
    assert not step.fit_transform(np.zeros((2, size))).any()


def test_a_drawing_needs_a_few_inked_cells_for_a_guess():
    assert not has_enough_ink(blank())
    assert not has_enough_ink(stroke([(3, 3), (3, 4), (4, 4)], value=1))
    assert has_enough_ink(stroke([(3, 3), (3, 4), (4, 4), (4, 5)], value=0.3))


@pytest.mark.parametrize(
    ("shape", "sigma", "mode"),
    [((28, 28), 0.55, "constant"), ((28, 28), 1.75, "constant"), ((4, 20, 20), 0.5, "reflect")]
    + [((2, 9, 20, 20), 1.0, "reflect")],
)
def test_a_blur_is_scipys_gaussian_filter_of_each_image(shape, sigma, mode):
    images = np.random.default_rng(0).random(shape)
    expected = ndimage.gaussian_filter(images, (0,) * (len(shape) - 2) + (sigma,) * 2, mode=mode)
    np.testing.assert_allclose(blurred(images, sigma, mode), expected, rtol=0, atol=1e-14)
