"""Predict throughput: the site's /api/predict/ against the teaching app's /guess, same gunicorn.

All run under gunicorn.conf.py with the same WEB_CONCURRENCY and GUNICORN_THREADS, on the same
drawings, loaded by wrk with 32 connections. Goal: the site ≥ 1.0× the replica's requests per
second, p99 ≤ 50 ms. The replica also runs a second time checking the site's tokens in the
site's database, to show what knowing who asks costs apart from the rest.

The site is asked twice: by a token, as scripts ask, and as the drawing page asks (its session
cookie and CSRF header, `explain`: the alike drawings too). Goal for the page: at least the
token's rate, p99 ≤ 100 ms. `--site` asks another checkout (another branch's tree, e.g. from
`git archive`) the same, alternating with this one.

    .venv/bin/pip install -r bench/requirements.txt && apt-get install -y wrk
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench \
        .venv/bin/python bench/predict_throughput.py
"""

import argparse
import functools
import json
import os
import tempfile
from pathlib import Path

from harness import (
    PROJECT,
    alternate,
    drawings,
    make_users,
    post_script,
    server_settings,
    setup_django,
    show,
    signed_in_page,
    start_gunicorn,
    stop,
    wrk,
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=300, help="samples the model is fit on")
    parser.add_argument("--seconds", type=int, default=5, help="per round and server")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=8520)
    parser.add_argument("--site", action="append", default=[], help="another checkout to ask")
    args = parser.parse_args()
    setup_django()
    from django.db import connections

    from drawings import training
    from drawings.models import Sample

    [token] = make_users(1, args.samples)
    user_id = Sample.objects.values_list("user_id", flat=True).first()
    training.fit_and_store(user_id)
    page_headers = signed_in_page(user_id)
    connections.close_all()

    grids, labels = drawings(args.samples)
    samples = tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8")
    for grid, label in zip(grids, labels, strict=True):
        samples.write(json.dumps({"label": label, "features": grid.tolist()}) + "\n")
    samples.flush()
    drawing = json.dumps({"features": grids[1].tolist()})
    page_guess = json.dumps({"features": grids[1].tolist(), "explain": True})

    def replica(port, **environment):
        return start_gunicorn(
            "teaching_replica:app",
            port,
            chdir=PROJECT / "bench",
            TEACHING_SAMPLES=samples.name,
            **environment,
        )

    servers = {
        "teaching app /guess (Flask)": (
            replica(args.port + 1),
            f"http://127.0.0.1:{args.port + 1}/guess",
            post_script(drawing),
        ),
        "teaching app /guess + tokens": (
            replica(args.port + 2, ACCOUNTS_DATABASE_URL=os.environ["DATABASE_URL"]),
            f"http://127.0.0.1:{args.port + 2}/guess",
            post_script(drawing, [token]),
        ),
    }
    for offset, site in enumerate([PROJECT, *(Path(site).resolve() for site in args.site)]):
        port = args.port + 10 + offset
        url = f"http://127.0.0.1:{port}/api/predict/"
        server = start_gunicorn("emojisite.wsgi", port, chdir=site)
        servers[f"{site.name}, token"] = (server, url, post_script(drawing, [token]))
        servers[f"{site.name}, page"] = (None, url, post_script(page_guess, (), page_headers))
    runs = {
        name: functools.partial(wrk, url, lua, args.connections, seconds=args.seconds)
        for name, (_, url, lua) in servers.items()
    }
    try:
        for _, url, lua in servers.values():
            wrk(url, lua, args.connections, seconds=2)  # warm up: imports, connections, caches
        results = alternate(runs, args.rounds)
    finally:
        for server, _, _ in servers.values():
            if server is not None:
                stop(server)
        samples.close()

    print(
        f"{args.connections} connections, medians of {args.rounds} rounds of {args.seconds} s, "
        f"{server_settings()}, model fit on {args.samples} samples"
    )
    show(
        [
            [name, f"{r['rps']:.0f}", f"{r['p50']:.1f}", f"{r['p99']:.1f}", f"{r['errors']:.0f}"]
            for name, r in results.items()
        ],
        ["server", "requests/s", "p50 ms", "p99 ms", "errors"],
    )
    baseline, with_tokens, site, page, *others = results.values()
    print(
        f"throughput ratio site / teaching app: {site['rps'] / baseline['rps']:.2f}× (goal ≥ 1.0)"
    )
    print(f"site / teaching app with tokens: {site['rps'] / with_tokens['rps']:.2f}×")
    print(f"site p99: {site['p99']:.1f} ms (goal ≤ 50)")
    print(
        f"page / token: {page['rps'] / site['rps']:.2f}× (goal ≥ 1.0), "
        f"page p99 {page['p99']:.1f} ms (goal ≤ 100)"
    )
    for other_token, other_page in zip(others[::2], others[1::2], strict=True):
        print(
            f"this checkout / the other: token {site['rps'] / other_token['rps']:.2f}×, "
            f"page {page['rps'] / other_page['rps']:.2f}×"
        )


if __name__ == "__main__":
    main()
