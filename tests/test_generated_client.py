"""A client generated from the API's own schema signs in, trains and guesses, and reads every
answer the schema documents, errors included (docs/api.md, "A generated Python client")."""

import os
import subprocess

import pytest

from tests.helpers import PASSWORD, horizontal_bar, vertical_bar
from tests.processes import BIN, PROJECT

pytestmark = [pytest.mark.processes, pytest.mark.django_db(transaction=True)]

GENERATOR = BIN / "openapi-python-client"
CONFIG = PROJECT / "docs" / "openapi-python-client.yaml"


@pytest.fixture
def generated(client, tmp_path, monkeypatch):
    """The client package, generated into a folder of its own; the generator's output."""
    if not GENERATOR.exists():
        message = "needs openapi-python-client: pip install -r requirements-dev.txt"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    schema = tmp_path / "schema.json"
    schema.write_bytes(client.get("/api/schema/", HTTP_ACCEPT="application/json").content)
    output = tmp_path / "emojisite_api_client"
    command = [GENERATOR, "generate", "--path", schema, "--meta", "none", "--config", CONFIG]
    done = subprocess.run(
        [*command, "--output-path", output], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    monkeypatch.syspath_prepend(str(tmp_path))
    return done.stdout + done.stderr


def test_the_generator_parses_every_answer_the_schema_documents(generated):
    assert "Cannot parse" not in generated
    assert "Warning" not in generated, generated


def test_a_generated_client_signs_in_trains_and_guesses(generated, live_server, alice):
    from emojisite_api_client import AuthenticatedClient, Client
    from emojisite_api_client.api.predict import predict_create
    from emojisite_api_client.api.token import token_create
    from emojisite_api_client.api.train import train_create
    from emojisite_api_client.models import (
        Guess,
        NewTokenRequest,
        PredictRequest,
        Problem,
        Token,
        TrainRequest,
        ValidationError,
    )

    anyone = Client(base_url=live_server.url)
    token = token_create.sync(client=anyone, body=NewTokenRequest("alice", PASSWORD))
    assert isinstance(token, Token)
    wrong = token_create.sync(client=anyone, body=NewTokenRequest("alice", "not-it-123"))
    assert isinstance(wrong, Problem) and wrong.detail  # the 401's body, parsed

    api = AuthenticatedClient(base_url=live_server.url, token=token.token, prefix="Token")
    for label, drawing in [("🙂", vertical_bar(13)), ("🙂", vertical_bar(14))]:
        train_create.sync(client=api, body=TrainRequest(label=label, features=drawing))
    for row in (13, 14):
        train_create.sync(client=api, body=TrainRequest(label="🌈", features=horizontal_bar(row)))
    guess = predict_create.sync(client=api, body=PredictRequest(features=horizontal_bar()))
    assert isinstance(guess, Guess) and guess.guess == "🌈"

    refused = predict_create.sync(client=api, body=PredictRequest(features=[[0.5]]))
    assert isinstance(refused, ValidationError)
    assert "features" in refused.additional_properties
