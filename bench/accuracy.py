"""How well each classifier learns from a handwriting user's few drawings, how big it is stored and
how fast it fits and guesses.

Real handwriting is drawn the way people draw on the canvas (bench/handwriting.py): anywhere, at
any size, slanted, turned, stretched, with a thick or a thin pen, or traced by the page's own
brush. For each case (labels × training drawings per label) and draw, random digits are the
labels, a few drawings of each are the training set, and other drawings of them (by other hands,
where the source says who wrote them) the test set. The teaching app's tree is fitted beside
ours in the same run, on the same drawings.

Tune on the development split; the final split, run once, is for docs/classifier.md:

    .venv/bin/python -m bench.accuracy --split development --draws 5   # while tuning
    .venv/bin/python -m bench.accuracy --split final                  # docs/classifier.md
    .venv/bin/python -m bench.accuracy --split development --no-slant # one variation's cost
"""

import argparse
import os
import time
from functools import partial

import numpy as np
from scipy import stats
from threadpoolctl import threadpool_limits

from bench import handwriting
from drawings.ml import persistence, pipelines
from drawings.ml.grid import as_matrix

# (labels, training drawings per label, goal, source)
CASES = [
    (3, 5, 0.96, "digits"),
    (3, 10, 0.98, "digits"),
    (10, 10, 0.95, "digits"),
    (10, 30, 0.98, "digits"),
    (10, 10, 0.90, "hershey"),
]
SOURCES = {"digits": handwriting.digits, "hershey": handwriting.hershey}
BASELINE = "tree"
TEST_PER_LABEL = 60
# Goals for a stored classifier of 10 labels × 30 drawings and one guess.
MAX_STORED_BYTES = 150_000
MAX_GUESS_SECONDS = 0.001
MAX_FIT_SECONDS = 1.0
# Draws of different splits never share a seed.
SEED_BASE = {"development": 0, "final": 1_000_000}


