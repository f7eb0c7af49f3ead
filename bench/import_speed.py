"""How long `manage.py import_samples` takes on a 50,000-line samples.txt of dense drawings.

    .venv/bin/python bench/import_speed.py [--lines 50000] [--rounds 3]

The drawings are dense (half the cells inked, in blobs, with the canvas's values 0.3, 0.6, 0.9
and 1), the hard case for checking and storing; the file is written as the teaching app writes
it. Each round runs the command into a fresh user and times it whole and by stage (checking,
storing, the one retrain); the same round times checking every line the slow way, one DRF
serializer per line, as imports did before they checked in bulk, which is the baseline. Goal:
the command ≤ 10 s, all or nothing. Like every benchmark, it empties the database at
BENCH_DATABASE_URL first (bench/harness.py).
"""

import argparse
import io
import json
import statistics
import tempfile
import time

import numpy as np
from harness import setup_django

LABELS = ["🙂", "🌈", "💎", "🐱", "👍"]
INK = np.array([0.3, 0.6, 0.9, 1])


def dense_drawings(count, seed=0):
    """Grids with half their cells inked: a ragged blob around a random centre, one per drawing."""
    rng = np.random.default_rng(seed)
    columns, rows = np.meshgrid(np.arange(28), np.arange(28), indexing="ij")
    grids = np.zeros((count, 28, 28))
    for grid in grids:
        centre = rng.uniform(8, 20, size=2)
        stretch = rng.uniform(0.6, 1.6)
        distance = np.hypot(columns - centre[0], (rows - centre[1]) * stretch)
        distance += rng.normal(0, 2.5, size=distance.shape)  # ragged edges, holes
        inked = np.argsort(distance, axis=None)[: 28 * 28 // 2]
        grid.flat[inked] = rng.choice(INK, size=inked.size, p=[0.2, 0.2, 0.2, 0.4])
    return grids


def samples_txt(lines):
    """The lines of a samples.txt as the teaching app writes them (0 and 1 as integers)."""
    rng = np.random.default_rng(1)
    labels = rng.choice(LABELS, size=lines)
    return [
        (
            json.dumps(
                {
                    "label": str(label),
                    "features": [[int(v) if v.is_integer() else v for v in c] for c in grid],
                }
            )
            + "\n"
        ).encode()
        for label, grid in zip(labels, dense_drawings(lines).tolist(), strict=True)
    ]


class Stages(io.StringIO):
    """The command's output, with the time each of its progress lines was written."""

    def __init__(self):
        super().__init__()
        self.started = time.perf_counter()
        self.times = {}

    def write(self, text):
        for stage in ("Stored", "Training", "Imported"):
            if text.startswith(stage) and stage not in self.times:
                self.times[stage] = time.perf_counter() - self.started
        return super().write(text)


def main():
    setup_django()
    # Imported once Django is set up.
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from drawings import samples_file
    from drawings.fields import encode_features
    from drawings.models import Classifier, Sample

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    lines = samples_txt(args.lines)
    megabytes = sum(map(len, lines)) / 2**20
    inked = np.mean([np.count_nonzero(json.loads(line)["features"]) for line in lines[:100]]) / 784
    print(
        f"{len(lines)} lines, {megabytes:.1f} MB, about {inked:.0%} of cells inked; "
        f"{settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[1]}, "
        f"classifier {settings.CLASSIFIER_ALGORITHM}, {args.rounds} rounds"
    )
    figures = {name: [] for name in ("slow", "check", "store", "retrain", "command")}
    with tempfile.NamedTemporaryFile("wb", suffix=".txt") as file:
        file.writelines(lines)
        file.flush()
        for round_ in range(args.rounds):
            started = time.perf_counter()
            for number, raw in enumerate(lines, start=1):
                encode_features(samples_file.parse_line(raw, number)[1])
            figures["slow"].append(time.perf_counter() - started)

            user = get_user_model().objects.create_user(f"bench{round_}")
            output = Stages()
            call_command("import_samples", user.username, file.name, stdout=output)
            times = output.times
            figures["check"].append(times["Stored"])  # the first batch stored: checking done
            figures["store"].append(times["Training"] - times["Stored"])
            figures["retrain"].append(times["Imported"] - times["Training"])
            figures["command"].append(times["Imported"])
            assert Sample.objects.filter(user=user).count() == len(lines)
            assert not Classifier.objects.get(user=user).stale
        started = time.perf_counter()
        exported = sum(1 for _ in samples_file.export_lines(Sample.objects.filter(user=user)))
        export_seconds = time.perf_counter() - started

    def summary(name):
        values = figures[name]
        return (
            f"mean {statistics.mean(values):5.1f} s, worst {max(values):5.1f} s, "
            f"spread {max(values) - min(values):4.1f} s"
        )

    print(f"check every line one by one (baseline): {summary('slow')}")
    print(f"the command: check in bulk (to the first batch stored): {summary('check')}")
    print(f"             store the rest:             {summary('store')}")
    print(f"             retrain once:               {summary('retrain')}")
    print(f"             whole command:              {summary('command')} (goal ≤ 10 s)")
    ratio = statistics.mean(figures["slow"]) / statistics.mean(figures["check"])
    print(f"checking, bulk vs one by one: {ratio:.1f}× as fast")
    print(f"export {exported} lines: {export_seconds:5.1f} s")


if __name__ == "__main__":
    main()
