"""Learn the small network whose features the `doodle` classifier sees drawings through, from real
doodles (Quick, Draw!, bench/quickdraw.py), never from the benchmark's or the kept categories.

Each epoch, every bitmap of the other 305 categories is put on the canvas anew, quickly, in numpy
(`on_canvas`: a random size, place and pen, each inked cell 0.3 to 1 as passes of the brush leave
it), then prepared as the classifier prepares a drawing (drawings/ml/doodle_net.py). Tracing the
pen's path as bench/quickdraw.drawn does is closer to a hand and costs 4 ms a drawing: `--traced`
draws each bitmap a few times, once, in two processes (`--cache` keeps them), and learns from
those instead, as a fine-tuning of weights learned before (`--start`, at a lower `--rate`).
Five 3×3 convolutions, each normalised over the batch, learn to name the category; what the last
one finds, averaged over the drawing, is what a user's classifier learns from. Their weights,
each normalisation folded in, and the centre of what they find in the training drawings are kept
beside the code (`drawings/ml/doodle_net_3.npz`) and run on numpy alone at guess time.

Needs JAX, to train only (the site never imports it); it trains for the minutes it is given,
writing the weights after every epoch (one core: two trainings side by side on two):

    .venv/bin/pip install -r bench/requirements.txt "jax[cpu]"
    export XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"
    nice -n 10 taskset -c 0 .venv/bin/python -m bench.doodle_net --out /tmp/doodle_net_4.npz \
        --minutes 55 --channels 16,32,64,96,192
    nice -n 10 taskset -c 1 .venv/bin/python -m bench.doodle_net --out /tmp/fewer.npz \
        --minutes 30 --channels 16,32,64,96,192 --per-category 50
    nice -n 5 .venv/bin/python -m bench.doodle_net --out /tmp/doodle_net_ft.npz --minutes 13 \
        --start drawings/ml/doodle_net_3.npz --rate 5e-4 --traced 5 --cache /tmp/traced5.npy

A network trained again is not the same network: weights are never rewritten, a new file gets a
new name (see `learned_offline.learned_file`).
"""

import argparse
import multiprocessing
import time
from pathlib import Path

import numpy as np
from scipy import ndimage

from bench import quickdraw
from drawings.ml import doodle_net, glyph_net

# Of the inked cells of a drawing on the canvas, how many passes of the brush each got is drawn
# from a Poisson law around this many extra passes (times how dark the line is there), one mean a
# drawing: some people draw fast (mostly 0.3), some slowly over their lines (mostly 0.9 and 1).
EXTRA_PASSES = (0.2, 1.6)
# Ink below this (drawn per drawing) stays off the canvas: a thin pen to a thick one.
THRESHOLDS = (0.4, 0.8)
LEVELS = np.array([0.3, 0.6, 0.9, 1.0])
# Added to a variance before its square root, in batch normalisation.
EPSILON = 1e-5


def categories(folder):
    """The categories the network learns from: all in `folder` but the benchmark's and the kept
    ones, by name."""
    return quickdraw.training_categories(quickdraw.categories(folder))


def dataset(folder, per_category=None):
    """(bitmaps (n, 28, 28), category numbers, category names) of every category a network may
    learn from: all of each one's drawings, or its first `per_category`."""
    names = categories(folder)
    found = [quickdraw.bitmaps(folder, name)[:per_category] for name in names]
    numbers = np.concatenate([np.full(len(part), at) for at, part in enumerate(found)])
    return np.concatenate(found).astype(np.float32), numbers, names


