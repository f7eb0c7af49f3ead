"""Plain helpers the tests import: drawings to send, the teaching app's file, fuzzing sizes.

Fixtures live in conftest.py, where pytest finds them; nothing imports from there.
"""

import os
from pathlib import Path

import numpy as np

# Examples per property test and per fuzzed API operation; raise it for a long run. The default
# run always tries the same examples, so the suite passes or fails alike every time; a run with
# FUZZ_EXAMPLES set draws new ones.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ_DERANDOMIZE = "FUZZ_EXAMPLES" not in os.environ

# A line the teaching app wrote itself (json.dumps escaping: 🙂 is "\\ud83d\\ude42"), kept verbatim.
TEACHING_APP_SAMPLES = Path(__file__).resolve().parent / "data" / "teaching-app-samples.txt"


def blank():
    return [[0] * 28 for _ in range(28)]


def stroke(cells, value=0.6):
    """A drawing with `value` in each (column, row) of `cells`."""
    grid = blank()
    for column, row in cells:
        grid[column][row] = value
    return grid


def vertical_bar(column=14):
    return stroke([(column, row) for row in range(5, 23)])


def horizontal_bar(row=14):
    return stroke([(column, row) for column in range(5, 23)])


def as_array(grid):
    return np.asarray(grid, dtype=float)
