import json
import os
from pathlib import Path

import numpy as np
import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from rest_framework.test import APIClient

from drawings.pipeline_cache import loaded_pipelines, training_spaces

# Examples per property test and per fuzzed API operation; raise it for a long run. The default
# run always tries the same examples, so the suite passes or fails alike every time; a run with
# FUZZ_EXAMPLES set draws new ones.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ_DERANDOMIZE = "FUZZ_EXAMPLES" not in os.environ

# A line the teaching app wrote itself (json.dumps escaping: 🙂 is "\\ud83d\\ude42"), kept verbatim.
TEACHING_APP_SAMPLES = Path(__file__).resolve().parent / "data" / "teaching-app-samples.txt"


def blank():
    return [[0] * 28 for _ in range(28)]


def stroke(cells, value=0.6):
    """A drawing with `value` in each (column, row) of `cells`."""
    grid = blank()
    for column, row in cells:
        grid[column][row] = value
    return grid


def vertical_bar(column=14):
    return stroke([(column, row) for row in range(5, 23)])


def horizontal_bar(row=14):
    return stroke([(column, row) for column in range(5, 23)])


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Nearly every test makes users; stretching their passwords would be most of the run."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fresh_pipeline_cache():
    loaded_pipelines.clear()
    training_spaces.clear()
    yield
    loaded_pipelines.clear()
    training_spaces.clear()


@pytest.fixture(autouse=True)
def fresh_cache():
    """Throttle counts (and anything else cached) start from zero in every test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def smiley():
    """The teaching app's own sample line: a 🙂 drawn on its canvas."""
    return json.loads(TEACHING_APP_SAMPLES.read_text().splitlines()[0])


@pytest.fixture
def make_user(db):
    def make(username="alice"):
        return get_user_model().objects.create_user(username, password="draw-a-rainbow-42")

    return make


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


@pytest.fixture
def api(alice):
    client = APIClient()
    client.force_authenticate(alice)
    return client


@pytest.fixture
def api_for():
    def client_for(user):
        client = APIClient()
        client.force_authenticate(user)
        return client

    return client_for


@pytest.fixture
def trained(api):
    """alice has two samples each of a vertical bar (🙂) and a horizontal bar (🌈)."""
    for column in (13, 14):
        api.post("/api/train/", {"label": "🙂", "features": vertical_bar(column)}, format="json")
    for row in (13, 14):
        api.post("/api/train/", {"label": "🌈", "features": horizontal_bar(row)}, format="json")
    return api


def as_array(grid):
    return np.asarray(grid, dtype=float)
