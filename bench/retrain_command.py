"""The retrain command: 1,000 users × 30 samples from scratch, then a rerun with nothing changed.

Goal on 2 cores: the first run ≤ 30 s, the rerun ≤ 2 s. Times are of the whole command, as a
cron job or an operator would run it, Python start-up included.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench \
        .venv/bin/python bench/retrain_command.py
"""

import argparse
import os
import subprocess
import time

from harness import BIN, PROJECT, make_users, setup_django, show


def timed_retrain(jobs):
    started = time.perf_counter()
    command = [BIN / "python", "manage.py", "retrain", "--jobs", str(jobs)]
    output = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, output.stdout.strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    args = parser.parse_args()
    setup_django()
    from django.db import connections

    make_users(args.users, args.samples)
    connections.close_all()
    first, first_summary = timed_retrain(args.jobs)
    rerun, rerun_summary = timed_retrain(args.jobs)
    print(f"{args.users} users × {args.samples} samples, --jobs {args.jobs}")
    show(
        [
            ["all stale", f"{first:.1f}", f"{first / 30:.2f}× the 30 s goal", first_summary],
            ["nothing changed", f"{rerun:.1f}", f"{rerun / 2:.2f}× the 2 s goal", rerun_summary],
        ],
        ["run", "seconds", "against goal", "command says"],
    )


if __name__ == "__main__":
    main()
