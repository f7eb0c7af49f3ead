"""The canvas's arithmetic (static/drawings/grid.js), run in Chromium on its own, with no page.

A pass of the brush adds 0.3 to a cell, capped at 1, one decimal; a stroke marks every cell the
pointer crossed between two events, however fast it moved, each once.
"""

import math
import random
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

GRID_JS = Path(__file__).resolve().parent.parent / "static" / "drawings" / "grid.js"


@pytest.fixture(scope="module")
def grid(browser):
    """A blank page with the module grid.js run inline (a blank page can't import it) and its
    exports put on window.emojisiteGrid; `grid.evaluate("g => …")` gets them."""
    page = browser.new_page()
    exports = "SIZE, emptyGrid, isEmpty, addPass, cellsOnLine, brushAlong"
    page.add_script_tag(
        content=f"{GRID_JS.read_text()}\nwindow.emojisiteGrid = {{ {exports} }};", type="module"
    )
    page.wait_for_function("window.emojisiteGrid")

    class Grid:
        def evaluate(self, expression, argument=None):
            return page.evaluate(
                f"([arg]) => ({expression})(window.emojisiteGrid, arg)", [argument]
            )

    yield Grid()
    page.close()


def test_a_new_grid_is_28_columns_of_28_empty_cells(grid):
    assert grid.evaluate("g => g.emptyGrid()") == [[0] * 28 for _ in range(28)]
    assert grid.evaluate("g => g.isEmpty(g.emptyGrid())") is True


def test_each_pass_of_the_brush_adds_0_3_up_to_1_in_one_decimal(grid):
    values = grid.evaluate(
        """g => {
            const cells = g.emptyGrid();
            return [1, 2, 3, 4, 5].map(() => { g.addPass(cells, 3, 7); return cells[3][7]; });
        }"""
    )
    assert values == [0.3, 0.6, 0.9, 1, 1]


def test_a_pass_goes_to_grid_column_then_row(grid):
    cells = grid.evaluate(
        "g => { const cells = g.emptyGrid(); g.addPass(cells, 2, 5); return cells; }"
    )
    assert cells[2][5] == 0.3
    assert sum(map(sum, cells)) == 0.3
    assert grid.evaluate("(g, cells) => g.isEmpty(cells)", cells) is False


def test_a_pass_off_the_grid_changes_nothing(grid):
    cells = grid.evaluate(
        """g => {
            const cells = g.emptyGrid();
            const off = [[-1, 0], [28, 0], [0, -1], [0, 28], [40, -3]];
            off.forEach(([col, row]) => g.addPass(cells, col, row));
            return cells;
        }"""
    )
    assert cells == [[0] * 28 for _ in range(28)]


def cells_on_line(grid, a, b):
    return [tuple(cell) for cell in grid.evaluate("(g, [a, b]) => g.cellsOnLine(a, b)", [a, b])]


def test_a_move_within_one_cell_crosses_none(grid):
    assert cells_on_line(grid, {"x": 3.2, "y": 4.7}, {"x": 3.9, "y": 4.1}) == []


def test_a_line_lists_the_cells_after_the_first_in_order(grid):
    assert cells_on_line(grid, {"x": 2.5, "y": 3.5}, {"x": 6.5, "y": 3.2}) == [
        (3, 3),
        (4, 3),
        (5, 3),
        (6, 3),
    ]
    assert cells_on_line(grid, {"x": 5.5, "y": 9.9}, {"x": 5.1, "y": 6.0}) == [
        (5, 8),
        (5, 7),
        (5, 6),
    ]
    # Up and to the right, shallow: x crosses 3 and 4, y crosses 4, where x = 3.5.
    assert cells_on_line(grid, {"x": 2.5, "y": 4.5}, {"x": 4.5, "y": 3.5}) == [
        (3, 4),
        (3, 3),
        (4, 3),
    ]


def crosses(a, b, col, row):
    """Whether the segment a→b meets the cell [col, col+1] × [row, row+1] (Liang–Barsky)."""
    start, end = 0.0, 1.0
    for origin, delta, low in ((a["x"], b["x"] - a["x"], col), (a["y"], b["y"] - a["y"], row)):
        if delta == 0:
            if not low - 1e-9 <= origin <= low + 1 + 1e-9:
                return False
            continue
        t1, t2 = sorted(((low - origin) / delta, (low + 1 - origin) / delta))
        start, end = max(start, t1), min(end, t2)
    return start <= end + 1e-9


def random_segments(count, seed=12):
    """Strokes as pointers make them: short and long, any direction, some leaving the canvas,
    some ending exactly on the lines between cells."""
    rng = random.Random(seed)
    segments = []
    for index in range(count):
        a = {"x": rng.uniform(0, 28), "y": rng.uniform(0, 28)}
        reach = rng.choice((0.8, 3, 12, 40))
        angle = rng.uniform(0, 2 * math.pi)
        b = {"x": a["x"] + reach * math.cos(angle), "y": a["y"] + reach * math.sin(angle)}
        if index % 10 == 0:
            b["y"] = a["y"]  # straight across
        if index % 10 == 1:
            b["x"] = a["x"]  # straight down or up
        if index % 10 in (2, 3):
            b["x"] = float(round(b["x"]))  # ending on a cell's edge…
        if index % 10 == 3:
            b["y"] = float(round(b["y"]))  # …or on its corner, where rounding decides
        segments.append((a, b))
    return segments


def test_a_stroke_crosses_exactly_the_cells_under_it_with_no_gaps(grid):
    segments = random_segments(1000)
    answers = grid.evaluate(
        "(g, segments) => segments.map(([a, b]) => g.cellsOnLine(a, b))", segments
    )
    for (a, b), cells in zip(segments, answers, strict=True):
        here = (math.floor(a["x"]), math.floor(a["y"]))
        end = (math.floor(b["x"]), math.floor(b["y"]))
        assert len(cells) == abs(end[0] - here[0]) + abs(end[1] - here[1]), (a, b)
        for col, row in cells:
            # One step to a neighbouring cell, towards the end, never diagonally.
            step = (col - here[0], row - here[1])
            assert step in ((1, 0), (-1, 0), (0, 1), (0, -1)), (a, b, cells)
            assert step[0] * (end[0] - here[0]) >= 0 and step[1] * (end[1] - here[1]) >= 0
            assert crosses(a, b, col, row), (a, b, (col, row))
            here = (col, row)
        assert here == end, (a, b, cells)


def test_a_fast_stroke_leaves_no_gaps_and_each_crossing_is_one_pass(grid):
    there_and_back = grid.evaluate(
        """g => {
            const cells = g.emptyGrid();
            g.addPass(cells, 0, 14);  // where the pointer went down
            const crossed = g.brushAlong(cells, {x: 0.5, y: 14.5}, {x: 27.5, y: 14.5});
            const back = g.brushAlong(cells, {x: 27.5, y: 14.5}, {x: 20.2, y: 14.9});
            const still = g.brushAlong(cells, {x: 20.2, y: 14.9}, {x: 20.8, y: 14.1});
            return {crossed, back, still, row: cells.map((column) => column[14])};
        }"""
    )
    assert there_and_back["crossed"] == 27
    assert there_and_back["back"] == 7
    assert there_and_back["still"] == 0
    assert there_and_back["row"] == [0.3] * 20 + [0.6] * 7 + [0.3]
