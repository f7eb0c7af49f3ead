import pytest
from rest_framework.test import APIClient

from drawings import training
from drawings.ml.pipelines import CONFIDENT_SCORE
from drawings.models import Classifier
from drawings.pipeline_cache import loaded_pipelines
from tests.helpers import blank, horizontal_bar, stroke, vertical_bar


def predict(client, features):
    return client.post("/api/predict/", {"features": features}, format="json")


def test_with_no_samples_there_is_no_guess(api):
    body = predict(api, vertical_bar()).json()
    assert body["guess"] is None
    assert body["scores"] == []
    assert "No samples yet" in body["detail"]


def test_scores_are_best_first_and_sum_to_one(trained):
    body = predict(trained, vertical_bar()).json()
    assert body["guess"] == "🙂"
    scores = [entry["score"] for entry in body["scores"]]
    assert scores == sorted(scores, reverse=True)
    assert sum(scores) == pytest.approx(1)
    assert {entry["label"] for entry in body["scores"]} == {"🙂", "🌈"}


def test_a_single_label_is_always_the_guess(api):
    api.post("/api/train/", {"label": "💎", "features": vertical_bar()}, format="json")
    body = predict(api, horizontal_bar()).json()
    assert body["guess"] == "💎"
    assert body["scores"] == [{"label": "💎", "score": 1.0}]


def test_another_users_model_is_never_used(trained, bob, api_for):
    body = predict(api_for(bob), vertical_bar()).json()
    assert body["guess"] is None


def test_the_pipeline_is_loaded_once_per_version(trained, alice, django_assert_num_queries):
    predict(trained, vertical_bar())
    assert loaded_pipelines.get(alice.pk, Classifier.objects.get(user=alice).version)
    with django_assert_num_queries(1):
        predict(trained, vertical_bar())


def test_a_version_stored_by_another_process_replaces_the_cached_one(trained, alice):
    predict(trained, vertical_bar())
    training.fit_and_store(alice.pk)  # as another web process or worker would
    body = predict(trained, vertical_bar()).json()
    assert body["model_version"] == Classifier.objects.get(user=alice).version
    assert loaded_pipelines.get(alice.pk, body["model_version"]) is not None


def test_bad_features_are_refused(api):
    response = predict(api, blank()[:3])
    assert response.status_code == 400
    assert "Expected 28 columns, got 3" in response.json()["features"][0]


def test_it_needs_credentials(db):
    assert predict(APIClient(), blank()).status_code == 401


def test_an_almost_empty_drawing_gets_no_guess(trained):
    response = predict(trained, stroke([(3, 3), (3, 4), (4, 4)], value=1))
    assert response.status_code == 200
    body = response.json()
    assert (body["guess"], body["scores"]) == (None, [])
    assert body["model_version"] == 4
    assert body["detail"] == "Draw a little more: a guess needs at least 4 inked cells."


def test_it_is_sure_of_a_drawing_like_its_samples(trained):
    body = predict(trained, vertical_bar(14)).json()
    assert body["confident"] is True
    assert body["scores"][0]["score"] >= CONFIDENT_SCORE


def test_it_is_not_sure_when_its_labels_look_alike(api):
    for label, drawings in {
        "🙂": [vertical_bar(13), horizontal_bar(14)],
        "🌈": [vertical_bar(14), horizontal_bar(13)],
    }.items():
        for drawing in drawings:
            api.post("/api/train/", {"label": label, "features": drawing}, format="json")
    body = predict(api, vertical_bar(10)).json()
    assert body["confident"] is False
    assert body["scores"][0]["score"] < CONFIDENT_SCORE


@pytest.mark.parametrize("accept", ["text/html", "application/xml", "*/*"])
def test_it_answers_json_whatever_the_client_accepts(trained, db, accept):
    guess = trained.post(
        "/api/predict/", {"features": vertical_bar()}, format="json", HTTP_ACCEPT=accept
    )
    refused = APIClient().post(
        "/api/predict/", {"features": vertical_bar()}, format="json", HTTP_ACCEPT=accept
    )
    assert (guess.status_code, guess["Content-Type"]) == (200, "application/json")
    assert guess.json()["guess"] == "🙂"
    assert (refused.status_code, refused["Content-Type"]) == (401, "application/json")
