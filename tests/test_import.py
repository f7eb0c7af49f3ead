import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from drawings.models import Classifier, Label, Sample
from tests.helpers import TEACHING_APP_SAMPLES, horizontal_bar, vertical_bar


def line(label, features):
    return json.dumps({"label": label, "features": features})


def samples_txt(*lines, end="\n"):
    return ("\n".join(lines) + end).encode()


def upload(api, content, name="samples.txt"):
    return api.post("/api/import/", {"file": SimpleUploadedFile(name, content)}, format="multipart")


def test_it_imports_the_teaching_apps_own_file(api, alice, smiley):
    response = upload(api, TEACHING_APP_SAMPLES.read_bytes())
    assert response.status_code == 201
    assert response.json()["imported"] == 1
    sample = Sample.objects.get(user=alice)
    assert sample.label.name == "🙂"
    assert sample.features.tolist() == smiley["features"]


def test_it_takes_escaped_emoji_blank_lines_and_no_final_newline(api, alice):
    content = samples_txt(
        "",
        line("🌈", vertical_bar()),  # json.dumps escapes it: "\ud83c\udf08"
        "   ",
        '{"label": "\\ud83d\\ude42", "features": ' + json.dumps(horizontal_bar()) + "}",
        "",
        line("🙂", vertical_bar(3)),
        end="",
    )
    assert b"\\ud83c\\udf08" in content
    response = upload(api, content)
    assert response.status_code == 201, response.json()
    assert response.json()["labels"] == {"🌈": 1, "🙂": 2}
    assert response.json()["samples"] == {"🙂": 2, "🌈": 1, "💎": 0}
    assert Sample.objects.filter(user=alice).count() == 3


def test_it_takes_windows_line_ends_and_a_byte_order_mark(api, alice):
    lines = samples_txt(line("🙂", vertical_bar()), line("🌈", vertical_bar()))
    content = "\ufeff".encode() + lines
    response = upload(api, content.replace(b"\n", b"\r\n"))
    assert response.status_code == 201, response.json()
    assert response.json()["imported"] == 2


def test_it_takes_a_plain_text_body(api, alice):
    body = samples_txt(line("🙂", vertical_bar()))
    response = api.post("/api/import/", body, content_type="text/plain")
    assert response.status_code == 201, response.json()
    assert Sample.objects.filter(user=alice).count() == 1


def test_new_labels_join_the_set_at_the_end(api, alice):
    upload(api, samples_txt(line("🐱", vertical_bar()), line("🐶", vertical_bar())))
    assert [label.name for label in alice.labels.all()] == ["🙂", "🌈", "💎", "🐱", "🐶"]


def test_it_retrains_once_on_everything(api, alice):
    upload(api, samples_txt(*[line("🙂", vertical_bar(c)) for c in range(5)]))
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.version, classifier.n_samples, classifier.stale) == (1, 5, False)


@pytest.mark.parametrize(
    "bad, error",
    [
        ("not json", "Not JSON: Expecting value at column 1."),
        ("[1, 2]", 'Expected an object {"label": ..., "features": [[...], ...]}.'),
        (line("", vertical_bar()), "label: A label can't be empty."),
        (json.dumps({"features": vertical_bar()}), "label: This field is required."),
        (line("🙂", vertical_bar()[:3]), "features: Expected 28 columns, got 3."),
        (
            line("🙂", [[2] * 28] * 28),
            "features: features[0][0] is 2; every value must be between 0 and 1.",
        ),
        ('{"label": "🙂", "features": NaN}', "features: Expected a list of 28 columns"),
        ("[" * 60000, "Not a sample: the JSON is nested too deeply."),
        ("x" * 70000, "The line is 70000 bytes long; a sample is at most 65536."),
    ],
)
def test_a_bad_line_is_reported_by_number_and_nothing_is_imported(api, alice, bad, error):
    content = samples_txt(line("🙂", vertical_bar()), "", bad, line("🌈", vertical_bar()))
    response = upload(api, content)
    assert response.status_code == 400
    body = response.json()
    assert body["bad_lines"] == 1
    assert body["lines"][0]["line"] == 3
    assert body["lines"][0]["error"].startswith(error)
    assert "nothing was imported" in body["detail"]
    assert not Sample.objects.filter(user=alice).exists()
    assert [label.name for label in alice.labels.all()] == ["🙂", "🌈", "💎"]
    assert not Classifier.objects.get(user=alice).data_version


