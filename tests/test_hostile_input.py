"""Hostile bodies, numbers and labels: each is refused with a 4xx naming the problem, or stored
exactly; nothing crashes and nothing is half written."""

import json
import unicodedata

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from classrooms.models import Classroom
from drawings.fields import decode_features, encode_features
from drawings.models import (
    FORBIDDEN_CATEGORIES,
    LABEL_MAX_LENGTH,
    Classifier,
    Label,
    Sample,
    normalize_label_name,
)
from drawings.serializers import FeaturesField
from tests.helpers import FUZZ_DERANDOMIZE, FUZZ_EXAMPLES, blank, vertical_bar

properties = hypothesis_settings(
    max_examples=FUZZ_EXAMPLES * 4,
    derandomize=FUZZ_DERANDOMIZE,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def post_raw(api, path, raw, content_type="application/json"):
    return api.post(path, raw, content_type=content_type)


def train_body(label="🙂", features=None):
    return json.dumps({"label": label, "features": blank() if features is None else features})


@pytest.fixture
def untouched(alice):
    """Asserts after the test that alice's training set and classifier did not change."""
    before = (list(Label.objects.filter(user=alice).values_list("name")), Sample.objects.count())
    version = Classifier.objects.get(user=alice).data_version
    yield
    after = (list(Label.objects.filter(user=alice).values_list("name")), Sample.objects.count())
    assert after == before
    assert Classifier.objects.get(user=alice).data_version == version


HOSTILE_BODIES = {
    "over the size limit": (
        " " * settings.DATA_UPLOAD_MAX_MEMORY_SIZE + train_body(),
        413,
        "at most 2621440 bytes are accepted",
    ),
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, 400, "nested too deeply"),
    "nested deep inside the label": (
        '{"label": ' + "[" * 50_000 + "]" * 50_000 + "}",
        400,
        "nested too deeply",
    ),
    "not UTF-8": (b'{"label": "\xff\xfe", "features": []}', 400, "JSON parse error"),
    "latin-1 declared as UTF-8": ('{"label": "caf\xe9"}'.encode("latin-1"), 400, "JSON parse"),
    "truncated": (train_body()[:-20], 400, "JSON parse error"),
    "a 4,400-digit number": (
        train_body(features=[[0] * 27 + [1]] * 28).replace("1]", "1" * 4400 + "]", 1),
        400,
        "JSON parse error",
    ),
    "1e999 (infinity)": (train_body().replace("0]", "1e999]", 1), 400, "between 0 and 1"),
    "10,000 columns": (train_body(features=[[0] * 28] * 10_000), 400, "got 10000"),
    "10,000 numbers in a column": (
        train_body(features=[[0] * 10_000] + [[0] * 28] * 27),
        400,
        "Column 0 has 10000 numbers",
    ),
    "a 10,000-element label": (
        json.dumps({"label": ["🙂"] * 10_000, "features": blank()}),
        400,
        "must be a string",
    ),
    "10,000 keys": (
        json.dumps({f"k{i}": i for i in range(10_000)} | json.loads(train_body(label=7))),
        400,
        "must be a string",
    ),
    "a JSON array": (json.dumps([train_body()] * 10), 400, "Invalid data"),
    "a lone surrogate label": ('{"label": "\\ud83d", "features": []}', 400, "U+D83D"),
    "a NUL in the label": ('{"label": "a\\u0000b", "features": []}', 400, "U+0000"),
}


@pytest.mark.parametrize("raw, status, message", HOSTILE_BODIES.values(), ids=HOSTILE_BODIES)
def test_a_hostile_body_is_refused_with_a_message(api, untouched, raw, status, message):
    response = post_raw(api, "/api/train/", raw)
    assert response.status_code == status
    assert message in json.dumps(response.json(), ensure_ascii=False)


def with_cell(value, column=3, row=5):
    """A bar drawing with one cell set to `value`, as JSON text (so any integer survives)."""
    features = vertical_bar()
    features[column][row] = value
    return features


HOSTILE_NUMBERS = {
    "a 400-digit integer": (10**400, "features[3][5] is a number over 10^15"),
    "a negative 400-digit integer": (-(10**400), "features[3][5] is a number under -10^15"),
    "2 to the 64th": (2**64, "features[3][5] is a number over 10^15"),
    "just over 1": (1.0000000000000002, "features[3][5] is 1.0000000000000002"),
    "-0.1": (-0.1, "features[3][5] is -0.1"),
    "2": (2, "features[3][5] is 2;"),
}


