"""Bulk writes of samples: COPY on PostgreSQL, bulk_create elsewhere, the same rows either way."""

import datetime
import json

import numpy as np
from django.db import connection
from django.test.utils import CaptureQueriesContext

from drawings import models, samples_file
from drawings.fields import decode_features, encode_features
from drawings.models import INSERTED, Label, Sample, insert_samples
from drawings.serializers import grid_to_lists

WRITTEN_AT = datetime.datetime(2026, 12, 3, 6, 30, 15, 123456, tzinfo=datetime.UTC)
COLUMNS = [field.attname for field in Sample._meta.concrete_fields if not field.primary_key]


def rows_for(user, count):
    labels = [Label.get_or_add(user, name).pk for name in ("🙂", "🌈")]
    grids = np.random.default_rng(0).random((count, 28, 28))
    return [
        (user.pk, labels[i % 2], encode_features(grid), "test" if i % 3 else "train")
        for i, grid in enumerate(grids)
    ]


def stored(user):
    rows = Sample.objects.filter(user=user).order_by("id").values_list(*COLUMNS)
    return [tuple(v.tobytes() if isinstance(v, np.ndarray) else v for v in row) for row in rows]


def test_a_bulk_write_fills_every_column_but_the_id():
    assert set(COLUMNS) == {*INSERTED, "created_at"}


def test_it_writes_the_rows_bulk_create_writes(alice, monkeypatch):
    monkeypatch.setattr(models.timezone, "now", lambda: WRITTEN_AT)
    rows = rows_for(alice, 5)
    with CaptureQueriesContext(connection) as queries:
        insert_samples(rows)
    models.created([(*row, WRITTEN_AT) for row in rows])
    written = stored(alice)
    assert written[:5] == written[5:]
    assert [row[2] for row in written[:5]] == [decode_features(row[2]).tobytes() for row in rows]
    inserted = any("INSERT" in query["sql"] for query in queries)
    assert inserted == (connection.vendor != "postgresql")  # PostgreSQL's rows came by COPY


def test_it_tells_progress_after_each_batch(alice, monkeypatch):
    monkeypatch.setattr(models, "ADD_MANY_BATCH", 2)
    told = []
    insert_samples(rows_for(alice, 5), lambda *progress: told.append(progress))
    assert told == [("stored", 2, 5), ("stored", 4, 5), ("stored", 5, 5)]
    assert Sample.objects.filter(user=alice).count() == 5


def test_an_imported_file_exports_byte_for_byte(alice):
    rng = np.random.default_rng(1)
    grids = rng.choice([0, 0.3, 0.6, 0.9, 1, 0.1 + 0.2, 5e-324], size=(30, 28, 28))
    grids[::4] = rng.random((8, 28, 28))
    lines = []
    for i, grid in enumerate(grids):
        line = {"label": ["🙂", "🌈", "🐱"][i % 3], "features": grid_to_lists(grid)}
        if i % 5 == 0:
            line["split"] = "test"
        lines.append(json.dumps(line) + "\n")
    Sample.add_many(alice, samples_file.read([line.encode() for line in lines]))
    assert list(samples_file.export_lines(Sample.objects.filter(user=alice))) == lines
