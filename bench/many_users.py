"""Many users: predict for 10,000 users with trained models, in random order.

Each request is from a random one of the users, so most miss each worker's cache of unpickled
pipelines (CLASSIFIER_CACHE_MB) and cost a database read and an unpickle. Compared with one
user whose pipeline is always cached, in the same run. Goal: p99 ≤ 100 ms, each worker ≤ 512 MB.

The users' models are fit on 30 samples each; to set up 10,000 of them quickly, 50 distinct
fitted pipelines are stored round-robin (each row keeps its own copy, unpickled separately).
The estimator is CLASSIFIER_ALGORITHM's, as for real users.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench \
        .venv/bin/python bench/many_users.py
"""

import argparse
import gc
import json
import statistics
import time
import tracemalloc

from harness import (
    drawings,
    make_users,
    post_script,
    resident_mb,
    server_settings,
    setup_django,
    show,
    start_gunicorn,
    stop,
    worker_pids,
    wrk,
)

DISTINCT_MODELS = 50


def store_trained_models(samples):
    """Give every user's classifier a fitted pipeline, as `retrain` would."""
    from django.conf import settings

    from drawings.ml import persistence, pipelines
    from drawings.models import Classifier

    blobs = []
    for seed in range(DISTINCT_MODELS):
        grids, labels = drawings(samples, seed=seed)
        pipeline = pipelines.fit(grids, labels, algorithm=settings.CLASSIFIER_ALGORITHM)
        blobs.append(persistence.pickled(pipeline))
    classifiers = list(Classifier.objects.all())
    for index, classifier in enumerate(classifiers):
        classifier.pickle = blobs[index % DISTINCT_MODELS]
        classifier.version = 1
        classifier.trained_data_version = classifier.data_version
        classifier.algorithm = settings.CLASSIFIER_ALGORITHM
    Classifier.objects.bulk_update(
        classifiers, ["pickle", "version", "trained_data_version", "algorithm"], batch_size=1000
    )
    return blobs


def load_into_a_cache(user_ids):
    """A cache holding the users' pipelines, read and unpickled as on a miss; ms per miss."""
    from drawings import storage
    from drawings.ml import persistence
    from drawings.pipeline_cache import footprint
    from emojisite.process_cache import ProcessCache

    cache = ProcessCache("pipelines", max_bytes=2**40, size=footprint, ordered_stamps=True)
    times = []
    for user_id in user_ids:
        started = time.perf_counter()
        stored = storage.stored_pickle(user_id)
        cache.put(user_id, stored.version, persistence.unpickled(stored.pickle))
        times.append((time.perf_counter() - started) * 1000)
    return cache, times


def cost_of_a_miss(user_ids):
    """Median ms of one cache miss and KB of memory per cached pipeline (a second pass, traced)."""
    _, times = load_into_a_cache(user_ids)
    tracemalloc.start()
    cache, _ = load_into_a_cache(user_ids)
    with_cache = tracemalloc.get_traced_memory()[0]
    del cache
    gc.collect()
    held = with_cache - tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return statistics.median(times), held / len(user_ids) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=8550)
    args = parser.parse_args()
    setup_django()
    from django.conf import settings
    from django.db import connections

    from drawings.models import Classifier

    tokens = make_users(args.users, 0)
    blobs = store_trained_models(args.samples)
    miss_ms, kb_each = cost_of_a_miss(
        list(Classifier.objects.values_list("user_id", flat=True)[:1000])
    )
    connections.close_all()

    grids, _ = drawings(2)
    drawing = json.dumps({"features": grids[1].tolist()})
    url = f"http://127.0.0.1:{args.port}/api/predict/"
    cache_mb = settings.CLASSIFIER_CACHE_MB
    runs = {
        "one user (always cached)": (tokens[:1], cache_mb),
        f"{args.users} users, random, cache {cache_mb} MB": (tokens, cache_mb),
    }
    results = {}
    for name, (users, megabytes) in runs.items():
        server = start_gunicorn("emojisite.wsgi", args.port, CLASSIFIER_CACHE_MB=str(megabytes))
        try:
            script = post_script(drawing, users)
            wrk(url, script, args.connections, seconds=3)  # warm up
            result = wrk(url, script, args.connections, seconds=args.seconds)
            result["rss"] = max(resident_mb(pid) for pid in worker_pids(server))
            results[name] = result
        finally:
            stop(server)

    print(f"{args.connections} connections, {args.seconds} s per row, {server_settings()}")
    show(
        [
            [
                name,
                f"{r['rps']:.0f}",
                f"{r['p50']:.1f}",
                f"{r['p99']:.1f}",
                f"{r['rss']:.0f}",
                r["errors"],
            ]
            for name, r in results.items()
        ],
        ["run", "requests/s", "p50 ms", "p99 ms", "largest worker MB", "errors"],
    )
    pickled_kb = statistics.mean(len(blob) for blob in blobs) / 1024
    print(
        f"pickled pipeline {pickled_kb:.1f} KB; unpickled and cached {kb_each:.0f} KB each; "
        f"a cache miss (row read + unpickle) {miss_ms:.1f} ms median"
    )
    baseline, *_ = results.values()
    for name, r in list(results.items())[1:]:
        print(
            f"{name}: p99 {r['p99'] / baseline['p99']:.2f}× the cached user's (goal ≤ 100 ms: "
            f"{r['p99']:.0f} ms), worker {r['rss']:.0f} MB (goal ≤ 512)"
        )


if __name__ == "__main__":
    main()