def on_canvas(bitmaps, rng):
    """Each bitmap as a drawing on the canvas might look, quickly, in numpy: mirrored half the
    time, turned a little, 70 to 90 % of the canvas at a random place, its lines a random
    thickness and each inked cell 0.3, 0.6, 0.9 or 1 as passes of the brush would leave it.
    Returned as canvas rows (`features[column][row]`), as the API takes drawings."""
    canvases = np.zeros((len(bitmaps), 28, 28))
    for at, bitmap in enumerate(bitmaps):
        if rng.random() < 0.5:
            bitmap = bitmap[:, ::-1]
        rows, columns = np.nonzero(bitmap > 0.1)
        if len(rows) == 0:
            continue
        low = np.array([rows.min(), columns.min()], dtype=np.float64)
        extent = max(rows.max() - rows.min(), columns.max() - columns.min()) + 1
        turn = np.deg2rad(rng.uniform(-8, 8))
        squash = np.diag([rng.uniform(0.9, 1.1), 1.0])
        rotation = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
        scale = rng.uniform(*quickdraw.SIZES) / extent
        matrix = scale * rotation @ squash
        size = extent * scale
        corner = rng.uniform(0, 1, 2) * max(27 - size, 0)
        centre = low + (extent - 1) / 2
        # Output cell o shows bitmap point inverse(A)·(o − corner − size/2) + centre.
        inverse = np.linalg.inv(matrix)
        # Blurred a little first, so a line a pixel wide is not lost between the sampled points.
        ink = ndimage.affine_transform(
            ndimage.gaussian_filter(bitmap, 0.4),
            inverse,
            offset=centre - inverse @ (corner + size / 2),
            order=1,
            output_shape=(28, 28),
        )
        # Against the darker of its lines, so faint anti-aliased diagonals are drawn too.
        ink /= max(np.percentile(ink[ink > 0.05], 75), 1e-6) if (ink > 0.05).any() else 1
        inked = ink > rng.uniform(*THRESHOLDS)
        passes = 1 + rng.poisson(rng.uniform(*EXTRA_PASSES) * (0.5 + ink[inked].clip(0, 1)))
        canvas = np.zeros((28, 28))
        canvas[inked] = LEVELS[np.minimum(passes, 4) - 1]
        canvases[at] = canvas.T
    return canvases.reshape(len(bitmaps), -1)


def prepared(bitmaps, rng):
    """Bitmaps put on the canvas (`on_canvas`) and prepared as the classifier prepares drawings,
    as float32 images (n, SIDE, SIDE)."""
    canvases = on_canvas(bitmaps, rng)
    side = doodle_net.SIDE
    return doodle_net.prepare().fit_transform(canvases).astype(np.float32).reshape(-1, side, side)


def traced(bitmaps, per_bitmap, seed, processes=2):
    """Each bitmap drawn `per_bitmap` times as the benchmark draws doodles (its lines traced as pen
    paths, `quickdraw.drawn`), prepared, as float16 images (n, per_bitmap, SIDE, SIDE): 4 ms a
    drawing, so rendered once, in `processes` processes, rather than each epoch."""
    chunks = np.array_split(np.arange(len(bitmaps)), min(8 * processes, len(bitmaps)))
    with multiprocessing.Pool(processes) as pool:
        parts = pool.starmap(
            _traced, [(bitmaps[chunk], per_bitmap, (seed, at)) for at, chunk in enumerate(chunks)]
        )
    return np.concatenate(parts)


def _traced(bitmaps, per_bitmap, seed):
    rng = np.random.default_rng(seed)
    canvases = [
        quickdraw.drawn(quickdraw.pen_paths(bitmap), rng).reshape(-1)
        for bitmap in bitmaps
        for _ in range(per_bitmap)
    ]
    side = doodle_net.SIDE
    images = doodle_net.prepare().fit_transform(np.array(canvases)).astype(np.float16)
    return images.reshape(len(bitmaps), per_bitmap, side, side)


def started_from(path, n_classes, key, channels):
    """The convolutions of weights saved before, to learn on from, and a new category head."""
    import jax.numpy as jnp

    params = initial(key, n_classes, channels)
    with np.load(path) as saved:
        for number in range(1, len(params)):
            weight = saved[f"conv{number}_weight"].astype(np.float32).transpose(2, 3, 1, 0)
            bias = saved[f"conv{number}_bias"].astype(np.float32)
            params[number - 1] = (jnp.asarray(weight), params[number - 1][1], jnp.asarray(bias))
    return params


def initial(key, n_classes, channels):
    """Each convolution's kernels (3, 3, in, out), and the scale and shift its normalised
    findings get; then the category head."""
    import jax

    layers, channels_in = [], 1
    keys = jax.random.split(key, len(channels) + 1)
    for at, out in enumerate(channels):
        weight = jax.random.normal(keys[at], (3, 3, channels_in, out)) * np.sqrt(
            2 / (9 * channels_in)
        )
        layers.append((weight, np.ones(out, np.float32), np.zeros(out, np.float32)))
        channels_in = out
    weight = jax.random.normal(keys[-1], (channels_in, n_classes)) * np.sqrt(1 / channels_in)
    layers.append((weight, np.zeros(n_classes, np.float32)))
    return layers


