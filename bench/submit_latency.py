"""Submit latency as a user's set grows: /api/train/ at 50 and at 5,000 samples.

With the database queue (TASKS_BACKEND=database) the request stores the sample and queues one
retrain; the fit happens in `db_worker`. The immediate backend (the embedded default) refits in
the request, like the teaching app: shown for comparison. Goal, queue: p99 at 5,000 samples
≤ 1.5× p99 at 50.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench \
        .venv/bin/python bench/submit_latency.py
"""

import argparse
import functools
import json

from harness import (
    alternate,
    drawings,
    make_users,
    post_script,
    server_settings,
    setup_django,
    show,
    start_gunicorn,
    stop,
    wrk,
)

SIZES = (50, 5000)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=3, help="per round and row")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8530)
    args = parser.parse_args()
    setup_django()
    from django.db import connections

    tokens = {
        (backend, size): make_users(1, size, prefix=f"{backend}{size}-")[0]
        for backend in ("database", "immediate")
        for size in SIZES
    }
    connections.close_all()
    grids, labels = drawings(1)
    submit = json.dumps({"label": labels[0], "features": grids[0].tolist()})

    results = {}
    for offset, backend in enumerate(("database", "immediate")):
        port = args.port + offset
        server = start_gunicorn("emojisite.wsgi", port, TASKS_BACKEND=backend)
        url = f"http://127.0.0.1:{port}/api/train/"
        runs = {
            (backend, size): functools.partial(
                wrk,
                url,
                post_script(submit, [tokens[backend, size]]),
                connections=2,
                seconds=args.seconds,
                threads=1,
            )
            for size in SIZES
        }
        try:
            results.update(alternate(runs, args.rounds))
        finally:
            stop(server)

    print(
        f"2 connections, medians of {args.rounds} rounds of {args.seconds} s, one user per row, "
        f"{server_settings()}"
    )
    show(
        [
            [
                backend,
                size,
                f"{r['requests']:.0f}",
                f"{r['p50']:.1f}",
                f"{r['p99']:.1f}",
                f"{r['errors']:.0f}",
            ]
            for (backend, size), r in results.items()
        ],
        ["TASKS_BACKEND", "samples", "submits/round", "p50 ms", "p99 ms", "errors"],
    )
    for backend in ("database", "immediate"):
        ratio = results[backend, SIZES[1]]["p99"] / results[backend, SIZES[0]]["p99"]
        goal = " (goal ≤ 1.5)" if backend == "database" else ""
        print(f"{backend}: p99 at {SIZES[1]} / p99 at {SIZES[0]} samples = {ratio:.2f}×{goal}")


if __name__ == "__main__":
    main()
