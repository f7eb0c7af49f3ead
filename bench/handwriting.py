"""Real handwriting drawn on the 28×28 canvas the way people draw: anywhere, at any size, slanted,
turned, stretched or squashed, with a thick or a thin pen, or traced stroke by stroke with the
page's own brush.

Two sources, each with a development half to tune on and a final half nobody tunes on:

- scikit-learn's digits (1,797 drawings, 8×8, by 43 people; which person wrote which is not
  shipped, so the halves are random halves of each digit's drawings) are rendered as filled ink;
- the Hershey vector fonts (package hershey-fonts) are pen paths in eight distinct hands. A path
  is traced by a pointer moving at a speed that changes along the stroke, with the hand's tremor
  when slow, and rasterised by the rule of static/drawings/draw/canvas.js (`drawingCanvas`).
  Hands are the writers: the two halves share none, and a case trains on some hands and tests on
  others.
"""

import math
from dataclasses import dataclass, fields

import numpy as np
from scipy import ndimage

GRID_SIZE = 28
BRUSH = 0.3
CANVAS_VALUES = np.array([0, 0.3, 0.6, 0.9, 1.0])
# One font of each distinct set of digit glyphs in the package (others repeat these).
HANDS = {
    "development": ["futural", "timesr", "gothgbt", "rowmant"],
    "final": ["scripts", "futuram", "timesib", "japanese"],
}


@dataclass(frozen=True)
class Variation:
    """Which ways of drawing differently are on; each can be switched off to see its cost."""

    place: bool = True  # anywhere on the canvas, not centred
    size: bool = True  # longer side 12 to 26 cells, not 20
    slant: bool = True  # slanted ±15° and turned ±8°
    aspect: bool = True  # width 0.7 to 1.15 of its own proportion
    thickness: bool = True  # filled ink from a thin to a thick pen
    speed: bool = True  # brush strokes slow (and shaky) in places, fast in others

    @classmethod
    def names(cls):
        return [field.name for field in fields(cls)]


class Canvas:
    """The drawing page's grid and brush, as static/drawings/draw.js has them: `grid[col][row]`;
    each cell a pointer enters gets a pass of +0.3, capped at 1 and rounded to one decimal."""

    def __init__(self):
        self.grid = np.zeros((GRID_SIZE, GRID_SIZE))

    def add_pass(self, col, row):
        if 0 <= col < GRID_SIZE and 0 <= row < GRID_SIZE:
            self.grid[col, row] = min(1, round((float(self.grid[col, row]) + BRUSH) * 10) / 10)

    def stroke(self, points):
        """A pointer put down at points[0] (x, y in cell units) and moved through the others."""
        (x, y), *moves = points
        self.add_pass(math.floor(x), math.floor(y))
        for a, b in zip(points, moves, strict=False):
            for col, row in cells_on_line(a, b):
                self.add_pass(col, row)


def cells_on_line(a, b):
    """Cells crossed by the segment from a to b, without the start cell, in order: draw.js's
    grid traversal, step for step."""
    # Plain floats: numpy's scalar functions made tracing a drawing four times as slow.
    col, row = math.floor(a[0]), math.floor(a[1])
    end_col, end_row = math.floor(b[0]), math.floor(b[1])
    if (col, row) == (end_col, end_row):
        return []
    dx, dy = float(b[0] - a[0]), float(b[1] - a[1])
    step_x, step_y = (dx > 0) - (dx < 0), (dy > 0) - (dy < 0)
    delta_x = abs(1 / dx) if step_x else math.inf
    delta_y = abs(1 / dy) if step_y else math.inf
    next_x = ((col + 1 - a[0]) if step_x > 0 else (a[0] - col)) * delta_x if step_x else math.inf
    next_y = ((row + 1 - a[1]) if step_y > 0 else (a[1] - row)) * delta_y if step_y else math.inf
    cells = []
    for _ in range(abs(end_col - col) + abs(end_row - row)):
        if col != end_col and (row == end_row or next_x < next_y):
            col += step_x
            next_x += delta_x
        else:
            row += step_y
            next_y += delta_y
        cells.append((col, row))
    return cells


