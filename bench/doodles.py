"""How well each classifier learns a user's labels from their few doodles, and what it costs.

Real doodles by real people (Quick, Draw!'s drawings of the 20 benchmark categories,
bench/quickdraw.py) are drawn on the canvas as a hand draws them. For each case (labels ×
training drawings per label) and draw, random categories are the labels, a few drawings of each
are the training set and others of them the test set, each drawn anew. Every classifier is
measured in the same run on the same drawings: the teaching app's tree, a plain SVC on the
canvas's cells, and those of drawings/ml/pipelines.py.

Tune on the development split; the final split, run once, is for docs/classifier.md:

    .venv/bin/python -m bench.doodles --split development --draws 5 --algorithms svm,doodle
    .venv/bin/python -m bench.doodles --split final --draws 20
"""

import argparse
import os
from functools import partial
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC
from threadpoolctl import threadpool_limits

from bench import quickdraw
from bench.accuracy import SEED_BASE, cpu_seconds, drawn_case, percent, summary
from drawings.ml import persistence, pipelines
from drawings.ml.grid import as_matrix
from drawings.ml.sample_counts import held_out_folds

# (labels, training drawings per label, goal for the mean, goal for the worst draw)
CASES = [(3, 5, 0.97, 0.90), (3, 10, 0.98, 0.0), (10, 10, 0.88, 0.0), (10, 30, 0.93, 0.0)]
# Each category has 50 drawings in a split: the test set is 20 others, or as many as are left.
TEST_PER_LABEL = 20
ALGORITHMS = ["tree", "svc", "svm", "net", "doodle"]
# Goals of a retrain with its report (CPU seconds) for 3 × 10 and 10 × 30 drawings, of a stored
# classifier of 10 × 30 (bytes) and of one guess (CPU seconds).
MAX_FIT_SECONDS = {30: 0.05, 300: 0.15}
MAX_STORED_BYTES = 150_000
MAX_GUESS_SECONDS = 0.001


def plain_svc():
    """A plain SVC on the canvas's cells, as scikit-learn sets it up: nothing prepared."""
    return Pipeline([("classifier", SVC())])


