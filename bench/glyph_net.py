"""Learn the small network whose features the `net` classifier sees drawings through, from letters
and symbols (never digits).

Every glyph of the Hershey fonts but the digits (Latin letters in 18 hands, Greek, Cyrillic,
Japanese, astrological, mathematical and other symbols: 1,050 glyphs of 593 shapes) is drawn on the
canvas many times, three ways: traced by the page's brush as bench/accuracy.py traces, the same
with a thicker pen, and as a blurry low-resolution image inked like a scanned drawing (as
bench/accuracy.py inks scikit-learn's digits). Each drawing is put anywhere, at any size, slanted,
turned and stretched, then prepared as the classifier prepares it (centred, deskewed, smoothed).
A small convolutional network learns to tell the shapes apart; what its two convolutions find in
a drawing is what a user's classifier learns from. Their weights (40 KB) are kept beside the
code (`drawings/ml/glyph_net_1.npz`), and run on numpy alone at guess time.

Needs PyTorch, to train only (the site never imports it); about 20 minutes on 2 cores:

    .venv/bin/pip install -r bench/requirements.txt torch
    .venv/bin/python -m bench.glyph_net --out /tmp/glyph_net_2.npz

A network trained again is not the same network (PyTorch's arithmetic on the CPU depends on its
threads): weights are never rewritten, a new file gets a new name (see GlyphFeatures).

The digits bench/accuracy.py tests with are not among the glyphs, so its figures measure how well
what was learned from other shapes transfers, as it must to users' emoji.
"""

import argparse
import multiprocessing
import time
from pathlib import Path

import numpy as np
from scipy import ndimage

from bench import handwriting
from drawings.ml import glyph_net
from drawings.ml.grid import as_matrix

DRAWINGS_PER_GLYPH = 240


def low_resolution(strokes, rng):
    """Pen strokes drawn with a broad pen into a small blurry image (8 to 16 pixels a side), as a
    scan of a drawing is: what bench/handwriting.filled inks onto the canvas."""
    points = []
    for stroke in strokes:
        for a, b in zip(stroke[:-1], stroke[1:], strict=True):
            steps = max(2, int(np.hypot(*(b - a)) * 2))
            points.append(a + (b - a) * np.linspace(0, 1, steps)[:, None])
        points.append(stroke)
    points = np.vstack(points)
    side = int(rng.integers(8, 17))
    fine = side * 4
    low, high = points.min(axis=0), points.max(axis=0)
    scale = (fine - 8) / max((high - low).max(), 1e-9)
    at = ((points - (low + high) / 2) * scale + fine / 2).astype(int).clip(0, fine - 1)
    image = np.zeros((fine, fine))
    image[at[:, 1], at[:, 0]] = 1
    image = ndimage.gaussian_filter(image, rng.uniform(1.5, 3.5))
    image = image.reshape(side, 4, side, 4).mean(axis=(1, 3))
    return image / image.max()


def drawn(job):
    """Drawings of each of `glyphs`, as canvases: a third traced, a third traced with a thicker
    pen, a third inked from a low-resolution image."""
    glyphs, per_glyph, seed = job
    rng = np.random.default_rng(seed)
    variation = handwriting.Variation()
    canvases, shapes = [], []
    for shape, strokes in glyphs:
        for index in range(per_glyph):
            style = index % 3
            if style == 0:
                canvas = handwriting.traced(strokes, rng, variation)
            elif style == 1:
                canvas = handwriting.inked(strokes, rng, variation)
            else:
                canvas = handwriting.filled(low_resolution(strokes, rng), rng, variation)
            if np.count_nonzero(canvas) >= 4:
                canvases.append(canvas)
                shapes.append(shape)
    images = glyph_net.prepare().fit_transform(as_matrix(canvases))
    return images.astype(np.float32), np.array(shapes)