def import_body(features):
    return json.dumps({"label": "🙂", "features": features}) + "\n"


@pytest.mark.parametrize("value, message", HOSTILE_NUMBERS.values(), ids=HOSTILE_NUMBERS)
@pytest.mark.parametrize(
    "path, body, content_type",
    [
        ("/api/train/", lambda grid: train_body(features=grid), "application/json"),
        ("/api/predict/", lambda grid: json.dumps({"features": grid}), "application/json"),
        ("/api/import/", import_body, "text/plain"),
    ],
    ids=["train", "predict", "import"],
)
def test_a_number_out_of_range_is_a_400_naming_the_cell(
    trained, untouched, path, body, content_type, value, message
):
    response = post_raw(trained, path, body(with_cell(value)), content_type=content_type)
    assert response.status_code == 400
    assert message in json.dumps(response.json(), ensure_ascii=False)


def test_a_body_in_another_media_type_is_refused(api, untouched):
    response = post_raw(api, "/api/train/", train_body(), content_type="text/plain")
    assert response.status_code == 415
    assert 'Unsupported media type "text/plain"' in response.json()["detail"]


def test_an_oversized_form_body_is_refused_before_it_is_read(db):
    response = APIClient().post(
        "/api/token/",
        "username=x&password=" + "y" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 413


def test_an_oversized_page_form_is_refused_in_plain_text(client, db):
    body = "username=x&password=" + "y" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    response = client.post(
        "/accounts/login/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 413
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.parametrize(
    "path",
    [
        "/api/samples/99999999999999999999999/",
        "/api/samples/-1/",
        "/api/samples/1e3/",
        "/api/samples/%F0%9F%99%82/",
        "/api/labels/99999999999999999999999/",
        "/api/labels/-1/",
    ],
)
def test_ids_out_of_range_or_not_numbers_are_just_not_found(api, path):
    assert api.delete(path).status_code == 404
    if path.startswith("/api/samples/"):
        assert api.get(path).status_code == 404
        assert api.patch(path, {"label": "🙂"}, format="json").status_code == 404


@pytest.mark.parametrize(
    "method, path",
    [
        ("delete", "/api/classes/{taught}/pupils/{huge}/"),
        ("get", "/api/classes/{huge}/"),
        ("get", "/classes/{huge}/"),
        ("post", "/classes/{huge}/leave/"),
        ("post", "/classes/{huge}/privacy/"),
        ("post", "/classes/{taught}/pupils/{huge}/remove/"),
        ("get", "/classes/{taught}/pupils/{huge}/gallery/"),
        ("get", "/classes/{taught}/pupils/{huge}/model/"),
    ],
)
def test_class_and_pupil_ids_out_of_range_are_just_not_found(client, alice, bob, method, path):
    """Found by the stateful fuzzing: a pupil id past 64 bits was a 500 on SQLite."""
    taught = Classroom.objects.create(name="Year 4", teacher=alice)
    taught.add_pupil(bob)
    client.force_login(alice)
    response = getattr(client, method)(path.format(taught=taught.pk, huge=10**23))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "query, message",
    [("%00", "U+0000"), ("%ED%A0%BD", None), ("%FF", None), ("a" * 5000, "at most 32")],
)
def test_a_hostile_label_filter_is_refused_or_finds_nothing(api, query, message):
    response = api.get(f"/api/samples/?label={query}")
    if message is None:  # undecodable bytes arrive as U+FFFD, a label nobody has
        assert response.status_code == 200
        assert response.json()["count"] == 0
    else:
        assert response.status_code == 400
        assert message in response.json()["label"][0]


def test_an_api_path_that_does_not_exist_gets_a_json_404(api):
    response = api.get("/api/samples/a.b/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No API endpoint matches /api/samples/a.b/"}


KEPT_EXACTLY = {
    "ZWJ sequence": "👩‍💻",
    "family of four": "👨‍👩‍👧‍👦",
    "flag": "🏳️‍🌈",
    "skin tone": "👍🏽",
    "right-to-left mark": "\u200fשלום",
    "Arabic": "مرحبا",
    "variation selector": "❤️",
    "32 code points": "é" * LABEL_MAX_LENGTH,
}


@pytest.mark.parametrize("name", KEPT_EXACTLY.values(), ids=KEPT_EXACTLY)
def test_labels_are_stored_and_returned_exactly(api, alice, name):
    response = api.post("/api/train/", {"label": name, "features": vertical_bar()}, format="json")
    assert response.status_code == 201
    assert response.json()["sample"]["label"] == name
    assert Label.objects.get(user=alice, name=name).name == name
    assert name in [label["name"] for label in api.get("/api/labels/").json()]


REFUSED = {
    "lone high surrogate": ("\ud83d", "U+D83D"),
    "lone low surrogate": ("a\ude00", "U+DE00"),
    "escape": ("\x1b[31mred", "U+001B"),
    "delete": ("a\x7f", "U+007F"),
    "next line": ("a\x85b", "U+0085"),
    "line separator": ("a\u2028b", "U+2028"),
    "paragraph separator": ("a\u2029b", "U+2029"),
    "only spaces": ("   ", "can't be empty"),
    "33 code points": ("é" * 33, "at most 32"),
}


@pytest.mark.parametrize("endpoint, field", [("/api/train/", "label"), ("/api/labels/", "name")])
@pytest.mark.parametrize("name, message", REFUSED.values(), ids=REFUSED)
def test_bad_labels_get_a_400_naming_the_label_problem(
    api, untouched, endpoint, field, name, message
):
    raw = json.dumps({field: name, "features": blank()})  # \\uXXXX escapes, as a browser sends
    response = post_raw(api, endpoint, raw)
    assert response.status_code == 400
    assert message in response.json()[field][0]


def test_deleting_a_label_with_a_lone_surrogate_is_a_400_too(api, untouched):
    response = post_raw(api, "/api/delete/", '{"label": "\\ud83d"}')
    assert response.status_code == 400
    assert "U+D83D" in response.json()["label"][0]


# Property tests of the validators -----------------------------------------------------------

any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)


