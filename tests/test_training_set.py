"""Every way a training set changes retrains its classifier: in the request with the immediate
backend, or by queueing a retrain with the database backend. One test per write path, from the
API, the pages, the admin and the commands alike."""

import contextlib
import inspect
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django_tasks_db.models import DBTaskResult

from classrooms.models import Classroom
from drawings import training_set
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


def behind_its_back(env, change):
    """A change the test makes before the path it walks, which the door test does not count."""
    with env.unwatched():
        change()


def mark_stale(env):
    """For paths that retrain without changing the set: a change made behind their back."""
    behind_its_back(env, lambda: Classifier.note_change([env.alice.pk]))


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
        behind_its_back(env, lambda: Sample.objects.filter(user=env.alice).update(split="test")),
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
        admin_action(env, "classifier", "ask_for_retrains", [env.alice.pk]),
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
    return SimpleNamespace(
        api=trained, page=page, admin=admin, alice=alice, unwatched=contextlib.nullcontext
    )


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


@pytest.mark.slow  # every write path again, with the database backend
@pytest.mark.parametrize("path", WRITE_PATHS)
def test_a_change_queues_a_retrain_with_the_database_backend(env, path, settings):
    settings.TASKS = QUEUE
    before = Classifier.objects.get(user=env.alice).version
    assert answered(WRITE_PATHS[path](env))
    classifier = Classifier.objects.get(user=env.alice)
    assert (classifier.version, classifier.stale) == (before, True)
    queued = DBTaskResult.objects.ready().filter(task_path="drawings.tasks.retrain")
    assert [task.args_kwargs["args"] for task in queued] == [[env.alice.pk]]


# Changes that retrain nothing: a label without drawings, an order, a retrain the guess needs.
NO_RETRAIN_PATHS = {
    "api: add a label": lambda env: env.api.post("/api/labels/", {"name": "🐙"}, format="json"),
    "api: order labels": lambda env: env.api.post(
        "/api/labels/order/",
        {"labels": list(Label.objects.filter(user=env.alice).values_list("pk", flat=True))[::-1]},
        format="json",
    ),
    "api: join a class, getting its labels": lambda env: env.api.post(
        "/api/classes/join/", {"code": env.classroom.join_code}, format="json"
    ),
    "page: a teacher adds class labels to pupils' sets": lambda env: (
        env.classroom.add_pupil(env.alice),
        env.teacher.post(f"/classes/{env.classroom.pk}/labels/", {"labels": "🐙 🦊"}),
    )[1],
    "api: a guess whose pipeline can't be loaded": lambda env: (
        behind_its_back(
            env, lambda: Classifier.objects.filter(user=env.alice).update(pickle=b"not a pickle")
        ),
        env.api.post("/api/predict/", {"features": horizontal_bar()}, format="json"),
    )[1],
}

# The SQL that changes a training set or a classifier.
WRITES = re.compile(
    r"^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+\W?drawings_(label|sample|classifier)\b", re.IGNORECASE
)


class Watch(SimpleNamespace):
    """What `writes_outside_the_door` saw: `outside`, the statements; `paused()` to look away."""

    @contextlib.contextmanager
    def paused(self):
        self.inside[0] += 1
        try:
            yield
        finally:
            self.inside[0] -= 1


@pytest.fixture
def writes_outside_the_door(monkeypatch):
    """The statements that write labels, samples or classifiers while no function of
    drawings.training_set runs: every caller reaches them as `training_set.<name>`."""
    inside, outside = [0], []

    def entered(function):
        def door(*args, **kwargs):
            inside[0] += 1
            try:
                return function(*args, **kwargs)
            finally:
                inside[0] -= 1

        return door

    for name, function in vars(training_set).items():
        if inspect.isfunction(function) and function.__module__ == training_set.__name__:
            monkeypatch.setattr(training_set, name, entered(function))

    def watch(execute, sql, params, many, context):
        if not inside[0] and WRITES.match(sql):
            outside.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield Watch(inside=inside, outside=outside)


@pytest.fixture
def classroom(bob):
    return Classroom.objects.create(name="Art", teacher=bob, labels=["🐙", "🦊"])


@pytest.mark.parametrize("path", [*WRITE_PATHS, *NO_RETRAIN_PATHS])
def test_every_write_to_a_training_set_goes_through_the_door(
    env, bob, classroom, path, writes_outside_the_door
):
    env.classroom, env.unwatched = classroom, writes_outside_the_door.paused
    env.teacher = Client()
    env.teacher.force_login(bob)
    assert answered({**WRITE_PATHS, **NO_RETRAIN_PATHS}[path](env))
    assert writes_outside_the_door.outside == []


def test_a_write_outside_the_door_is_seen(alice, writes_outside_the_door):
    Label.objects.create(user=alice, name="🐙", position=9)
    training_set.add_label(alice, "🦊")
    assert len(writes_outside_the_door.outside) == 1
