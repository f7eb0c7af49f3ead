"""Learn the small network whose features the `doodle` classifier sees drawings through, from real
doodles (Quick, Draw!, bench/quickdraw.py), never from the benchmark's or the kept categories.

Each drawing of the other 305 categories is drawn on the canvas several times as a hand draws it
(bench/quickdraw.drawn), then prepared as the classifier prepares it (drawings/ml/doodle_net.py).
A small convolutional network learns to name the category; what its three convolutions find in a
drawing is what a user's classifier learns from. Their weights are kept beside the code
(`drawings/ml/doodle_net_1.npz`) and run on numpy alone at guess time.

Needs JAX, to train only (the site never imports it); it trains for the minutes it is given,
writing the weights after every epoch:

    .venv/bin/pip install -r bench/requirements.txt "jax[cpu]"
    nice -n 10 .venv/bin/python -m bench.doodle_net --out /tmp/doodle_net_2.npz \\
        --cache /tmp/doodles.npz --minutes 60

A network trained again is not the same network: weights are never rewritten, a new file gets a
new name (see `learned_offline.learned_file`).
"""

import argparse
import multiprocessing
import time
from functools import partial
from pathlib import Path

import numpy as np

from bench import quickdraw
from drawings.ml import doodle_net
from drawings.ml.grid import as_matrix

DRAWINGS_PER_BITMAP = 6
# The layer between the convolutions and the category scores: used in training only.
HIDDEN = 256


def drawn(job, folder, per_bitmap):
    """Each of a category's bitmaps drawn `per_bitmap` times and prepared, as float32 images."""
    number, category = job
    rng = np.random.default_rng(number)
    canvases = [
        quickdraw.drawn(strokes, rng)
        for bitmap in quickdraw.bitmaps(folder, category)
        for strokes in [quickdraw.pen_paths(bitmap)]
        for _ in range(per_bitmap)
    ]
    canvases = [canvas for canvas in canvases if np.count_nonzero(canvas) >= 4]
    images = doodle_net.prepare().fit_transform(as_matrix(canvases)).astype(np.float32)
    return images, np.full(len(images), number)


def categories(folder):
    """The categories the network learns from: all in `folder` but the benchmark's and the kept
    ones, by name."""
    return quickdraw.training_categories(quickdraw.categories(folder))


def dataset(folder, per_bitmap, processes):
    """(images, category numbers, category names) of every category a network may learn from."""
    names = categories(folder)
    with multiprocessing.Pool(processes) as pool:
        parts = pool.map(partial(drawn, folder=folder, per_bitmap=per_bitmap), enumerate(names))
    images = np.concatenate([images for images, _ in parts])
    numbers = np.concatenate([numbers for _, numbers in parts])
    return images, numbers, names


def initial(key, n_classes):
    import jax

    layers, channels_in = [], 1
    keys = jax.random.split(key, len(doodle_net.CHANNELS) + 2)
    for at, (channels, size) in enumerate(
        zip(doodle_net.CHANNELS, doodle_net.KERNELS, strict=True)
    ):
        fan_in = size * size * channels_in
        weight = jax.random.normal(keys[at], (size, size, channels_in, channels))
        layers.append((weight * np.sqrt(2 / fan_in), np.zeros(channels, np.float32)))
        channels_in = channels
    for at, (fan_in, fan_out) in enumerate(((doodle_net.FEATURES, HIDDEN), (HIDDEN, n_classes))):
        weight = jax.random.normal(keys[-2 + at], (fan_in, fan_out)) * np.sqrt(2 / fan_in)
        layers.append((weight, np.zeros(fan_out, np.float32)))
    return layers


