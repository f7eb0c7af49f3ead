"""Why this guess: the user's training drawings the classifier finds most alike."""

import numpy as np
import pytest

from drawings import storage, training
from drawings.ml import neighbours, pipelines
from drawings.ml.grid import as_matrix
from drawings.models import Sample, TrainingSpace
from drawings.pipeline_cache import training_spaces
from emojisite import process_cache
from tests.helpers import counted_calls, horizontal_bar, stroke, vertical_bar


def predict(api, features, **extra):
    response = api.post("/api/predict/", {"features": features, **extra}, format="json")
    assert response.status_code == 200, response.json()
    return response.json()


def test_it_answers_the_three_most_alike_training_drawings(trained, alice):
    alike = predict(trained, vertical_bar(15), explain=True)["alike"]
    assert [drawing["label"] for drawing in alike] == ["🙂", "🙂", "🌈"]
    own = dict(Sample.objects.filter(user=alice).values_list("pk", "label__name"))
    assert all(own[drawing["id"]] == drawing["label"] for drawing in alike)
    assert alike[0]["thumbnail"].startswith("data:image/png;base64,")
    assert alike[0]["url"] == f"/gallery/{alike[0]['id']}/"


def test_without_explain_it_costs_nothing(trained, django_assert_num_queries):
    predict(trained, vertical_bar(15))  # the pipeline is loaded and cached
    with django_assert_num_queries(1):  # the classifier's state, as before
        answer = predict(trained, vertical_bar(15))
    assert "alike" not in answer
    assert len(training_spaces) == 0
    predict(trained, vertical_bar(15), explain=True)
    assert len(training_spaces) == 1


def blob(column, row):
    return stroke([(c, r) for c in range(column - 1, column + 2) for r in range(row - 1, row + 2)])


def test_alike_is_measured_where_the_classifier_compares_not_in_raw_pixels(api, alice):
    for column in (20, 22, 24):
        Sample.add(alice, "🙂", vertical_bar(column))
    for column, row in ((3, 13), (12, 4), (20, 24)):
        Sample.add(alice, "🌈", blob(column, row))
    training.fit_and_store(alice.pk)
    asked = vertical_bar(3)
    # In raw pixels the blob over the bar is nearest; as the classifier sees them, the bars are.
    raw = [np.linalg.norm(np.subtract(asked, s.features)) for s in Sample.objects.order_by("id")]
    assert int(np.argmin(raw)) == 3
    alike = predict(api, asked, explain=True)["alike"]
    assert [drawing["label"] for drawing in alike] == ["🙂", "🙂", "🙂"]


def test_only_the_users_own_training_drawings_are_shown(trained, alice, bob, api_for):
    for column in (14, 15):
        Sample.add(bob, "🙂", vertical_bar(column))
    Sample.add(alice, "🙂", vertical_bar(15), split="test")  # the very drawing asked about
    training.fit_and_store(alice.pk)
    alike = predict(trained, vertical_bar(15), explain=True)["alike"]
    own_training = set(
        Sample.objects.filter(user=alice, split="train").values_list("pk", flat=True)
    )
    assert {drawing["id"] for drawing in alike} <= own_training


def test_a_new_training_drawing_is_found_at_once(trained, alice):
    diagonal = stroke([(4 + i, 4 + i) for i in range(18)])
    predict(trained, diagonal, explain=True)
    newest = Sample.add(alice, "🌈", diagonal)  # not yet retrained
    alike = predict(trained, diagonal, explain=True)["alike"]
    assert alike[0]["id"] == newest.pk


@pytest.fixture
def spaces_worked_out(monkeypatch):
    """How many drawings each call sends through a pipeline to find where it compares them."""
    return counted_calls(monkeypatch, neighbours, "classified_space", argument=1)


def test_the_retrain_stores_the_training_drawings_as_its_pipeline_compares_them(trained, alice):
    stored = TrainingSpace.objects.get(user=alice)
    classifier = storage.classifier_state(alice)
    pipeline = storage.load(classifier).pipeline
    samples = training.training_samples(alice.pk)
    assert stored.version == classifier.version
    rows = neighbours.unpacked(stored.rows)
    assert list(rows) == [sample_id for sample_id, _, _ in samples]
    worked_out = neighbours.classified_space(pipeline, [drawing for _, _, drawing in samples])
    np.testing.assert_array_equal(np.array(list(rows.values())), worked_out)


def test_after_a_retrain_no_process_works_the_training_drawings_out_again(
    trained, spaces_worked_out
):
    process_cache.clear_all()  # a process that has never explained this version
    explained = predict(trained, vertical_bar(15), explain=True)["alike"]
    assert spaces_worked_out == []
    assert [drawing["label"] for drawing in explained] == ["🙂", "🙂", "🌈"]


def test_only_a_drawing_added_since_the_retrain_is_worked_out(trained, alice, spaces_worked_out):
    diagonal = stroke([(4 + i, 4 + i) for i in range(18)])
    newest = Sample.add(alice, "🌈", diagonal)  # not yet retrained
    alike = predict(trained, diagonal, explain=True)["alike"]
    assert spaces_worked_out == [1]
    assert alike[0]["id"] == newest.pk


def test_the_classified_space_of_the_tree_is_the_pixels():
    drawings = [vertical_bar(10), horizontal_bar(10), vertical_bar(12), horizontal_bar(12)]
    fitted = pipelines.fit(drawings, ["|", "-", "|", "-"], algorithm="tree")
    np.testing.assert_allclose(
        neighbours.classified_space(fitted, drawings), as_matrix(drawings), rtol=1e-7
    )


@pytest.mark.parametrize("explain", ["maybe", None, [True]])
def test_explain_must_be_a_boolean(trained, explain):
    body = {"features": vertical_bar(), "explain": explain}
    response = trained.post("/api/predict/", body, format="json")
    assert response.status_code == 400
    assert "explain" in response.json()
