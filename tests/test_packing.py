"""Grids are packed in a child process, as the features field packs them, and the child always
ends with the import that started it."""

import json
import zlib

import numpy as np
import pytest

from drawings import samples_file
from drawings.fields import encode_features
from drawings.packing import Packer, PackingFailed
from tests.helpers import vertical_bar


@pytest.fixture
def packers(monkeypatch):
    """Every Packer an import starts."""
    started = []

    class Recorded(Packer):
        def __init__(self):
            super().__init__()
            started.append(self)

    monkeypatch.setattr(samples_file, "Packer", Recorded)
    return started


def grids(count, seed=0):
    rng = np.random.default_rng(seed)
    return rng.choice([0, 0.3, 0.6, 0.9, 1, rng.random()], size=(count, 28, 28))


def test_it_packs_as_the_features_field_does_at_zlibs_level_6():
    sent = [grids(300), grids(1, seed=1), np.zeros((2, 28, 28)), grids(50, seed=2)]
    with Packer() as packer:
        for batch in sent:
            packer.send(batch.astype("<f8"))
        packed = packer.packed()
    every_grid = np.concatenate(sent)
    assert packed == [encode_features(grid) for grid in every_grid]
    assert packed == [zlib.compress(grid.astype("<f8").tobytes(), 6) for grid in every_grid]


def test_nothing_sent_is_nothing_packed():
    with Packer() as packer:
        assert packer.packed() == []
    assert packer.process.returncode == 0


def test_leaving_early_ends_the_child():
    with pytest.raises(RuntimeError), Packer() as packer:
        packer.send(grids(2000).astype("<f8"))
        raise RuntimeError("the import failed")
    assert packer.process.returncode is not None  # ended and waited for


def test_a_child_that_ends_early_is_reported():
    with Packer() as packer:
        packer.send(grids(10).astype("<f8"))
        packer.process.kill()
        packer.send(grids(2000).astype("<f8"))
        with pytest.raises(PackingFailed):
            packer.packed()


def test_the_child_stops_with_a_rejected_import(packers, monkeypatch):
    monkeypatch.setattr(samples_file, "CHECK_BATCH_LINES", 10)
    good = (json.dumps({"label": "🙂", "features": vertical_bar()}) + "\n").encode()
    with pytest.raises(samples_file.ImportRejected):
        samples_file.read([good] * 25 + [b"not json\n"] + [good] * 25)
    with pytest.raises(samples_file.ImportRejected):
        samples_file.read([good] * 25, max_bytes=len(good) * 20)
    assert len(packers) == 2
    assert [packer.process.returncode for packer in packers] == [-9, -9]  # killed, waited for
