"""Every way a training set changes retrains its classifier: in the request with the immediate
backend, or by queueing a retrain with the database backend. One test per write path, from the
API, the pages, the admin and the commands alike."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django_tasks_db.models import DBTaskResult

from drawings.models import Classifier, Label, Sample
from tests.helpers import TEACHING_APP_SAMPLES, horizontal_bar

QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def sample_of(alice, name="🙂"):
    return Sample.objects.filter(user=alice, label__name=name).first().pk


def label_of(alice, name="🙂"):
    return Label.objects.get(user=alice, name=name).pk


def admin_action(env, model, action, selected, **extra):
    changelist = f"/admin/drawings/{model}/"
    data = {"action": action, "_selected_action": selected, **extra}
    return env.admin.post(changelist, data)


def mark_stale(env):
    """For paths that retrain without changing the set: a change made behind their back."""
    Classifier.note_change([env.alice.pk])


WRITE_PATHS = {
    "api: submit a drawing": lambda env: env.api.post(
        "/api/train/", {"label": "🐱", "features": horizontal_bar(3)}, format="json"
    ),
    "api: delete all samples": lambda env: env.api.post("/api/delete/", {}, format="json"),
    "api: delete a label's samples": lambda env: env.api.post(
        "/api/delete/", {"label": "🌈"}, format="json"
    ),
    "api: delete a sample": lambda env: env.api.delete(f"/api/samples/{sample_of(env.alice)}/"),
    "api: move a sample": lambda env: env.api.patch(
        f"/api/samples/{sample_of(env.alice)}/", {"label": "🌈"}, format="json"
    ),
    "api: submit a test drawing": lambda env: env.api.post(
        "/api/train/",
        {"label": "🙂", "features": horizontal_bar(3), "split": "test"},
        format="json",
    ),
    "api: keep a sample for testing": lambda env: env.api.patch(
        f"/api/samples/{sample_of(env.alice)}/", {"split": "test"}, format="json"
    ),
    "api: remove a label": lambda env: env.api.delete(f"/api/labels/{label_of(env.alice)}/"),
    "api: import samples.txt": lambda env: env.api.post(
        "/api/import/", TEACHING_APP_SAMPLES.read_bytes(), content_type="text/plain"
    ),
    "page: retrain now": lambda env: (mark_stale(env), env.page.post("/model/retrain/"))[1],
    "admin: move samples to a label": lambda env: admin_action(
        env, "sample", "relabel", [sample_of(env.alice)], apply="Move", label="🐱"
    ),
    "admin: keep samples as test drawings": lambda env: admin_action(
        env, "sample", "make_test", [sample_of(env.alice)]
    ),
    "admin: train on samples": lambda env: (
        Sample.objects.filter(user=env.alice).update(split="test"),
        admin_action(env, "sample", "make_training", [sample_of(env.alice)]),
    )[1],
    "admin: delete selected samples": lambda env: admin_action(
        env, "sample", "delete_selected", [sample_of(env.alice)], post="yes"
    ),
    "admin: delete a sample": lambda env: env.admin.post(
        f"/admin/drawings/sample/{sample_of(env.alice)}/delete/", {"post": "yes"}
    ),
    "admin: rename a label": lambda env: env.admin.post(
        f"/admin/drawings/label/{label_of(env.alice)}/change/", {"name": "😀", "position": 0}
    ),
    "admin: delete selected labels": lambda env: admin_action(
        env, "label", "delete_selected", [label_of(env.alice)], post="yes"
    ),
    "admin: delete a label": lambda env: env.admin.post(
        f"/admin/drawings/label/{label_of(env.alice)}/delete/", {"post": "yes"}
    ),
    "admin: retrain classifiers": lambda env: (
        mark_stale(env),
        admin_action(env, "classifier", "retrain", [env.alice.pk]),
    )[1],
    "command: import_samples": lambda env: call_command(
        "import_samples", "alice", str(TEACHING_APP_SAMPLES), stdout=open("/dev/null", "w")
    ),
}


@pytest.fixture
def env(trained, alice):
    page = Client()
    page.force_login(alice)
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("root", password="root-pw-77"))
    return SimpleNamespace(api=trained, page=page, admin=admin, alice=alice)


def answered(response):
    """A response that did what was asked (commands answer None)."""
    return response is None or response.status_code < 400


@pytest.mark.parametrize("path", WRITE_PATHS)
def test_a_change_retrains_in_the_request_with_the_immediate_backend(env, path):
    before = Classifier.objects.get(user=env.alice).version
    assert answered(WRITE_PATHS[path](env))
    classifier = Classifier.objects.get(user=env.alice)
    assert classifier.version == before + 1
    assert not classifier.stale


@pytest.mark.parametrize("path", WRITE_PATHS)
def test_a_change_queues_a_retrain_with_the_database_backend(env, path, settings):
    settings.TASKS = QUEUE
    before = Classifier.objects.get(user=env.alice).version
    assert answered(WRITE_PATHS[path](env))
    classifier = Classifier.objects.get(user=env.alice)
    assert (classifier.version, classifier.stale) == (before, True)
    queued = DBTaskResult.objects.ready().filter(task_path="drawings.tasks.retrain")
    assert [task.args_kwargs["args"] for task in queued] == [[env.alice.pk]]


DRAWINGS = Path(__file__).resolve().parent.parent / "drawings"


def test_only_the_door_asks_for_retrains_or_changes_a_training_set():
    # What the models' changing methods and the retrain request are called from; a new write
    # path calls drawings.training_set instead, and the walk above then covers it.
    doors = {
        "request_retrain(": {"tasks.py", "training_set.py"},
        "note_change(": {"models.py"},
        "Sample.add(": {"training_set.py"},
        "add_many(": {"models.py", "training_set.py"},
        ".move(": {"training_set.py"},
        ".rename(": {"training_set.py"},
        ".delete()": {"models.py", "training_set.py"},
    }
    for call, allowed in doors.items():
        callers = {
            str(path.relative_to(DRAWINGS))
            for path in DRAWINGS.rglob("*.py")
            if call in path.read_text() and "migrations" not in path.parts
        }
        assert callers <= allowed, f"{call} is called from {sorted(callers - allowed)}"