def train(drawings, labels, algorithm):
    """What drawings.training.fit_and_store computes: the pipeline and its report."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "emojisite.settings")  # see bench/accuracy.py
    from drawings.report import classifier_report

    if algorithm == "svc":
        pipeline = plain_svc().fit(as_matrix(drawings), np.asarray(labels, dtype=str))
        folds = held_out_folds(labels)
        guesses = cross_val_predict(
            plain_svc(),
            as_matrix(drawings),
            np.asarray(labels, dtype=str),
            cv=StratifiedKFold(folds, shuffle=True, random_state=0),
        )
    else:
        training = pipelines.train(drawings, labels, algorithm)
        pipeline, guesses, folds = training.pipeline, training.held_out_guesses, training.folds
    classifier_report(sorted(set(labels)), list(range(len(labels))), list(labels), guesses, folds)
    return pipeline


def fitted(drawings, labels, algorithm):
    if algorithm == "svc":
        return plain_svc().fit(as_matrix(drawings), np.asarray(labels, dtype=str))
    return pipelines.fit(drawings, labels, algorithm)


def accuracy(algorithm, train_set, test_set):
    pipeline = fitted(*train_set, algorithm)
    return float((pipeline.predict(as_matrix(test_set[0])) == test_set[1]).mean())


def costs(algorithm, source):
    """CPU seconds of a retrain with its report for 3 × 10 and for 10 × 30 drawings (best of 3),
    bytes stored for 10 × 30, and the median CPU seconds of one guess by that classifier."""
    fitting = {}
    for n_labels, per_label in ((3, 10), (10, 30)):
        (drawings, labels), _ = drawn_case(
            source, n_labels, per_label, 2**31, quickdraw.VARIATION, test_per_label=0
        )
        fitting[len(labels)] = min(
            cpu_seconds(partial(train, drawings, labels, algorithm))[0] for _ in range(3)
        )
    (drawings, labels), (tests, _) = drawn_case(
        source, 10, 30, 2**31 + 1, quickdraw.VARIATION, test_per_label=TEST_PER_LABEL
    )
    pipeline = train(drawings, labels, algorithm)
    if algorithm == "svc":  # no scores to rank: its guess

        def guess(drawing):
            return pipeline.predict(as_matrix([drawing]))

    else:
        guess = partial(pipelines.scores, pipeline)
    guessing = [cpu_seconds(partial(guess, drawing))[0] for drawing in tests]
    return fitting, len(persistence.pickled(pipeline)), float(np.median(guessing))


def main():
    # One thread, as a request has one core to itself at best (see bench/accuracy.py).
    threadpool_limits(1)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=list(SEED_BASE), default="development")
    parser.add_argument("--draws", type=int, default=20, help="random draws per case")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS), help="those measured")
    parser.add_argument("--cases", help="only these cases, by number from 1 (e.g. 1,3)")
    parser.add_argument("--folder", type=Path, default=quickdraw.DEFAULT_FOLDER)
    parser.add_argument("--no-costs", action="store_true", help="skip fit time, size, guess")
    parser.add_argument("--costs-only", action="store_true", help="skip the accuracy cases")
    options = parser.parse_args()
    algorithms = options.algorithms.split(",")
    cases = CASES if not options.cases else [CASES[int(i) - 1] for i in options.cases.split(",")]
    cases = [] if options.costs_only else cases
    source = quickdraw.benchmark(options.split, quickdraw.fetch(options.folder))

    print(f"Accuracy on held-out doodles, {options.split} split, {options.draws} draws per case")
    print("labels × drawings | " + " | ".join(f"{name:>23}" for name in algorithms) + " | goal")
    print(f"{'':17} | " + " | ".join(f"{'mean ± 95%, worst, sd':>23}" for _ in algorithms))
    for n_labels, per_label, goal, worst_goal in cases:
        scores = {algorithm: [] for algorithm in algorithms}
        for draw in range(options.draws):
            seed = SEED_BASE[options.split] + draw * 100 + n_labels * 7 + per_label
            train_set, test_set = drawn_case(
                source, n_labels, per_label, seed, quickdraw.VARIATION, TEST_PER_LABEL
            )
            for algorithm in algorithms:
                scores[algorithm].append(accuracy(algorithm, train_set, test_set))
        cells = []
        for algorithm in algorithms:
            mean, worst, half = summary(scores[algorithm])
            spread = np.std(scores[algorithm], ddof=1) if options.draws > 1 else np.nan
            cells.append(
                f"{percent(mean)} ± {100 * half:3.1f},{percent(worst)}, {100 * spread:3.1f}"
            )
        worst_text = f", worst ≥ {percent(worst_goal)}" if worst_goal else ""
        print(
            f"{n_labels:>7} × {per_label:<7} | "
            + " | ".join(f"{c:>23}" for c in cells)
            + f" | {percent(goal)}{worst_text}",
            flush=True,
        )

    if options.no_costs:
        return
    print(
        f"\nCosts in CPU seconds of one thread (goals: retrain with report of 30 drawings"
        f" ≤ {MAX_FIT_SECONDS[30] * 1e3:g} ms, of 300 ≤ {MAX_FIT_SECONDS[300] * 1e3:g} ms;"
        f" stored 10 × 30 ≤ {MAX_STORED_BYTES // 1000} KB; one guess"
        f" ≤ {MAX_GUESS_SECONDS * 1e3:g} ms)"
    )
    for algorithm in algorithms:
        fitting, stored, guessing = costs(algorithm, source)
        print(
            f"{algorithm:>6}: retrain 3 × 10 {fitting[30] * 1e3:4.0f} ms, 10 × 30"
            f" {fitting[300] * 1e3:4.0f} ms; stored 10 × 30 {stored / 1000:3.0f} KB;"
            f" one guess {guessing * 1e3:.2f} ms",
            flush=True,
        )


if __name__ == "__main__":
    main()
