"""Imports check lines in bulk; they accept, refuse and store what checking one by one did."""

import json

import pytest

from drawings import samples_file, training_set
from drawings.fields import encode_features
from drawings.models import Sample
from tests.helpers import TEACHING_APP_SAMPLES, blank, horizontal_bar, vertical_bar


def line(label, features, **extra):
    return json.dumps({"label": label, "features": features, **extra})


def with_cell(value, column=3, row=5):
    """A vertical bar with one cell written verbatim as `value` (JSON text)."""
    text = line("🙂", vertical_bar())
    grid = json.loads(text)["features"]
    grid[column][row] = "CELL"
    return text.replace(json.dumps(vertical_bar()), json.dumps(grid)).replace('"CELL"', value)


# Good and bad lines of every kind, each with what it tests; blank lines are skipped by both.
LINES = [
    line("🙂", vertical_bar()),
    line(" 🌈 ", horizontal_bar(), extra="ignored"),  # stripped label, an unknown key
    with_cell("true"),  # a bool is not a number, though numpy would take it for 1
    with_cell('"0.5"'),  # nor is a string numpy would convert
    with_cell("null"),
    with_cell("NaN"),  # json reads it; orjson refuses it
    with_cell("1e400"),  # infinity
    with_cell("1" + "0" * 30),  # an integer orjson reads as a float
    with_cell("1" + "0" * 400),  # an integer past float64's range
    with_cell("-0.0"),  # fine: -0.0 is stored as itself
    with_cell("0.30000000000000004"),
    with_cell("5e-324"),  # the smallest subnormal
    with_cell("1.0000000000000000001"),  # rounds to 1
    with_cell("1.0000001"),
    with_cell("[0.5]"),
    with_cell("false"),
    with_cell("[]"),
    with_cell("{}"),
    with_cell('"1"'),
    with_cell("Infinity"),
    with_cell("-Infinity"),
    with_cell("1E-3"),  # fine: only the text's characters tell a number
    with_cell("true").replace("}", ', "split": "test"}'),
    json.dumps({"features": vertical_bar(), "label": "🙂"}),  # the keys the other way round
    line("🙂", vertical_bar()).replace(", ", ",").replace(": ", ":"),  # no spaces
    line("🙂", vertical_bar()).replace(", ", " ,  ").replace("{", "{ "),  # more spaces
    line('], "features": [[', vertical_bar()),  # a label that looks like what follows it
    line("🙂", vertical_bar(), x=[True, None, "features"]),  # other keys after the features
    line("🙂", vertical_bar(), x=[True]).replace('"features"', '"x": 0, "features"', 1),
    "",
    line("🙂", vertical_bar()[:27]),
    line("🙂", [*vertical_bar()[:27], [0] * 27]),
    line("🙂", [*vertical_bar()[:27], 0]),
    line("🙂", "not a grid"),
    line("", vertical_bar()),
    line(7, vertical_bar()),
    line(None, vertical_bar()),
    json.dumps({"features": vertical_bar()}),
    json.dumps({"label": "🙂"}),
    '{"label": "\\ud83d", "features": ' + json.dumps(blank()) + "}",  # a lone surrogate
    '{"label": "\\ud83d\\ude42", "features": ' + json.dumps(blank()) + "}",
    '{"label": "🙂", "label": "🌈", "features": ' + json.dumps(blank()) + "}",  # the last wins
    line("🙂", blank(), other=float("nan")),  # NaN where it is ignored: a good line
    '{"label": "🙂", "features": ' + json.dumps(blank()) + ', "x": 1e400}',
    "[1, 2]",
    "not json",
    "[" * 2000,
    "x" * 70_000,
    line("🙂", vertical_bar(2)),
    line("🌈", horizontal_bar(4), split="test"),
    line("🌈", horizontal_bar(5), split="validation"),
]


def one_by_one(lines):
    """What checking each line alone by the slow path gives: (samples, errors) as `read` does."""
    samples, errors = [], []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            label, features, split = samples_file.parse_line(raw, number)
        except samples_file.BadLine as bad:
            errors.append({"line": number, "error": str(bad)})
        else:
            samples.append((label, encode_features(features), split))
    return samples, errors


def as_lines(texts):
    return [(text + "\n").encode() for text in texts]


@pytest.mark.parametrize("batch", [1, 3, 2000])
def test_bad_lines_get_the_errors_one_by_one_checking_gives(monkeypatch, batch):
    monkeypatch.setattr(samples_file, "CHECK_BATCH_LINES", batch)
    lines = as_lines(LINES)
    _, expected = one_by_one(lines)
    assert len(expected) > 20
    with pytest.raises(samples_file.ImportRejected) as rejected:
        samples_file.read(lines)
    assert rejected.value.errors == expected
    assert rejected.value.bad_lines == len(expected)


@pytest.mark.parametrize("batch", [1, 3, 2000])
def test_good_lines_are_stored_exactly_as_one_by_one_checking_stores_them(monkeypatch, batch):
    monkeypatch.setattr(samples_file, "CHECK_BATCH_LINES", batch)
    lines = as_lines(LINES)
    _, errors = one_by_one(lines)
    refused = {error["line"] for error in errors}
    good = [raw for number, raw in enumerate(lines, 1) if raw.strip() and number not in refused]
    expected, _ = one_by_one(good)
    assert len(expected) == 19
    assert samples_file.read(good) == expected


def test_lines_as_the_teaching_app_writes_them_are_checked_in_bulk(monkeypatch):
    def parse_line(raw, number):
        raise AssertionError(f"line {number} took the slow path")

    monkeypatch.setattr(samples_file, "parse_line", parse_line)
    texts = [line("🙂", vertical_bar()), line("🌈", horizontal_bar(), split="test")]
    lines = [*as_lines(texts), TEACHING_APP_SAMPLES.read_bytes()]
    assert len(samples_file.read(lines)) == 3


def test_a_bad_line_among_many_good_ones_stops_the_import(alice, monkeypatch):
    monkeypatch.setattr(samples_file, "CHECK_BATCH_LINES", 50)
    lines = as_lines([line("🙂", vertical_bar(c % 28)) for c in range(120)])
    lines[77] = as_lines([with_cell("true")])[0]
    with pytest.raises(samples_file.ImportRejected) as rejected:
        training_set.import_samples(alice, lines)
    assert rejected.value.errors == [
        {"line": 78, "error": "features: features[3][5] must be a number, not bool."}
    ]
    assert not Sample.objects.filter(user=alice).exists()


def test_many_lines_are_stored_in_the_files_order(alice, monkeypatch):
    monkeypatch.setattr(samples_file, "CHECK_BATCH_LINES", 7)
    grids = [vertical_bar(c % 28) if c % 3 else horizontal_bar(c % 28) for c in range(40)]
    texts = [line("🙂" if c % 2 else "🌈", grid) for c, grid in enumerate(grids)]
    texts[5] = line("🐱", blank(), other=float("nan"))  # good, but only json reads it
    training_set.import_samples(alice, as_lines(texts))
    stored = Sample.objects.filter(user=alice).order_by("id")
    exported = list(samples_file.export_lines(Sample.objects.filter(user=alice)))
    assert [sample.label.name for sample in stored] == [json.loads(t)["label"] for t in texts]
    assert [json.loads(e)["features"] for e in exported] == [
        json.loads(t)["features"] for t in texts
    ]