def pose(rng, variation, sizes=(12, 26)):
    """A random 2×2 map (x, y) → (x', y') for one drawing: slant, turn and aspect; and the size
    its longer side is drawn at (in cells, between `sizes`)."""
    slant = np.deg2rad(rng.uniform(-15, 15)) if variation.slant else 0.0
    turn = np.deg2rad(rng.uniform(-8, 8)) if variation.slant else 0.0
    aspect = rng.uniform(0.7, 1.15) if variation.aspect else 1.0
    # y points down the page: a slant to the right moves the top (smaller y) right.
    shear = np.array([[1, -np.tan(slant)], [0, 1]])
    cos, sin = np.cos(turn), np.sin(turn)
    matrix = np.array([[cos, -sin], [sin, cos]]) @ shear @ np.diag([aspect, 1])
    size = rng.uniform(*sizes) if variation.size else 20.0
    return matrix, size


def placement(points, rng, variation, sizes=(12, 26)):
    """(A, b): the map p → A·p + b that poses points (x, y), scales them so their longer side is
    the pose's size, and puts them at a random place on the canvas where they fit (or its
    centre), in cell units (cell (col, row) spans [col, col + 1) × [row, row + 1))."""
    matrix, size = pose(rng, variation, sizes)
    posed = points @ matrix.T
    low, high = posed.min(axis=0), posed.max(axis=0)
    scale = size / max((high - low).max(), 1e-9)
    room = np.maximum(GRID_SIZE - 1 - (high - low) * scale, 0)
    corner = rng.uniform(0, 1, size=2) * room if variation.place else room / 2
    return scale * matrix, corner + 0.5 - low * scale


def filled(image, rng, variation):
    """An image (rows × columns, ink 0..1) drawn as filled ink on the canvas, as
    `features[column][row]`."""
    rows, columns = np.nonzero(image > 0.05)
    corners = np.array(
        [[x, y] for x in (columns.min(), columns.max() + 1) for y in (rows.min(), rows.max() + 1)],
        dtype=np.float64,
    )
    centre = corners.mean(axis=0)
    linear, offset = placement(corners - centre, rng, variation)
    # Canvas cell (row, col) shows image point inverse(A)·((col, row) + ½ − b) + centre, read from
    # the image zoomed 4 times, whose pixel k is centred on 4·(k + ½) in the image's units.
    inverse = np.linalg.inv(linear)
    swap = np.array([[0, 1], [1, 0]])
    smooth = ndimage.zoom(image, 4, order=1, grid_mode=True, mode="grid-constant")
    canvas = ndimage.affine_transform(
        smooth,
        4 * swap @ inverse @ swap,
        offset=4 * swap @ (inverse @ (0.5 - offset) + centre) - 0.5,
        output_shape=(GRID_SIZE, GRID_SIZE),
        order=1,
    )
    # The pen: a low threshold inks everything the writer's stroke touched (thick), a high one
    # only its middle (thin).
    threshold = rng.uniform(0.1, 0.5) if variation.thickness else 0.3
    return quantised(np.clip((canvas - threshold) / 0.25, 0, 1)).T


def quantised(ink):
    return CANVAS_VALUES[np.abs(ink[..., None] - CANVAS_VALUES).argmin(axis=-1)]


def traced(strokes, rng, variation, sizes=(12, 26), speeds=(0.15, 2.5)):
    """Pen strokes (lists of (x, y), y down) traced on the canvas by a pointer, as
    `features[column][row]`, the longer side between `sizes` cells, the pointer moving between
    `speeds` cells a report.

    A pointer reports where it is about 60 times a second: a fast hand moves it 1 to 3 cells
    between reports, a slow one a fraction of a cell, wobbling across cell edges, so a slow
    stretch of a stroke collects several passes (0.6 to 1) where a fast one leaves 0.3.
    """
    joined = np.vstack(strokes).astype(np.float64)
    centre = (joined.min(axis=0) + joined.max(axis=0)) / 2
    linear, offset = placement(joined - centre, rng, variation, sizes)
    points = (joined - centre) @ linear.T + offset
    canvas = Canvas()
    start = 0
    for stroke in strokes:
        path = points[start : start + len(stroke)]
        start += len(stroke)
        canvas.stroke(pointer_reports(path, rng, variation, speeds))
    return canvas.grid.copy()