def dataset(per_glyph, seed, processes):
    """(images, shape numbers, shape names): every non-digit glyph drawn `per_glyph` times."""
    source = handwriting.letters()
    names = sorted(source.drawings)
    glyphs = [
        (number, strokes)
        for number, name in enumerate(names)
        for _, strokes in source.drawings[name]
    ]
    # Latin letters come in many hands: each hand's glyph is drawn fewer times, so that each
    # shape is seen about as often.
    hands = {number: len(source.drawings[name]) for number, name in enumerate(names)}
    jobs = [
        ([(number, strokes)], max(3, per_glyph // hands[number]), seed + i)
        for i, (number, strokes) in enumerate(glyphs)
    ]
    with multiprocessing.Pool(processes) as pool:
        parts = pool.map(drawn, jobs, chunksize=16)
    images = np.concatenate([images for images, _ in parts])
    shapes = np.concatenate([shapes for _, shapes in parts])
    return images, shapes, names


# The layer between the convolutions and the glyph scores: used in training only.
HIDDEN = 128


def train(images, shapes, n_shapes, epochs, seed):
    """The convolutions' weights (float32 arrays by name) of a network trained to name the shape
    of each image."""
    import torch
    from torch import nn

    torch.manual_seed(seed)
    side = glyph_net.SIDE
    convolutions = []
    for channels_in, channels_out, size in zip(
        (1, *glyph_net.CHANNELS), glyph_net.CHANNELS, glyph_net.KERNELS, strict=False
    ):
        convolutions.append(nn.Conv2d(channels_in, channels_out, size, padding=size // 2))
    network = nn.Sequential(
        *[part for conv in convolutions for part in (conv, nn.ReLU(), nn.MaxPool2d(2))],
        nn.Flatten(),
        nn.Dropout(0.3),
        nn.Linear(glyph_net.FEATURES, HIDDEN),
        nn.ReLU(),
        nn.Dropout(0.3),
        nn.Linear(HIDDEN, n_shapes),
    )
    x = torch.from_numpy(images.reshape(-1, 1, side, side))
    y = torch.from_numpy(shapes.astype(np.int64))
    optimiser = torch.optim.AdamW(network.parameters(), lr=2e-3, weight_decay=1e-4)
    steps = epochs * ((len(x) + 255) // 256)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=3e-3, total_steps=steps)
    loss_of = nn.CrossEntropyLoss(label_smoothing=0.1)
    for epoch in range(epochs):
        network.train()
        order = torch.randperm(len(x))
        started, total, right = time.time(), 0.0, 0
        for start in range(0, len(x), 256):
            batch = order[start : start + 256]
            scores = network(x[batch])
            loss = loss_of(scores, y[batch])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(batch)
            right += int((scores.argmax(1) == y[batch]).sum())
        print(
            f"epoch {epoch + 1}: loss {total / len(x):.3f}, right {right / len(x):.1%},"
            f" {time.time() - started:.0f} s",
            flush=True,
        )
    weights = {}
    for number, conv in enumerate(convolutions, start=1):
        weights[f"conv{number}_weight"] = conv.weight.detach().numpy()
        weights[f"conv{number}_bias"] = conv.bias.detach().numpy()
    return weights


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="the weights file to write")
    parser.add_argument("--per-glyph", type=int, default=DRAWINGS_PER_GLYPH)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--cache", type=Path, help="keep the drawn data set here and reuse it")
    options = parser.parse_args()
    started = time.time()
    if options.cache and options.cache.exists():
        with np.load(options.cache) as saved:
            images, shapes, names = saved["images"], saved["shapes"], list(saved["names"])
    else:
        images, shapes, names = dataset(options.per_glyph, 2026, options.processes)
        if options.cache:
            np.savez_compressed(options.cache, images=images, shapes=shapes, names=names)
    print(f"{len(images)} drawings of {len(names)} shapes in {time.time() - started:.0f} s")
    weights = train(images, shapes, len(names), options.epochs, seed=2026)
    np.savez(options.out, **{name: value.astype(np.float16) for name, value in weights.items()})
    print(f"wrote {options.out} ({options.out.stat().st_size / 1000:.0f} KB)")


if __name__ == "__main__":
    main()
