import json

import pytest
from rest_framework.test import APIClient

from drawings.models import Sample
from tests.helpers import blank, horizontal_bar, vertical_bar


def post(client, body):
    return client.post("/api/train/", json.dumps(body), content_type="application/json")


def test_it_stores_the_sample_and_answers_with_counts_and_model(api, alice):
    response = post(api, {"label": "🙂", "features": vertical_bar()})
    assert response.status_code == 201
    body = response.json()
    assert body["sample"]["label"] == "🙂"
    assert set(body["sample"]) == {"id", "label", "split", "created_at"}
    assert body["samples"] == {"🙂": 1, "🌈": 0, "💎": 0}
    assert body["model"]["version"] == 1
    assert body["model"]["n_samples"] == 1
    assert body["model"]["stale"] is False
    assert Sample.objects.get(user=alice).label.name == "🙂"


def test_a_new_label_joins_the_set(api):
    body = post(api, {"label": "👩‍💻", "features": vertical_bar()}).json()
    assert list(body["samples"]) == ["🙂", "🌈", "💎", "👩‍💻"]


def test_a_label_is_matched_in_nfc_form(api):
    post(api, {"label": "cafe\u0301", "features": vertical_bar()})
    body = post(api, {"label": "caf\u00e9", "features": vertical_bar()}).json()
    assert body["samples"]["caf\u00e9"] == 2


def test_it_accepts_the_teaching_apps_own_line(api, smiley):
    response = post(api, smiley)
    assert response.status_code == 201
    assert response.json()["sample"]["label"] == "🙂"


def test_predict_after_train_reflects_the_sample(api):
    post(api, {"label": "🙂", "features": vertical_bar()})
    post(api, {"label": "🌈", "features": horizontal_bar()})
    guess = api.post("/api/predict/", {"features": horizontal_bar()}, format="json").json()
    assert guess["guess"] == "🌈"
    assert guess["model_version"] == 2


def with_cell(value, column=3, row=5):
    grid = blank()
    grid[column][row] = value
    return grid


@pytest.mark.parametrize(
    "body, field, message",
    [
        ({"features": blank()}, "label", "required"),
        ({"label": "🙂"}, "features", "required"),
        ({"label": "🙂", "features": "0,0,0"}, "features", "list of 28 columns"),
        ({"label": "🙂", "features": blank()[:27]}, "features", "Expected 28 columns, got 27"),
        ({"label": "🙂", "features": [[0] * 27] * 28}, "features", "Column 0 has 27 numbers"),
        ({"label": "🙂", "features": [0] * 28}, "features", "Column 0 must be a list"),
        (
            {"label": "🙂", "features": with_cell("0.3")},
            "features",
            "features[3][5] must be a number",
        ),
        ({"label": "🙂", "features": with_cell(True)}, "features", "not bool"),
        ({"label": "🙂", "features": with_cell(None)}, "features", "not NoneType"),
        ({"label": "🙂", "features": with_cell(1.5)}, "features", "features[3][5] is 1.5"),
        ({"label": "🙂", "features": with_cell(-0.1)}, "features", "between 0 and 1"),
        ({"label": "", "features": blank()}, "label", "can't be empty"),
        ({"label": "x" * 33, "features": blank()}, "label", "at most 32"),
        ({"label": "a\tb", "features": blank()}, "label", "U+0009"),
        ({"label": 7, "features": blank()}, "label", "must be a string"),
    ],
)
def test_bad_input_gets_a_400_naming_the_problem(api, body, field, message):
    response = post(api, body)
    assert response.status_code == 400
    assert message in response.json()[field][0]
    assert not Sample.objects.exists()


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_refused(api, constant):
    raw = json.dumps({"label": "🙂", "features": blank()}).replace("0]]", f"{constant}]]", 1)
    response = api.post("/api/train/", raw, content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]


def test_a_body_that_is_not_json_is_refused(api):
    response = api.post("/api/train/", b"\xff\xfe{", content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_it_needs_credentials(db):
    response = post(APIClient(), {"label": "🙂", "features": blank()})
    assert response.status_code == 401
    assert not Sample.objects.exists()


def test_a_new_label_is_only_added_to_the_senders_set(api, alice, bob):
    assert post(api, {"label": "🐱", "features": vertical_bar()}).status_code == 201
    assert alice.labels.filter(name="🐱").exists()
    assert not bob.labels.filter(name="🐱").exists()