def drawn_case(source, n_labels, per_label, seed, variation, test_per_label=TEST_PER_LABEL):
    """(train drawings, train labels), (test drawings, test labels) for one case and draw.

    Where the source names its writers, a random half of them (at least one) write the training
    drawings and the others the test drawings; otherwise the training drawings are a random few
    and the test drawings are others.
    """
    rng = np.random.default_rng(seed)
    writers = list(rng.permutation(source.writers()))
    cut = max(1, len(writers) // 2)
    train, test = ([], []), ([], [])
    for label in rng.choice(list(source.drawings), size=n_labels, replace=False):
        pool = source.drawings[label]
        if len(writers) > 1:
            train_pool = [raw for writer, raw in pool if writer in writers[:cut]]
            test_pool = [raw for writer, raw in pool if writer in writers[cut:]]
        else:
            order = rng.permutation(len(pool))
            train_pool = [pool[i][1] for i in order[:per_label]]
            test_pool = [pool[i][1] for i in order[per_label:]] or train_pool
        for (drawings, labels), chosen_from, count in (
            (train, train_pool, per_label),
            (test, test_pool, test_per_label),
        ):
            picks = rng.choice(len(chosen_from), size=count, replace=count > len(chosen_from))
            drawings.extend(source.render(chosen_from[i], rng, variation) for i in picks)
            labels.extend([str(label)] * count)
    return tuple((np.array(part[0]), np.array(part[1], dtype=object)) for part in (train, test))


def accuracy(algorithm, train, test):
    pipeline = pipelines.fit(*train, algorithm=algorithm)
    return float((pipeline.predict(as_matrix(test[0])) == test[1]).mean())


def cpu_seconds(action):
    """CPU seconds `action` took in this process: on a machine shared with other work, what one
    request costs on a free core, which wall-clock time can't tell."""
    started = time.process_time()
    result = action()
    return time.process_time() - started, result


def retrain(drawings, labels, algorithm):
    """What drawings.training.fit_and_store computes: the pipeline pipeline and its report."""
    # The report marks its sentences for translation: Django's settings, not its apps.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "emojisite.settings")
    from drawings.report import classifier_report

    training = pipelines.train(drawings, labels, algorithm)
    guesses, folds = training.held_out_guesses, training.folds
    classifier_report(sorted(set(labels)), list(range(len(labels))), list(labels), guesses, folds)
    return training.pipeline


def costs(algorithm, source, variation, guesses=200):
    """CPU seconds to fit 1,000 drawings of 10 labels with the model report (best of 3), bytes
    stored for 10 × 30, and the median CPU seconds of one guess by that classifier."""
    (drawings, labels), _ = drawn_case(source, 10, 100, 2**31, variation, test_per_label=0)
    fitting = min(cpu_seconds(partial(retrain, drawings, labels, algorithm))[0] for _ in range(3))
    (drawings, labels), (tests, _) = drawn_case(
        source, 10, 30, seed=-2 % 2**32, variation=variation
    )
    pipeline = retrain(drawings, labels, algorithm)
    guessing = [
        cpu_seconds(partial(pipelines.scores, pipeline, drawing))[0] for drawing in tests[:guesses]
    ]
    return fitting, len(persistence.pickled(pipeline)), float(np.median(guessing))


def percent(value):
    return f"{100 * value:5.1f}%"


def summary(values):
    """Mean, worst draw and the 95% interval of the mean."""
    values = np.asarray(values)
    mean = values.mean()
    half = (
        stats.t.ppf(0.975, len(values) - 1) * values.std(ddof=1) / np.sqrt(len(values))
        if len(values) > 1
        else np.nan
    )
    return mean, values.min(), half


def main():
    # One thread, as a request has one core to itself at best: on a busy machine, idle BLAS
    # threads spinning for work would count as CPU time the guess never used.
    threadpool_limits(1)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=list(SEED_BASE), default="development")
    parser.add_argument("--draws", type=int, default=20, help="random draws per case")
    parser.add_argument("--algorithm", default="net", help="the classifier measured")
    parser.add_argument("--cases", help="only these cases, by number from 1 (e.g. 1,5)")
    parser.add_argument(
        "--no-costs", action="store_true", help="skip fit time, size and guess time"
    )
    for name in handwriting.Variation.names():
        parser.add_argument(
            f"--no-{name}", action="store_true", help=f"draw without {name} changes"
        )
    options = parser.parse_args()
    variation = handwriting.Variation(
        **{name: not getattr(options, f"no_{name}") for name in handwriting.Variation.names()}
    )
    off = [name for name in handwriting.Variation.names() if not getattr(variation, name)]
    sources = {name: make(options.split) for name, make in SOURCES.items()}
    cases = CASES if not options.cases else [CASES[int(i) - 1] for i in options.cases.split(",")]
    algorithms = [BASELINE, options.algorithm]

    print(
        f"Accuracy on held-out drawings, {options.split} split, {options.draws} draws per case,"
        f" variations off: {', '.join(off) or 'none'}"
    )
    print(
        f"{'labels × drawings':>17} {'source':>8} | {BASELINE:>6} | {options.algorithm:>6} mean"
        f" ± 95% | worst | goal"
    )
    for n_labels, per_label, goal, source in cases:
        scores = {algorithm: [] for algorithm in algorithms}
        for draw in range(options.draws):
            seed = SEED_BASE[options.split] + draw * 100 + n_labels * 7 + per_label
            train, test = drawn_case(sources[source], n_labels, per_label, seed, variation)
            for algorithm in algorithms:
                scores[algorithm].append(accuracy(algorithm, train, test))
        base, _, _ = summary(scores[BASELINE])
        mean, worst, half = summary(scores[options.algorithm])
        met = "met" if mean >= goal else "NOT met"
        print(
            f"{n_labels:>7} × {per_label:<7} {source:>8} | {percent(base)} | {percent(mean)}"
            f" ± {100 * half:4.1f} | {percent(worst)} | {percent(goal)} {met}",
            flush=True,
        )

    if options.no_costs:
        return
    print(
        f"\nCosts in CPU seconds (goals: fit of 1,000 drawings ≤ {MAX_FIT_SECONDS:g} s,"
        f" stored 10 × 30 ≤ {MAX_STORED_BYTES // 1000} KB,"
        f" one guess ≤ {MAX_GUESS_SECONDS * 1e3:g} ms)"
    )
    for algorithm in algorithms:
        fitting, stored, guessing = costs(algorithm, sources["digits"], variation)
        print(
            f"{algorithm:>6}: fit 1,000 + report {fitting:.2f} s, stored 10 × 30"
            f" {stored / 1000:.0f} KB, one guess {guessing * 1e3:.2f} ms"
        )


if __name__ == "__main__":
    main()
