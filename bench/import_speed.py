"""How long importing a 50,000-line samples.txt takes: checking, storing, and the one retrain.

    DATABASE_URL=... .venv/bin/python bench/import_speed.py [--lines 50000]

Runs against a throwaway test database (created and dropped), never the site's own.
"""

import argparse
import json
import random
import time

from throwaway import throwaway_database

LABELS = ["🙂", "🌈", "💎", "🐱", "👍"]


def drawing(rng):
    """A stroke of brush passes, the way the canvas writes them: 0.3, 0.6, 0.9, 1."""
    grid = [[0] * 28 for _ in range(28)]
    column, row = rng.randrange(28), rng.randrange(28)
    for _ in range(rng.randrange(40, 120)):
        column = min(27, max(0, column + rng.choice((-1, 0, 1))))
        row = min(27, max(0, row + rng.choice((-1, 0, 1))))
        grid[column][row] = min(1, round(grid[column][row] + 0.3, 1))
    return grid


def samples_txt(lines):
    rng = random.Random(0)
    return [
        (json.dumps({"label": rng.choice(LABELS), "features": drawing(rng)}) + "\n").encode()
        for _ in range(lines)
    ]


def main():
    # Imported once throwaway has set Django up.
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from drawings import samples_file, training_set
    from drawings.models import Classifier, Sample

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=50_000)
    lines = samples_txt(parser.parse_args().lines)
    megabytes = sum(map(len, lines)) / 2**20
    print(f"{len(lines)} lines, {megabytes:.1f} MB")

    with throwaway_database():
        user = get_user_model().objects.create_user("bench")
        started = time.perf_counter()
        samples = samples_file.read(lines, max_bytes=float("inf"))
        checked = time.perf_counter()
        Sample.add_many(user, samples)
        stored = time.perf_counter()
        training_set.retrain([user.pk])
        trained = time.perf_counter()
        assert Sample.objects.filter(user=user).count() == len(lines)
        assert not Classifier.objects.get(user=user).stale
        print(f"check every line: {checked - started:6.1f} s")
        print(f"store in one transaction: {stored - checked:6.1f} s")
        print(f"import (check + store): {stored - started:6.1f} s")
        algorithm = settings.CLASSIFIER_ALGORITHM
        print(f"retrain once ({algorithm}): {trained - stored:6.1f} s")
        started = time.perf_counter()
        exported = sum(1 for _ in samples_file.export_lines(Sample.objects.filter(user=user)))
        print(f"export {exported} lines: {time.perf_counter() - started:6.1f} s")


if __name__ == "__main__":
    main()