def pointer_reports(path, rng, variation, speeds=(0.15, 2.5)):
    """Where the pointer is reported while a hand draws along `path`."""
    lengths = np.hypot(*np.diff(path, axis=0).T)
    along = np.concatenate([[0], np.cumsum(lengths)])
    total = along[-1]
    if total == 0:
        return [tuple(path[0])]
    if not variation.speed:
        steps = np.arange(0, total, 1.0)
        shake = np.zeros((len(steps), 2))
    else:
        steps = report_steps(total, rng.uniform(*np.log(speeds), size=4).tolist())
        moved = np.diff(np.append(steps, total)).clip(1e-3)
        # Tremor shows when the hand is slow: up to a third of a cell.
        shake = rng.normal(0, 1, size=(len(steps), 2)) * (0.12 / np.sqrt(moved))[:, None]
        shake = shake.clip(-0.35, 0.35)
    steps = np.append(steps, total)
    shake = np.vstack([shake, np.zeros((1, 2))])
    x = np.interp(steps, along, path[:, 0])
    y = np.interp(steps, along, path[:, 1])
    return [tuple(point) for point in (np.column_stack([x, y]) + shake).tolist()]


def report_steps(total, knots):
    """How far along a stroke `total` cells long the pointer is at each report, moving at a
    speed (cells a report) that changes smoothly through exp(knots), at the start, a third, two
    thirds and the end of the stroke."""
    steps, position = [], 0.0
    # Plain floats, not numpy's scalar functions: a slow stroke takes thousands of steps.
    while position < total:
        steps.append(position)
        at = 3 * position / total
        knot = min(int(at), 2)
        position += math.exp(knots[knot] + (knots[knot + 1] - knots[knot]) * (at - knot))
    return np.array(steps)


@dataclass
class Source:
    """Drawings of each digit in one split, by writer where the source says who wrote them."""

    name: str
    render: callable
    # digit → [(writer or None, the drawing as the source has it), ...]
    drawings: dict

    def writers(self):
        return sorted({writer for per_digit in self.drawings.values() for writer, _ in per_digit})


def digits(split):
    """scikit-learn's digits, half of each digit's drawings per split (fixed once)."""
    from sklearn.datasets import load_digits

    data = load_digits()
    order = np.random.default_rng(2026).permutation(len(data.target))
    drawings = {}
    for digit in range(10):
        indices = order[data.target[order] == digit]
        half = (
            indices[: len(indices) // 2] if split == "development" else indices[len(indices) // 2 :]
        )
        drawings[digit] = [(None, data.images[i] / 16) for i in half]
    return Source("digits", filled, drawings)


def hershey(split):
    """The split's Hershey hands, each digit as its pen strokes (y down)."""
    from HersheyFonts import HersheyFonts

    font = HersheyFonts()
    drawings = {digit: [] for digit in range(10)}
    for hand in HANDS[split]:
        font.load_default_font(hand)
        for digit in range(10):
            strokes = [
                np.array(stroke, dtype=np.float64) for stroke in font.strokes_for_text(str(digit))
            ]
            drawings[digit].append((hand, [stroke for stroke in strokes if len(stroke)]))
    return Source("hershey", traced, drawings)


# Fonts whose letters are the Latin alphabet, so that one letter in any of them is one shape.
LATIN = {
    "futural",
    "futuram",
    "rowmans",
    "rowmand",
    "rowmant",
    "timesr",
    "timesrb",
    "timesi",
    "timesib",
    "scripts",
    "scriptc",
    "cursive",
    "gothgbt",
    "gothgrt",
    "gothiceng",
    "gothicger",
    "gothicita",
    "gothitt",
}


def letters():
    """Every Hershey glyph but the digits, in every font, by shape: a Latin letter is one shape
    in all Latin fonts, any other glyph (Greek, Cyrillic, Japanese, symbols) a shape of its own.

    What `bench/shape_space.py` learns from; nothing here is a digit 0 to 9 in any font.
    """
    import string

    from HersheyFonts import HersheyFonts

    font = HersheyFonts()
    shapes, seen = {}, set()
    for hand in font.default_font_names:
        font.load_default_font(hand)
        for char in string.ascii_letters + string.punctuation:
            strokes = [np.array(s, dtype=np.float64) for s in font.strokes_for_text(char) if len(s)]
            key = str([s.tolist() for s in strokes])
            if not strokes or key in seen or np.ptp(np.vstack(strokes), axis=0).max() < 4:
                continue
            seen.add(key)
            shape = char if hand in LATIN else f"{hand} {char}"
            shapes.setdefault(shape, []).append((hand, strokes))
    return Source("letters", traced, shapes)


def inked(strokes, rng, variation):
    """Pen strokes traced on the canvas, half of them as is and half with a thicker pen."""
    grid = traced(strokes, rng, variation)
    if variation.thickness and rng.random() < 0.5:
        grid = quantised(ndimage.grey_dilation(grid, size=int(rng.integers(2, 4))))
    return grid
