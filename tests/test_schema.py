"""The OpenAPI schema at /api/schema/: what it describes, and that its patterns state what the
API takes."""

import re
import unicodedata

import jsonschema_rs
import pytest
from django.core.exceptions import ValidationError
from drf_spectacular.generators import SchemaGenerator
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_framework import serializers
from rest_framework.test import APIClient

from drawings.models import FORBIDDEN_CATEGORIES, normalize_label_name
from drawings.schema import CONTROLS, LABEL_PATTERN, SAMPLES_TXT
from emojisite.api.fields import SPACES, TextField
from tests.helpers import (
    FUZZ_DERANDOMIZE,
    FUZZ_EXAMPLES,
    PASSWORD,
    TEACHING_APP_SAMPLES,
    vertical_bar,
)


def test_the_openapi_schema_describes_the_api(api):
    response = api.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    for path in ("/api/train/", "/api/predict/", "/api/delete/", "/api/model/", "/api/samples/"):
        assert path in schema["paths"]
    features = schema["components"]["schemas"]["TrainRequest"]["properties"]["features"]
    assert features["minItems"] == features["maxItems"] == 28


def test_the_browsable_api_renders(api):
    response = api.get("/api/labels/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert b"Label List" in response.content


# The patterns: what a JSON Schema validator (schemathesis's, jsonschema_rs) and Python's re both
# read in them is what the API takes.

EVERY_CHARACTER = {chr(code) for code in range(0x110000)} - {chr(c) for c in range(0xD800, 0xE000)}
properties = settings(
    max_examples=FUZZ_EXAMPLES * 4, derandomize=FUZZ_DERANDOMIZE, deadline=None, database=None
)
# Text rich in what the rules are about: white space of every kind, controls, separators; short
# strings of those alone half the time.
TRICKY = st.sampled_from(" \t\n\x1c\x1f\x7f\x85\xa0\u1680\u2028\u3000\ufeffa🙂\u0301")
texts = st.text(TRICKY, max_size=4) | st.text(TRICKY | st.characters(codec="utf-8"), max_size=40)


def matches(pattern, value):
    """Whether `value` matches `pattern` as a JSON Schema validator reads it, and as Python's re
    does (with `$` only at the very end, as in ECMA 262); fails if the two disagree."""
    by_validator = jsonschema_rs.validator_for({"type": "string", "pattern": pattern}).is_valid(
        value
    )
    by_python = re.search(pattern.removesuffix("$") + r"\Z", value) is not None
    assert by_validator == by_python, f"the validator and re disagree on {value!r}"
    return by_python


@pytest.fixture(scope="module")
def openapi():
    return SchemaGenerator().get_schema(request=None, public=True)


@pytest.mark.slow
def test_the_patterns_name_the_characters_python_does():
    """CONTROLS and SPACES spell out the characters a label can't hold and the white space that
    str.strip() drops, which `\\s` in a pattern would mean something else by to each reader."""

    def named(ranges):
        return {chr(code) for low, high in ranges for code in range(low, high + 1)}

    forbidden = {c for c in EVERY_CHARACTER if unicodedata.category(c) in FORBIDDEN_CATEGORIES}
    assert named(CONTROLS) == forbidden
    assert named(SPACES) == {c for c in EVERY_CHARACTER if c.isspace()}


@pytest.mark.fuzz
@properties
@given(texts)
def test_the_label_pattern_matches_the_labels_the_api_takes(value):
    try:
        normalize_label_name(value)
        taken = True
    except ValidationError:
        taken = False
    matched = matches(LABEL_PATTERN, value)
    # The one rule a pattern can't state: NFC lengthens a few characters (U+0344 is two).
    lengthened = len(unicodedata.normalize("NFC", value.strip())) > len(value.strip())
    assert matched == taken or (matched and lengthened)


@pytest.mark.fuzz
@properties
@given(texts)
def test_a_class_name_pattern_matches_the_names_the_api_takes(openapi, value):
    pattern = openapi["components"]["schemas"]["Classroom"]["properties"]["name"]["pattern"]
    try:
        TextField(max_length=100).run_validation(value)
        taken = True
    except serializers.ValidationError:
        taken = False
    assert matches(pattern, value) == taken


def test_the_import_body_is_a_samples_txt_as_the_teaching_app_and_the_export_write_it(api, smiley):
    assert matches(SAMPLES_TXT["pattern"], TEACHING_APP_SAMPLES.read_text())
    features = vertical_bar()
    features[3][4] = 0.123456789
    for label in ["🙂", "café", 'a "quoted" \\ label/', "x\u3000y", "👩‍💻", "🌈" * 32]:
        api.post("/api/train/", {"label": label, "features": features}, format="json")
    api.post("/api/train/", {**smiley, "split": "test"}, format="json")
    exported = b"".join(api.get("/api/export/").streaming_content).decode()
    assert exported.count("\n") == 7
    assert matches(SAMPLES_TXT["pattern"], exported)
    assert not matches(SAMPLES_TXT["pattern"], exported.replace("0.123456789", "1.5"))


def test_an_import_body_is_required(openapi):
    assert openapi["paths"]["/api/import/"]["post"]["requestBody"]["required"]


@pytest.mark.parametrize(
    "credentials",
    [
        {"username": "alice", "password": f"{PASSWORD}\x00"},
        {"username": "al\x00ice", "password": PASSWORD},
        {"username": " \u3000", "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "name": " "},
        {"username": "alice", "password": PASSWORD, "name": "x" * 65},
    ],
    ids=[
        "NUL in the password",
        "NUL in the username",
        "a username of spaces",
        "a token name of spaces",
        "a token name too long",
    ],
)
def test_credentials_the_token_view_refuses_are_not_valid_by_its_schema(
    openapi, alice, credentials
):
    schema = openapi["components"]["schemas"]["NewTokenRequest"]
    assert not jsonschema_rs.validator_for(schema).is_valid(credentials)
    assert APIClient().post("/api/token/", credentials, format="json").status_code == 400
    assert jsonschema_rs.validator_for(schema).is_valid({"username": "alice", "password": PASSWORD})
