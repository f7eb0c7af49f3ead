"""Real processes writing at once: nothing is lost, counts are exact, versions only go up."""

import numpy as np
import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from drawings import training
from drawings.models import Classifier, Label, Sample
from tests.helpers import horizontal_bar, vertical_bar
from tests.processes import in_processes

pytestmark = [pytest.mark.processes, pytest.mark.django_db(transaction=True)]


def client_for(username):
    client = APIClient()
    client.force_authenticate(get_user_model().objects.get(username=username))
    return client


def submit(username, labels, count):
    """POST /api/train/ `count` times; the status and model version of each answer."""
    client, answers = client_for(username), []
    for i in range(count):
        body = {"label": labels[i % len(labels)], "features": vertical_bar(i % 28)}
        response = client.post("/api/train/", body, format="json")
        answers.append((response.status_code, response.json()["model"]["version"]))
    return answers


def test_50_concurrent_submits_from_2_processes_are_all_stored(alice):
    answers = in_processes(
        (submit, "alice", ["🙂", "🐱"], 25),
        (submit, "alice", ["🐱", "🙂"], 25),
    )
    for process_answers in answers:
        assert [status for status, _ in process_answers] == [201] * 25
        versions = [version for _, version in process_answers]
        assert versions == sorted(versions)
    assert Sample.objects.filter(user=alice).count() == 50
    assert Label.counts_for(alice) == {"🙂": 25, "🌈": 0, "💎": 0, "🐱": 25}
    classifier = Classifier.objects.get(user=alice)
    assert classifier.data_version == 50
    assert training.fit_and_store(alice.pk).n_samples == 50


def delete_label_then_samples(username, label_id, sample_ids):
    client = client_for(username)
    statuses = [client.delete(f"/api/labels/{label_id}/").status_code]
    statuses += [client.delete(f"/api/samples/{pk}/").status_code for pk in sample_ids]
    return statuses


def retrain_repeatedly(username, times):
    """Retrain `times` times; the version stored after each."""
    user = get_user_model().objects.get(username=username)
    return [training.fit_and_store(user.pk).version for _ in range(times)]


def test_a_retrain_racing_submits_and_deletes_loses_nothing_and_forgets_the_deleted(alice):
    rainbow = Label.objects.get(user=alice, name="🌈")
    smiley = Label.objects.get(user=alice, name="🙂")
    Sample.objects.bulk_create(
        [Sample(user=alice, label=rainbow, features=np.array(horizontal_bar(r))) for r in range(10)]
        + [Sample(user=alice, label=smiley, features=np.array(vertical_bar(c))) for c in range(10)]
    )
    Classifier.note_change([alice.pk])
    training.fit_and_store(alice.pk)
    doomed = list(Sample.objects.filter(label=smiley).values_list("pk", flat=True)[:5])

    submitted, deleted, versions = in_processes(
        (submit, "alice", ["🙂", "💎"], 20),
        (delete_label_then_samples, "alice", rainbow.pk, doomed),
        (retrain_repeatedly, "alice", 15),
    )
    assert [status for status, _ in submitted] == [201] * 20
    assert deleted == [204] * 6
    assert versions == sorted(versions)
    assert Label.counts_for(alice) == {"🙂": 10 - 5 + 10, "💎": 10}

    classifier = Classifier.objects.get(user=alice)
    assert classifier.version >= max(versions)
    if not classifier.stale:
        assert "🌈" not in classifier.counts
    retrained = training.fit_and_store(alice.pk)
    assert retrained.version > classifier.version
    assert set(retrained.counts) == {"🙂", "💎"}
    guess = client_for("alice").post("/api/predict/", {"features": horizontal_bar()}, format="json")
    assert "🌈" not in [score["label"] for score in guess.json()["scores"]]
