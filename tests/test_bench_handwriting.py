"""The benchmark's drawings: strokes traced with the page's own brush rule."""

import numpy as np

from bench.handwriting import Canvas, Variation, cells_on_line, traced


def test_a_stroke_passes_each_cell_it_crosses_once_with_a_third_of_ink():
    canvas = Canvas()
    canvas.stroke([(2.5, 3.5), (6.5, 3.5)])
    inked = {tuple(cell): canvas.grid[tuple(cell)] for cell in np.argwhere(canvas.grid)}
    assert inked == {(2, 3): 0.3, (3, 3): 0.3, (4, 3): 0.3, (5, 3): 0.3, (6, 3): 0.3}


def test_going_back_over_a_cell_adds_a_pass_up_to_full_ink():
    canvas = Canvas()
    # Down in cell (1, 1), then across the edge with cell (2, 1) and back.
    back_and_forth = [(1.5, 1.5), (2.5, 1.5)] * 3
    canvas.stroke(back_and_forth)
    assert (canvas.grid[1, 1], canvas.grid[2, 1]) == (0.9, 0.9)  # 0.3 + 0.3 + 0.3, not 0.8999…
    canvas.stroke(back_and_forth)
    assert (canvas.grid[1, 1], canvas.grid[2, 1]) == (1.0, 1.0)  # capped at 1


def test_a_diagonal_steps_through_edge_neighbours_like_the_page():
    # draw/canvas.js's traversal: from (0.2, 0.5) to (2.8, 1.5), x edges come first while nearer.
    assert cells_on_line((0.2, 0.5), (2.8, 1.5)) == [(1, 0), (1, 1), (2, 1)]
    # Staying inside one cell crosses nothing: the page adds no pass.
    assert cells_on_line((4.1, 4.1), (4.9, 4.8)) == []


def test_points_off_the_canvas_leave_no_ink():
    canvas = Canvas()
    canvas.stroke([(-3.5, 0.5), (-0.5, 0.5)])
    assert not canvas.grid.any()


def test_a_slow_shaky_hand_leaves_heavier_ink_than_a_steady_one():
    rng = np.random.default_rng(0)
    line = [np.array([[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]])]
    steady = traced(line, rng, Variation(speed=False))
    varied = np.mean([traced(line, rng, Variation()).max() for _ in range(20)])
    assert set(np.unique(steady)) <= {0, 0.3, 0.6}
    assert varied > 0.6
    assert set(np.unique(traced(line, rng, Variation()))) <= {0, 0.3, 0.6, 0.9, 1.0}