def scores(params, x, key=None):
    """Category scores of images x (n, SIDE, SIDE, 1); dropout where a key is given."""
    import jax
    import jax.numpy as jnp

    for weight, bias in params[: len(doodle_net.CHANNELS)]:
        x = jax.lax.conv_general_dilated(
            x, weight, (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")
        )
        x = jax.lax.reduce_window(
            x + bias, -jnp.inf, jax.lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID"
        )
        x = jax.nn.relu(x)
    x = x.reshape(len(x), -1)
    (hidden, hidden_bias), (last, last_bias) = params[-2:]
    if key is not None:
        x = x * jax.random.bernoulli(key, 0.7, x.shape) / 0.7
    return jax.nn.relu(x @ hidden + hidden_bias) @ last + last_bias


def shifted(images, rng):
    """Each image moved by up to a cell each way, and half of them mirrored."""
    moved = np.empty_like(images)
    for at, (dy, dx) in enumerate(rng.integers(-1, 2, size=(len(images), 2))):
        moved[at] = np.roll(images[at], (dy, dx), axis=(0, 1))
    mirror = rng.random(len(images)) < 0.5
    moved[mirror] = moved[mirror, :, ::-1]
    return moved


def train(images, numbers, n_classes, minutes, seed, out, batch=256):
    """Train for `minutes` of wall-clock time, writing the convolutions' weights to `out` after
    each epoch and at the end. The learning rate follows the time, not the steps: on a machine
    shared with other work, how many steps fit in the time is not known beforehand."""
    import jax
    import jax.numpy as jnp

    rng = np.random.default_rng(seed)
    order = rng.permutation(len(images))
    held = order[: len(order) // 50]
    kept = order[len(order) // 50 :]
    params = initial(jax.random.PRNGKey(seed), n_classes)
    moments = jax.tree.map(jnp.zeros_like, params), jax.tree.map(jnp.zeros_like, params)

    def loss(params, x, y, key):
        logits = scores(params, x, key)
        smooth = jax.nn.one_hot(y, n_classes) * 0.9 + 0.1 / n_classes
        return -jnp.mean(jnp.sum(jax.nn.log_softmax(logits) * smooth, axis=1))

    @jax.jit
    def step(params, moments, x, y, key, at, progress):
        value, grads = jax.value_and_grad(loss)(params, x, y, key)
        # AdamW, the learning rate warming up for 3 % of the time, then falling as a cosine.
        rate = 2e-3 * jnp.minimum(progress / 0.03 + 0.01, 0.5 + 0.5 * jnp.cos(jnp.pi * progress))
        first = jax.tree.map(lambda m, g: 0.9 * m + 0.1 * g, moments[0], grads)
        second = jax.tree.map(lambda v, g: 0.999 * v + 0.001 * g * g, moments[1], grads)
        correction = (1 - 0.9 ** (at + 1), 1 - 0.999 ** (at + 1))
        params = jax.tree.map(
            lambda p, m, v: (
                p - rate * (m / correction[0] / (jnp.sqrt(v / correction[1]) + 1e-8) + 1e-4 * p)
            ),
            params,
            first,
            second,
        )
        return params, (first, second), value

    predict = jax.jit(lambda params, x: scores(params, x).argmax(axis=1))
    key, at, began, epoch, progress = jax.random.PRNGKey(seed + 1), 0, time.time(), 0, 0.0
    while progress < 1:
        started, total, epoch, steps = time.time(), 0.0, epoch + 1, 0
        rng.shuffle(kept)
        for start in range(0, len(kept) - batch + 1, batch):
            progress = (time.time() - began) / (60 * minutes)
            if progress >= 1:
                break
            chosen = kept[start : start + batch]
            x = shifted(images[chosen], rng)[..., None]
            key, subkey = jax.random.split(key)
            params, moments, value = step(params, moments, x, numbers[chosen], subkey, at, progress)
            total, at, steps = total + float(value), at + 1, steps + 1
        right = np.mean(
            np.concatenate(
                [
                    np.asarray(predict(params, images[held[s : s + 1024], ..., None]))
                    for s in range(0, len(held), 1024)
                ]
            )
            == numbers[held]
        )
        print(
            f"epoch {epoch}: {steps} steps, loss {total / max(steps, 1):.3f}, held out right"
            f" {right:.1%}, {time.time() - started:.0f} s",
            flush=True,
        )
        saved(params, out)


def saved(params, out):
    """The convolutions' weights as doodle_net reads them: kernels (out, in, k, k), float16."""
    weights = {}
    for number, (weight, bias) in enumerate(params[: len(doodle_net.CHANNELS)], start=1):
        weights[f"conv{number}_weight"] = np.asarray(weight).transpose(3, 2, 0, 1)
        weights[f"conv{number}_bias"] = np.asarray(bias)
    np.savez(out, **{name: value.astype(np.float16) for name, value in weights.items()})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="the weights file to write")
    parser.add_argument("--folder", type=Path, default=quickdraw.DEFAULT_FOLDER)
    parser.add_argument("--per-bitmap", type=int, default=DRAWINGS_PER_BITMAP)
    parser.add_argument("--minutes", type=float, default=60, help="how long to train")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--cache", type=Path, help="keep the drawn data set here and reuse it")
    options = parser.parse_args()
    started = time.time()
    if options.cache and options.cache.exists():
        with np.load(options.cache) as saved_set:
            images, numbers, names = saved_set["images"], saved_set["numbers"], saved_set["names"]
    else:
        folder = quickdraw.fetch(options.folder)
        images, numbers, names = dataset(folder, options.per_bitmap, options.processes)
        if options.cache:
            np.savez(options.cache, images=images, numbers=numbers, names=names)
    print(f"{len(images)} drawings of {len(names)} categories in {time.time() - started:.0f} s")
    side = doodle_net.SIDE
    train(images.reshape(-1, side, side), numbers, len(names), options.minutes, 2026, options.out)
    print(f"wrote {options.out} ({options.out.stat().st_size / 1000:.0f} KB)")


if __name__ == "__main__":
    main()
