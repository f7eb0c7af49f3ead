"""Freshness: after a submit, how long until the model a predict uses includes it (queue backend).

A user with 5,000 samples submits one more through gunicorn (TASKS_BACKEND=database); one
`db_worker` (polling every 0.2 s, as `make worker`) retrains; the clock stops when /api/model/
no longer says "stale". Compared with the fit alone, timed in this process. Goal: ≤ 2 s.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench \
        .venv/bin/python bench/freshness.py
"""

import argparse
import importlib
import json
import statistics
import time
import urllib.request

from harness import (
    drawings,
    make_users,
    setup_django,
    show,
    start_gunicorn,
    start_worker,
    stop,
)


def call(url, token, body=None):
    request = urllib.request.Request(
        url,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=5000)
    parser.add_argument("--submits", type=int, default=5)
    parser.add_argument("--port", type=int, default=8540)
    args = parser.parse_args()
    setup_django(TASKS_BACKEND="database")
    from django.db import connections

    from drawings import training
    from drawings.models import Sample

    [token] = make_users(1, args.samples)
    user_id = Sample.objects.values_list("user_id", flat=True).first()
    importlib.import_module("drawings.ml.pipelines")  # the first fit's import is not the fit's time
    started = time.perf_counter()
    training.fit_and_store(user_id)
    fit_alone = time.perf_counter() - started
    connections.close_all()

    grids, labels = drawings(args.submits, seed=1)
    base = f"http://127.0.0.1:{args.port}/api"
    server = start_gunicorn("emojisite.wsgi", args.port)
    worker = start_worker()
    delays = []
    try:
        time.sleep(2)  # the worker's start-up
        for grid, label in zip(grids, labels, strict=True):
            call(f"{base}/train/", token, {"label": label, "features": grid.tolist()})
            submitted = time.perf_counter()
            while call(f"{base}/model/", token)["stale"]:
                time.sleep(0.02)
            delays.append(time.perf_counter() - submitted)
    finally:
        stop(worker)
        stop(server)

    print(f"{args.submits} submits, one at a time, by a user with {args.samples} samples")
    show(
        [
            ["submit → fresh model, median", f"{statistics.median(delays):.2f}"],
            ["submit → fresh model, worst", f"{max(delays):.2f}"],
            [f"one fit of {args.samples} samples, in process", f"{fit_alone:.2f}"],
        ],
        ["what", "seconds"],
    )
    worst = max(delays)
    print(f"worst / goal of 2 s: {worst / 2:.2f}×; worst / fit alone: {worst / fit_alone:.2f}×")


if __name__ == "__main__":
    main()
