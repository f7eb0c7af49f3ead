import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from drawings import training
from drawings.models import Classifier, TrainingRecord
from drawings.tasks import QUEUED_RETRAIN_EXPIRES
from tests.helpers import horizontal_bar, stroke, vertical_bar
from tests.processes import BIN, start, stop


@pytest.fixture
def queue(settings):
    """Retrains go to the database queue instead of running in the request."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def train(client, label, features):
    return client.post("/api/train/", {"label": label, "features": features}, format="json")


def predict(client, features):
    return client.post("/api/predict/", {"features": features}, format="json").json()


def run_worker():
    """Run the queued tasks as `manage.py db_worker` does, in this process.

    The worker closes connections that are inside a transaction, so tests that call this run
    outside one (transaction=True).
    """
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_without_a_queue_a_submit_retrains_even_while_another_retrain_is_under_way(api, alice):
    # As another request's retrain leaves it, between queueing and finishing.
    Classifier.objects.filter(user=alice).update(retrain_queued_at=timezone.now())
    body = train(api, "🙂", vertical_bar()).json()
    assert (body["model"]["version"], body["model"]["stale"]) == (1, False)


def test_with_a_queue_a_submit_answers_before_the_retrain(queue, api):
    body = train(api, "🙂", vertical_bar()).json()
    assert body["samples"]["🙂"] == 1
    assert body["model"]["version"] is None
    assert body["model"]["stale"] is True
    assert DBTaskResult.objects.ready().count() == 1


@pytest.mark.django_db(transaction=True)
def test_many_submits_queue_one_retrain_that_includes_them_all(queue, api, alice):
    for column in (12, 13, 14):
        train(api, "🙂", vertical_bar(column))
    train(api, "🌈", horizontal_bar())
    assert DBTaskResult.objects.count() == 1
    run_worker()
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.version, classifier.n_samples, classifier.stale) == (1, 4, False)


@pytest.mark.django_db(transaction=True)
def test_a_change_after_the_retrain_started_queues_another(queue, api):
    train(api, "🙂", vertical_bar())
    run_worker()
    train(api, "🌈", horizontal_bar())
    assert DBTaskResult.objects.ready().count() == 1
    run_worker()
    assert predict(api, horizontal_bar())["guess"] == "🌈"


@pytest.mark.django_db(transaction=True)
def test_presses_during_a_retrain_queue_one_more_which_has_the_last(queue, api, alice, monkeypatch):
    """Presses faster than retrains: the running retrain is followed by one more, not by one a
    press, and the model it stores has every press."""
    train(api, "🙂", vertical_bar())
    fit, presses = training.fit_and_store, [vertical_bar(column) for column in range(8, 14)]

    def pressed_meanwhile(user_id):
        fitted = fit(user_id)
        while presses:  # after the first retrain read the samples
            train(api, "🌈" if len(presses) == 1 else "🙂", presses.pop())
        return fitted

    monkeypatch.setattr(training, "fit_and_store", pressed_meanwhile)
    run_worker()
    assert DBTaskResult.objects.count() == 2
    assert TrainingRecord.objects.filter(user=alice).count() == 2
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.n_samples, classifier.stale) == (7, False)
    assert classifier.counts == {"🙂": 6, "🌈": 1}


def test_a_queued_retrain_that_never_started_is_queued_again(queue, api, alice):
    train(api, "🙂", vertical_bar())
    long_ago = timezone.now() - QUEUED_RETRAIN_EXPIRES - timedelta(seconds=1)
    Classifier.objects.filter(user=alice).update(retrain_queued_at=long_ago)
    train(api, "🙂", vertical_bar(13))
    assert DBTaskResult.objects.ready().count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_retrain_with_nothing_changed_stores_no_new_version(queue, api, alice):
    train(api, "🙂", vertical_bar())
    train(api, "🌈", horizontal_bar())
    DBTaskResult.objects.create(
        task_path="drawings.tasks.retrain",
        args_kwargs={"args": [alice.pk], "kwargs": {}},
        backend_name="default",
    )
    run_worker()
    assert Classifier.objects.get(user=alice).version == 1


@pytest.mark.django_db(transaction=True)
def test_predict_serves_the_last_model_and_says_it_is_stale(queue, api):
    train(api, "🙂", vertical_bar())
    train(api, "🌈", horizontal_bar())
    run_worker()
    assert predict(api, vertical_bar())["stale"] is False
    train(api, "💎", stroke([(i, i) for i in range(5, 23)]))
    body = predict(api, vertical_bar())
    assert (body["guess"], body["model_version"], body["stale"]) == ("🙂", 1, True)


@pytest.mark.processes
@pytest.mark.django_db(transaction=True)
def test_a_worker_process_picks_up_the_retrain_and_the_next_predict_uses_it(queue, api):
    worker = start(
        [BIN / "python", "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay"],
        TASKS_BACKEND="database",
    )
    try:
        train(api, "🙂", vertical_bar())
        train(api, "🌈", horizontal_bar())
        deadline = time.monotonic() + 30
        body = predict(api, horizontal_bar())
        while body["model_version"] is None or body["stale"]:
            assert time.monotonic() < deadline, f"no retrain after 30 s:\n{stop(worker)}"
            time.sleep(0.1)
            body = predict(api, horizontal_bar())
    finally:
        output = stop(worker)
    assert body["guess"] == "🌈", output
    assert "drawings.tasks.retrain" in output
