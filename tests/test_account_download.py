"""The account page's zip: all the user made, and nothing anyone else did."""

import io
import json
import zipfile

import pytest

from accounts.models import ApiToken
from drawings import training
from drawings.models import Label, Sample
from tests.helpers import horizontal_bar, stroke, vertical_bar


@pytest.fixture
def signed_in(client, alice):
    client.force_login(alice)
    return client


def unpack(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def test_the_zip_holds_exactly_the_users_samples_labels_and_model(signed_in, alice, bob):
    for column in (12, 14):
        Sample.add(alice, "🙂", vertical_bar(column))
    Sample.add(alice, "🐙", horizontal_bar())
    Sample.add(alice, "🌈", horizontal_bar(9), split="test")
    Label.reorder(
        alice, list(Label.objects.filter(user=alice).order_by("-id").values_list("pk", flat=True))
    )
    training.fit_and_store(alice.pk)
    Sample.add(bob, "🦊", stroke([(cell, cell) for cell in range(4, 24)]))
    training.fit_and_store(bob.pk)

    key = ApiToken.issue(alice, "Laptop")
    ApiToken.issue(bob, "Bob's script")
    response = signed_in.get("/accounts/download/")
    assert response["Content-Disposition"] == 'attachment; filename="emojisite-alice.zip"'
    files = unpack(response)

    assert sorted(files) == ["account.json", "labels.json", "model.json", "samples.txt"]
    export = b"".join(signed_in.get("/api/export/").streaming_content).decode()
    assert files["samples.txt"] == export
    assert [json.loads(line)["label"] for line in export.splitlines()] == ["🙂", "🙂", "🐙", "🌈"]
    assert json.loads(files["labels.json"]) == [
        {"name": "🐙", "samples": 1, "test_samples": 0},
        {"name": "💎", "samples": 0, "test_samples": 0},
        {"name": "🌈", "samples": 0, "test_samples": 1},
        {"name": "🙂", "samples": 2, "test_samples": 0},
    ]
    model = json.loads(files["model.json"])
    assert (model["version"], model["n_samples"], model["counts"]) == (1, 3, {"🙂": 2, "🐙": 1})
    assert [row["label"] for row in model["report"]["per_label"]] == ["🐙", "💎", "🌈", "🙂"]
    account = json.loads(files["account.json"])
    assert account["username"] == "alice"
    [token] = account["api_tokens"]
    assert (token["name"], token["last_used"]) == ("Laptop", None)
    assert key not in files["account.json"] and "key_hash" not in files["account.json"]
    assert "🦊" not in "".join(files.values()) and "bob" not in "".join(files.values())


def test_a_new_account_downloads_empty_files(signed_in):
    files = unpack(signed_in.get("/accounts/download/"))
    assert files["samples.txt"] == ""
    assert [label["name"] for label in json.loads(files["labels.json"])] == ["🙂", "🌈", "💎"]
    assert json.loads(files["model.json"])["version"] is None


def test_the_account_page_links_to_it(signed_in):
    assert 'href="/accounts/download/"' in signed_in.get("/accounts/").content.decode()
