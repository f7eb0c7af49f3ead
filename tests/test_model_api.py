from rest_framework.test import APIClient

from drawings.models import Classifier


def test_before_training(api):
    body = api.get("/api/model/").json()
    assert body == {
        "version": None,
        "trained_at": None,
        "n_samples": 0,
        "counts": {},
        "algorithm": "",
        "stale": False,
        "report": None,
    }


def test_after_training(trained):
    body = trained.get("/api/model/").json()
    assert body["version"] == 4
    assert body["n_samples"] == 4
    assert body["counts"] == {"🙂": 2, "🌈": 2}
    assert body["algorithm"] == "doodle"
    assert body["trained_at"]


def test_it_says_when_samples_changed_since_training(trained, alice):
    Classifier.note_change([alice.pk])
    assert trained.get("/api/model/").json()["stale"] is True


def test_it_needs_credentials(db):
    assert APIClient().get("/api/model/").status_code == 401
