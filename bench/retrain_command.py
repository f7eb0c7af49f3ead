"""The retrain command: 1,000 users × 30 samples from scratch, then a rerun with nothing changed.

Goal on 2 cores: the first run ≤ 30 s, the rerun ≤ 2 s. Times are of the whole command, as a
cron job or an operator would run it, Python start-up included: wall-clock seconds, and the CPU
seconds of the command and its workers, which say what it costs on a machine shared with other
work. Each user draws their own drawings, so no process has seen a user's drawings before.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench \
        .venv/bin/python bench/retrain_command.py [--algorithm doodle]
"""

import argparse
import os
import resource
import subprocess
import time

from harness import BIN, PROJECT, make_users, setup_django, show


def timed_retrain(jobs, environment, *options):
    """(wall-clock seconds, CPU seconds, the command's last line) of `retrain` with `options`."""
    started, used = time.perf_counter(), children_cpu_seconds()
    command = [BIN / "python", "manage.py", "retrain", *options, "--jobs", str(jobs)]
    output = subprocess.run(
        command, cwd=PROJECT, env=environment, capture_output=True, text=True, check=True
    )
    return (
        time.perf_counter() - started,
        children_cpu_seconds() - used,
        output.stdout.strip().splitlines()[-1],
    )


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--algorithm", help="CLASSIFIER_ALGORITHM (default: the site's)")
    args = parser.parse_args()
    setup_django()
    from django.conf import settings
    from django.db import connections

    algorithm = args.algorithm or settings.CLASSIFIER_ALGORITHM
    environment = {**os.environ, "CLASSIFIER_ALGORITHM": algorithm}
    make_users(args.users, args.samples)
    connections.close_all()
    first = timed_retrain(args.jobs, environment, "--all")
    rerun = timed_retrain(args.jobs, environment)  # only users whose samples changed: none
    print(f"{args.users} users × {args.samples} samples, --jobs {args.jobs}, {algorithm}")
    show(
        [
            ["all", f"{first[0]:.1f}", f"{first[1]:.1f}", f"{first[0] / 30:.2f}×", first[2]],
            [
                "nothing changed",
                f"{rerun[0]:.1f}",
                f"{rerun[1]:.1f}",
                f"{rerun[0] / 2:.2f}×",
                rerun[2],
            ],
        ],
        ["run", "seconds", "CPU seconds", "against goal (30 s, 2 s)", "command says"],
    )


if __name__ == "__main__":
    main()
