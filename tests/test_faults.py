"""Faults injected for real: a broken pickle, a broken sample, a dead database, a killed retrain."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from django.db import OperationalError, connection

from drawings import training
from drawings.fields import encode_features
from drawings.models import Classifier, Label, Sample
from emojisite.middleware import DATABASE_UNAVAILABLE
from tests.helpers import horizontal_bar, vertical_bar

ROOT = Path(__file__).resolve().parent.parent
UNUSED_PORT = 8699  # in this suite's port range; nothing listens there


def predict(api, features=None):
    return api.post("/api/predict/", {"features": features or horizontal_bar()}, format="json")


def stored_version(user):
    return Classifier.objects.get(user=user).version


@pytest.mark.parametrize("stored", [b"not a pickle at all", b"", None], ids=repr)
def test_a_broken_or_missing_pickle_is_logged_and_retrained(trained, alice, caplog, stored):
    Classifier.objects.filter(user=alice).update(pickle=stored)
    response = predict(trained)
    assert response.status_code == 200
    assert response.json()["guess"] == "🌈"
    assert response.json()["model_version"] == 5
    assert stored_version(alice) == 5
    assert "; retraining." in caplog.text
    assert predict(trained).json()["model_version"] == 5  # retrained once, not on every guess


def test_when_retraining_fails_too_the_guess_is_a_503_with_a_message(trained, alice, caplog):
    Classifier.objects.filter(user=alice).update(pickle=b"garbage")
    broken = Sample.objects.filter(user=alice).first()
    Sample.objects.filter(pk=broken.pk).update(features=b"not zlib")
    response = predict(trained)
    assert response.status_code == 503
    assert "could not be loaded, and retraining it failed" in response.json()["detail"]
    assert "Retraining the unloadable pipeline" in caplog.text
    Sample.objects.filter(pk=broken.pk).delete()
    assert predict(trained).status_code == 200


@pytest.fixture
def database_gone():
    """Point the connection at a database that isn't there, then put it back."""
    settings_dict = connection.settings_dict
    original = dict(settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        settings_dict["NAME"] = "/nonexistent/emojisite.sqlite3"
    else:
        settings_dict["PORT"] = UNUSED_PORT
    yield
    connection.close()
    settings_dict.update(original)


@pytest.mark.django_db(transaction=True)
def test_a_dead_database_gets_a_503_json_message_from_the_api(api, alice, database_gone, caplog):
    response = api.post("/api/train/", {"label": "🐱", "features": vertical_bar()}, format="json")
    assert response.status_code == 503
    assert response.json() == {"detail": DATABASE_UNAVAILABLE}
    assert response["Retry-After"] == "60"
    assert "Database unavailable for POST /api/train/" in caplog.text


@pytest.fixture
def signed_in(client, alice):
    client.force_login(alice)
    return client


@pytest.mark.django_db(transaction=True)
def test_a_dead_database_gets_a_503_message_on_pages(signed_in, database_gone):
    response = signed_in.get("/")
    assert response.status_code == 503
    assert response.content.decode() == DATABASE_UNAVAILABLE


def fail_on_sample_insert(execute, sql, params, many, context):
    if sql.startswith('INSERT INTO "drawings_sample"'):
        raise OperationalError("server closed the connection unexpectedly")
    return execute(sql, params, many, context)


@pytest.mark.django_db(transaction=True)
def test_a_write_cut_off_midway_leaves_nothing_half_written(api, alice):
    before = Classifier.objects.get(user=alice).data_version
    with connection.execute_wrapper(fail_on_sample_insert):
        response = api.post(
            "/api/train/", {"label": "🐱", "features": vertical_bar()}, format="json"
        )
    assert response.status_code == 503
    assert not Label.objects.filter(user=alice, name="🐱").exists()
    assert not Sample.objects.filter(user=alice).exists()
    assert Classifier.objects.get(user=alice).data_version == before


def database_url():
    """The URL of the database this test runs on, for processes the test starts."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


# Announces the fit, so the test can kill the process while it is fitting.
RETRAIN_SCRIPT = """
import django
django.setup()
from django.contrib.auth import get_user_model
from drawings import training
from drawings.ml import pipelines

real_fit = pipelines.fit

def announced_fit(*args, **kwargs):
    print("fitting", flush=True)
    return real_fit(*args, **kwargs)

pipelines.fit = announced_fit
training.fit_and_store(get_user_model().objects.get(username="alice").pk)
print("stored", flush=True)
"""


@pytest.mark.processes
@pytest.mark.django_db(transaction=True)
def test_a_retrain_killed_midway_leaves_the_previous_model_serving(trained, alice):
    rng = np.random.default_rng(0)
    labels = list(Label.objects.filter(user=alice))
    Sample.objects.bulk_create(
        Sample(user=alice, label=labels[i % 3], features=encode_features(grid))
        for i, grid in enumerate(rng.choice([0, 0, 0.3, 0.6, 1], size=(3000, 28, 28)))
    )
    Classifier.note_change([alice.pk])
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_SETTINGS_MODULE": "emojisite.settings",
    }
    process = subprocess.Popen(
        [sys.executable, "-c", RETRAIN_SCRIPT], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "fitting"
        assert process.poll() is None
        process.kill()
        assert process.wait(timeout=10) == -9
    finally:
        process.kill()
        process.wait(timeout=10)
    assert stored_version(alice) == 4
    assert predict(trained).json()["guess"] == "🌈"
    assert training.fit_and_store(alice.pk).version == 5
    assert predict(trained).json()["model_version"] == 5