def scores(params, x, key=None, statistics=None):
    """Category scores of images x (n, SIDE, SIDE, 1), and each convolution's (mean, variance)
    over the batch. Each convolution's findings are normalised (batch normalisation) by the
    batch's own statistics, or by `statistics` where given (as the saved network does, folded
    into its kernels); dropout where a key is given."""
    import jax
    import jax.numpy as jnp

    found = []
    for at, ((weight, scale, shift), pooled) in enumerate(
        zip(params[:-1], doodle_net.POOLED, strict=True)
    ):
        x = jax.lax.conv_general_dilated(
            x, weight, (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")
        )
        mean, variance = (
            (x.mean(axis=(0, 1, 2)), x.var(axis=(0, 1, 2)))
            if statistics is None
            else statistics[at]
        )
        found.append((mean, variance))
        x = (x - mean) * (scale / jnp.sqrt(variance + EPSILON)) + shift
        if pooled:
            x = jax.lax.reduce_window(x, -jnp.inf, jax.lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")
        x = jax.nn.relu(x)
    x = x.mean(axis=(1, 2))
    last, last_bias = params[-1]
    if key is not None:
        x = x * jax.random.bernoulli(key, 0.8, x.shape) / 0.8
    return x @ last + last_bias, found


def train(
    bitmaps,
    numbers,
    n_classes,
    minutes,
    seed,
    out,
    batch=128,
    drawn=None,
    start=None,
    rate=2e-3,
    channels=doodle_net.CHANNELS,
):
    """Train for `minutes` of wall-clock time, each epoch on the bitmaps put on the canvas anew
        (or, where `drawn` holds traced drawings of them (`traced`), on those), writing the
        convolutions' weights to `out` after each epoch. The learning rate follows the time, not the
        steps: on a machine shared with other work, how many steps fit in the time is not known
        beforehand. `start` names weights to learn on from (`started_from`); `channels`, how many
    kernels each convolution has."""
    import jax
    import jax.numpy as jnp

    rng = np.random.default_rng(seed)
    order = rng.permutation(len(bitmaps))
    held = order[: len(order) // 50]
    kept = order[len(order) // 50 :]
    if drawn is None:
        held_images = prepared(bitmaps[held], rng)[..., None]
    else:
        held_images = drawn[held, 0, ..., None].astype(np.float32)
    if start is None:
        params = initial(jax.random.PRNGKey(seed), n_classes, channels)
    else:
        params = started_from(start, n_classes, jax.random.PRNGKey(seed), channels)
    # Each convolution's mean and variance, averaged over the recent batches: what the saved
    # network normalises by.
    statistics = [(np.zeros(out, np.float32), np.ones(out, np.float32)) for out in channels]
    moments = jax.tree.map(jnp.zeros_like, params), jax.tree.map(jnp.zeros_like, params)

    def loss(params, x, y, key):
        logits, found = scores(params, x, key)
        smooth = jax.nn.one_hot(y, n_classes) * 0.9 + 0.1 / n_classes
        return -jnp.mean(jnp.sum(jax.nn.log_softmax(logits) * smooth, axis=1)), found

    peak = rate

    @jax.jit
    def step(params, moments, x, y, key, at, progress):
        (value, found), grads = jax.value_and_grad(loss, has_aux=True)(params, x, y, key)
        # AdamW, the learning rate warming up for 3 % of the time, then falling as a cosine.
        rate = peak * jnp.minimum(progress / 0.03 + 0.01, 0.5 + 0.5 * jnp.cos(jnp.pi * progress))
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
        return params, (first, second), value, found

    predict = jax.jit(
        lambda params, statistics, x: scores(params, x, None, statistics)[0].argmax(1)
    )
    key, at, began, epoch, progress = jax.random.PRNGKey(seed + 1), 0, time.time(), 0, 0.0
    while progress < 1:
        started, total, epoch, steps = time.time(), 0.0, epoch + 1, 0
        rng.shuffle(kept)
        if drawn is None:
            images = prepared(bitmaps[kept], rng)[..., None]
        else:
            images = drawn[kept, rng.integers(drawn.shape[1], size=len(kept)), ..., None]
        drawn_in = time.time() - started
        for first in range(0, len(kept) - batch + 1, batch):
            progress = (time.time() - began) / (60 * minutes)
            if progress >= 1:
                break
            x = images[first : first + batch].astype(np.float32)
            key, subkey = jax.random.split(key)
            y = numbers[kept[first : first + batch]]
            params, moments, value, found = step(params, moments, x, y, subkey, at, progress)
            statistics = jax.tree.map(lambda kept, new: 0.99 * kept + 0.01 * new, statistics, found)
            total, at, steps = total + float(value), at + 1, steps + 1
        right = np.mean(
            np.concatenate(
                [
                    np.asarray(predict(params, statistics, held_images[s : s + 1024]))
                    for s in range(0, len(held), 1024)
                ]
            )
            == numbers[held]
        )
        print(
            f"epoch {epoch}: {steps} steps, loss {total / max(steps, 1):.3f}, held out right"
            f" {right:.1%}, {time.time() - started:.0f} s ({drawn_in:.0f} s drawing)",
            flush=True,
        )
        saved(params, statistics, images[::10], out)


def saved(params, statistics, images, out):
    """The convolutions' weights as doodle_net reads them, each normalisation folded into its
    convolution's kernels (out, in, k, k) and bias, float16, after which of them a 2×2 maximum
    comes, and their centre in `images` (`with_centre`)."""
    weights = {"pooled": np.array(doodle_net.POOLED), "averaged": np.ones(1)}
    layers = zip(params[:-1], statistics, strict=True)
    for number, ((weight, scale, shift), (mean, variance)) in enumerate(layers, start=1):
        factor = np.asarray(scale) / np.sqrt(np.asarray(variance) + EPSILON)
        weights[f"conv{number}_weight"] = (np.asarray(weight) * factor).transpose(3, 2, 0, 1)
        weights[f"conv{number}_bias"] = np.asarray(shift) - np.asarray(mean) * factor
    weights = {name: value.astype(np.float16) for name, value in weights.items()}
    np.savez(out, **with_centre(weights, images))


def with_centre(weights, images):
    """`weights` (as doodle_net reads them) and their `centre`: the mean of the features of
    length 1 that they find in `images` (n, SIDE, SIDE, 1), prepared drawings of the categories
    the network learned from. DoodleFeatures takes it away from a drawing's."""
    as_read = glyph_net.as_network(
        {name: value.astype(np.float32) for name, value in weights.items()}
    )
    found = np.vstack(
        [glyph_net.features(images[at : at + 256], as_read) for at in range(0, len(images), 256)]
    )
    return {**weights, "centre": glyph_net.length_one(found).mean(axis=0).astype(np.float16)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="the weights file to write")
    parser.add_argument("--folder", type=Path, default=quickdraw.DEFAULT_FOLDER)
    parser.add_argument("--minutes", type=float, default=60, help="how long to train")
    parser.add_argument("--start", type=Path, help="weights to learn on from")
    parser.add_argument("--rate", type=float, default=2e-3, help="the highest learning rate")
    parser.add_argument(
        "--traced", type=int, default=0, help="learn from this many traced drawings of each bitmap"
    )
    parser.add_argument("--cache", type=Path, help="where the traced drawings are kept (.npy)")
    parser.add_argument("--seed", type=int, default=2026, help="of the drawings and the weights")
    parser.add_argument(
        "--per-category", type=int, help="learn from only the first this many of each category"
    )
    parser.add_argument(
        "--channels",
        default=",".join(map(str, doodle_net.CHANNELS)),
        help="kernels of each convolution, comma-separated",
    )
    options = parser.parse_args()
    started = time.time()
    bitmaps, numbers, names = dataset(quickdraw.fetch(options.folder), options.per_category)
    print(f"{len(bitmaps)} drawings of {len(names)} categories in {time.time() - started:.0f} s")
    drawn = None
    if options.traced and options.cache and options.cache.exists():
        drawn = np.load(options.cache)
    elif options.traced:
        drawn = traced(bitmaps, options.traced, 2026)
        if options.cache:
            np.save(options.cache, drawn)
    if drawn is not None:
        print(f"{drawn.shape[1]} traced drawings a bitmap in {time.time() - started:.0f} s")
    train(
        bitmaps,
        numbers,
        len(names),
        options.minutes,
        options.seed,
        options.out,
        drawn=drawn,
        start=options.start,
        rate=options.rate,
        channels=tuple(int(number) for number in options.channels.split(",")),
    )
    print(f"wrote {options.out} ({options.out.stat().st_size / 1000:.0f} KB)")


if __name__ == "__main__":
    main()
