"""Learn the shape space the classifier sees drawings in, from letters and symbols (never digits).

Every glyph of the Hershey fonts but the digits (Latin letters in 18 hands, Greek, Cyrillic,
Japanese, astrological, mathematical and other symbols: about 1,000 glyphs) is drawn on the canvas
12 times the way bench/accuracy.py draws (place, size, slant, aspect, speed, half with a thicker
pen), turned into the features the classifier compares, and the main components of those
features are kept: the directions in which drawings of shapes differ most.

    .venv/bin/pip install -r bench/requirements.txt
    .venv/bin/python -m bench.shape_space      # writes drawings/ml/shape_space_1.npz (≈ 4 minutes)

The digits bench/accuracy.py tests with are not among the glyphs, so its figures measure how well
what was learned from other shapes transfers, as it must to users' emoji.
"""

import argparse
from pathlib import Path

import numpy as np
from sklearn.decomposition import PCA
from sklearn.pipeline import Pipeline

from bench import handwriting
from drawings.ml import pipelines, preprocessing
from drawings.ml.grid import as_matrix

COMPONENTS = 64
DRAWINGS_PER_GLYPH = 12


def features(drawings):
    """The features the `shapes` classifier computes for drawings, before its shape space."""
    classifier = pipelines.shapes()
    prepare = Pipeline([*classifier.steps[:-1], ("features", classifier[-1].estimator["features"])])
    return prepare.fit_transform(as_matrix(drawings))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", default=Path(preprocessing.__file__).with_name("shape_space_1.npz"), type=Path
    )
    parser.add_argument("--components", type=int, default=COMPONENTS)
    options = parser.parse_args()
    rng = np.random.default_rng(2026)
    variation = handwriting.Variation()
    drawings = [
        handwriting.inked(strokes, rng, variation)
        for glyphs in handwriting.letters().drawings.values()
        for _, strokes in glyphs
        for _ in range(DRAWINGS_PER_GLYPH)
    ]
    space = PCA(options.components, random_state=0).fit(features(drawings))
    np.savez(
        options.out,
        mean=space.mean_.astype(np.float32),
        components=space.components_.astype(np.float32),
    )
    print(
        f"{len(drawings)} drawings; {options.components} components keep"
        f" {100 * space.explained_variance_ratio_.sum():.0f}% of their variance;"
        f" wrote {options.out}"
    )


if __name__ == "__main__":
    main()
