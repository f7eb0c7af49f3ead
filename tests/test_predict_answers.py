"""The quick predict path answers a fixed set of requests exactly as the DRF view before it did.

The expected answers below were recorded from that view (commit adb702e). Guesses and scores
depend on the classifier, so they are checked against what its pipeline says for the drawing
sent, as that view computed them: `pipelines.scores` on the JSON lists.
"""

import json

import pytest
from rest_framework.test import APIClient

from accounts.models import ApiToken
from drawings import storage
from drawings.ml import pipelines
from drawings.models import Classifier
from tests.helpers import blank, horizontal_bar, stroke, vertical_bar

BAD_CELL = vertical_bar()
BAD_CELL[3][5] = True
STRING_CELL = vertical_bar()
STRING_CELL[0][0] = "0.5"
OUT_OF_RANGE = vertical_bar()
OUT_OF_RANGE[27][27] = 1.5
DIAGONAL = stroke([(i, i) for i in range(4, 24)])

# (name, body as JSON text, content type, expected status, expected body); None: a guess.
REQUESTS = [
    ("vertical", json.dumps({"features": vertical_bar()}), None),
    ("horizontal", json.dumps({"features": horizontal_bar(12)}), None),
    ("diagonal", json.dumps({"features": DIAGONAL}), None),
    ("ints and floats", json.dumps({"features": stroke([(14, r) for r in range(9)], 1)}), None),
    ("extra keys", json.dumps({"features": vertical_bar(13), "other": 1}), None),
    (
        "too little ink",
        json.dumps({"features": stroke([(3, 3), (3, 4)], 1)}),
        (
            200,
            {
                "guess": None,
                "scores": [],
                "model_version": 4,
                "stale": False,
                "detail": "Draw a little more: a guess needs at least 4 inked cells.",
            },
        ),
    ),
    (
        "three columns",
        json.dumps({"features": blank()[:3]}),
        (400, {"features": ["Expected 28 columns, got 3."]}),
    ),
    (
        "short column",
        json.dumps({"features": [*blank()[:27], [0] * 5]}),
        (400, {"features": ["Column 27 has 5 numbers; expected 28."]}),
    ),
    (
        "a bool",
        json.dumps({"features": BAD_CELL}),
        (400, {"features": ["features[3][5] must be a number, not bool."]}),
    ),
    (
        "a string",
        json.dumps({"features": STRING_CELL}),
        (400, {"features": ["features[0][0] must be a number, not str."]}),
    ),
    (
        "out of range",
        json.dumps({"features": OUT_OF_RANGE}),
        (
            400,
            {"features": ["features[27][27] is 1.5; every value must be between 0 and 1."]},
        ),
    ),
    (
        "NaN",
        json.dumps({"features": [[float("nan")] * 28] * 28}),
        (
            400,
            {
                "detail": "JSON parse error - "
                "Out of range float values are not JSON compliant: 'NaN'"
            },
        ),
    ),
    (
        "not a list",
        json.dumps({"features": "drawing"}),
        (400, {"features": ["Expected a list of 28 columns, each a list of 28 numbers."]}),
    ),
    ("no features", json.dumps({}), (400, {"features": ["This field is required."]})),
    (
        "a list",
        json.dumps([1, 2]),
        (400, {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}),
    ),
    (
        "not JSON",
        "{features",
        (
            400,
            {
                "detail": "JSON parse error - Expecting property name enclosed in double quotes:"
                " line 1 column 2 (char 1)"
            },
        ),
    ),
]


def issue_token(user):
    return ApiToken.issue(user)


@pytest.fixture
def client(trained, alice):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {issue_token(alice)}")
    return client


@pytest.mark.parametrize(("name", "body", "expected"), REQUESTS, ids=[r[0] for r in REQUESTS])
def test_the_answer_is_what_it_was(client, alice, name, body, expected):
    response = client.post("/api/predict/", body, content_type="application/json")
    answer = response.json()
    if expected is not None:
        assert (response.status_code, answer) == expected
        return
    assert response.status_code == 200, answer
    classifier = Classifier.objects.get(user=alice)
    ranked = pipelines.scores(storage.load(classifier).pipeline, json.loads(body)["features"])
    assert answer["guess"] == ranked[0][0]
    assert [entry["label"] for entry in answer["scores"]] == [label for label, _ in ranked]
    assert [entry["score"] for entry in answer["scores"]] == pytest.approx(
        [score for _, score in ranked], abs=1e-6
    )
    assert answer["confident"] is (ranked[0][1] >= pipelines.CONFIDENT_SCORE)
    assert (answer["model_version"], answer["stale"]) == (classifier.version, False)
    assert set(answer) == {"guess", "scores", "model_version", "stale", "confident"}


def test_a_user_without_samples_is_told_to_draw_some(bob):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {issue_token(bob)}")
    answer = client.post("/api/predict/", {"features": vertical_bar()}, format="json").json()
    assert answer == {
        "guess": None,
        "scores": [],
        "model_version": None,
        "stale": False,
        "detail": "No samples yet: draw each emoji and submit it a few times.",
    }


@pytest.mark.parametrize(
    ("authorization", "detail"),
    [
        (None, "Authentication credentials were not provided."),
        ("Token nope", "Invalid token."),
        ("Token", "Invalid token header. No credentials provided."),
        ("Token a b", "Invalid token header. Token string should not contain spaces."),
    ],
)
def test_a_request_without_a_good_token_is_refused_as_before(db, authorization, detail):
    client = APIClient()
    if authorization:
        client.credentials(HTTP_AUTHORIZATION=authorization)
    response = client.post("/api/predict/", {"features": vertical_bar()}, format="json")
    assert (response.status_code, response.json()) == (401, {"detail": detail})
    assert response["WWW-Authenticate"] == "Token"


def test_only_post_is_allowed(client):
    response = client.get("/api/predict/")
    assert (response.status_code, response.json()) == (
        405,
        {"detail": 'Method "GET" not allowed.'},
    )