@pytest.mark.fuzz
@properties
@given(any_text)
def test_a_label_is_refused_with_a_message_or_comes_back_clean(value):
    try:
        name = normalize_label_name(value)
    except ValidationError as error:
        assert "label" in error.messages[0]
        return
    assert name == unicodedata.normalize("NFC", name) == name.strip()
    assert 0 < len(name) <= LABEL_MAX_LENGTH
    assert not {unicodedata.category(c) for c in name} & FORBIDDEN_CATEGORIES
    assert normalize_label_name(name) == name


json_values = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
    lambda children: st.lists(children, max_size=30) | st.dictionaries(st.text(), children),
    max_leaves=200,
)
grids = st.lists(
    st.lists(st.floats(0, 1) | st.integers(0, 1), min_size=28, max_size=28),
    min_size=28,
    max_size=28,
)

# A drawing with one cell set to any number JSON can carry: integers far beyond a float's range,
# NaN, infinities, numbers just outside [0, 1].
any_number = (
    st.integers()
    | st.integers(min_value=2**1024)
    | st.integers(max_value=-(2**1024))
    | st.floats()
    | st.floats(1, 2, exclude_min=True)
)
grids_with_any_number = st.builds(
    lambda grid, column, row, value: [
        [value if (c, r) == (column, row) else cell for r, cell in enumerate(cells)]
        for c, cells in enumerate(grid)
    ],
    grids,
    st.integers(0, 27),
    st.integers(0, 27),
    any_number,
)


@pytest.mark.fuzz
@properties
@given(json_values | grids | grids_with_any_number)
def test_features_are_refused_with_a_message_or_stored_exactly(value):
    try:
        grid = FeaturesField().to_internal_value(value)
    except Exception as error:
        assert error.__class__.__name__ == "ValidationError"
        assert error.detail[0]
        return
    assert decode_features(encode_features(grid)).tolist() == [
        [float(v) for v in column] for column in value
    ]


@pytest.mark.fuzz
@pytest.mark.django_db
@properties
@given(name=any_text)
def test_any_label_through_the_api_is_refused_with_a_message_or_stored_exactly(alice, name):
    api = APIClient()
    api.force_authenticate(alice)
    response = api.post("/api/labels/", json.dumps({"name": name}), content_type="application/json")
    assert response.status_code in (201, 400, 409)
    if response.status_code == 400:
        assert response.json()["name"][0]
        return
    stored = normalize_label_name(name)
    if response.status_code == 409:  # the same label, once normalised, as an earlier example
        assert Label.objects.filter(user=alice, name=stored).exists()
        return
    assert response.json()["name"] == stored
    assert Label.objects.filter(user=alice, name=stored).exists()