def test_it_lists_at_most_100_bad_lines_but_counts_all(api):
    body = upload(api, samples_txt(*["oops"] * 150)).json()
    assert (body["bad_lines"], len(body["lines"])) == (150, 100)
    assert body["detail"] == "150 of 150 lines are not valid samples; nothing was imported."


def test_a_file_that_is_not_utf8_is_refused_with_the_reason(api):
    body = upload(api, samples_txt('{"label": "\xe9"}').decode().encode("latin-1")).json()
    assert body["lines"] == [{"line": 1, "error": "Not UTF-8 text (byte 12)."}]


def test_an_empty_file_is_refused(api):
    response = upload(api, b"\n\n")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("The file has no samples")


def test_a_request_without_a_file_says_how_to_send_one(api):
    response = api.post("/api/import/", {}, format="multipart")
    assert response.status_code == 400
    assert "a file in the multipart field “file”" in response.json()["file"][0]


def test_the_files_text_may_come_as_a_form_field(api, alice):
    text = samples_txt(line("🐱", vertical_bar())).decode()
    response = api.post("/api/import/", {"file": text}, format="multipart")
    assert response.status_code == 201
    assert response.json()["imported"] == 1
    assert Sample.objects.get(user=alice).label.name == "🐱"
    response = api.post("/api/import/", {"file": "not a samples.txt"}, format="multipart")
    assert response.status_code == 400
    assert response.json()["lines"][0]["line"] == 1


def test_a_file_over_the_limit_is_refused_naming_the_limit(api, alice, settings):
    settings.SAMPLES_IMPORT_MAX_BYTES = 2**20
    content = samples_txt(*[line("🙂", vertical_bar())] * 600)
    assert len(content) > 2**20 + 64 * 1024
    response = upload(api, content)
    assert response.status_code == 413
    assert "import limit of 1 MB (SAMPLES_IMPORT_MAX_MB)" in response.json()["detail"]
    assert not Sample.objects.filter(user=alice).exists()


def test_a_body_that_grows_past_the_limit_while_read_is_refused(api, alice, settings):
    settings.SAMPLES_IMPORT_MAX_BYTES = 10_000
    content = samples_txt(*[line("🙂", vertical_bar())] * 10)
    response = upload(api, content)
    assert response.status_code == 400
    assert "import limit" in response.json()["detail"]
    assert not Sample.objects.filter(user=alice).exists()


def test_it_imports_only_into_the_senders_own_set(api, alice, bob):
    response = upload(api, samples_txt(line("🐱", vertical_bar())))
    assert response.status_code == 201
    assert Sample.objects.filter(user=alice, label__name="🐱").count() == 1
    assert not Sample.objects.filter(user=bob).exists()
    assert not Label.objects.filter(user=bob, name="🐱").exists()


def test_it_needs_a_signed_in_user(client):
    response = client.post("/api/import/", b"", content_type="text/plain")
    assert response.status_code == 401


def test_a_failure_while_storing_leaves_nothing_behind(alice, monkeypatch):
    from drawings import models, training_set

    def fail_after_the_first_batch(stage, done, total):
        if stage == "stored":
            raise RuntimeError("the database went away")

    monkeypatch.setattr(models, "ADD_MANY_BATCH", 1)
    content = samples_txt(line("🐱", vertical_bar()), line("🐱", vertical_bar(3)))
    with pytest.raises(RuntimeError):
        training_set.import_samples(
            alice, content.splitlines(keepends=True), progress=fail_after_the_first_batch
        )
    assert not Sample.objects.filter(user=alice).exists()
    assert not Label.objects.filter(user=alice, name="🐱").exists()
    assert not Classifier.objects.get(user=alice).data_version
