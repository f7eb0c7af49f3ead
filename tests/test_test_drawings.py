"""Test drawings: kept aside from the fit, and the classifier measured on them at every retrain."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from drawings import report, storage
from drawings.models import Classifier, Sample
from tests.helpers import TEACHING_APP_SAMPLES, horizontal_bar, vertical_bar


def train(api, label, features, **extra):
    body = {"label": label, "features": features, **extra}
    return api.post("/api/train/", body, format="json")


def test_a_drawing_is_kept_for_testing_when_asked(trained, alice):
    response = train(trained, "🙂", vertical_bar(15), split="test")
    assert response.status_code == 201
    body = response.json()
    assert body["sample"]["split"] == "test"
    assert body["samples"] == {"🙂": 2, "🌈": 2, "💎": 0}
    assert body["test_samples"] == {"🙂": 1, "🌈": 0, "💎": 0}
    assert Sample.objects.get(pk=body["sample"]["id"]).split == "test"


def test_without_a_split_a_drawing_is_for_training(trained):
    assert train(trained, "🙂", vertical_bar(15)).json()["sample"]["split"] == "train"


def test_an_unknown_split_is_refused_with_the_reason(trained):
    response = train(trained, "🙂", vertical_bar(15), split="holdout")
    assert response.status_code == 400
    assert response.json() == {"split": ['"holdout" is not a valid choice.']}


def test_test_drawings_are_never_fit_on(trained, alice):
    # Were test drawings fit on, the classifier would know 💎 and guess it for a vertical bar.
    for column in (12, 13, 14, 15, 16):
        train(trained, "💎", vertical_bar(column), split="test")
    classifier = Classifier.objects.get(user=alice)
    assert classifier.counts == {"🙂": 2, "🌈": 2}
    assert classifier.n_samples == 4
    assert list(storage.load(classifier).pipeline.classes_) == ["🌈", "🙂"]
    scores = trained.post("/api/predict/", {"features": vertical_bar()}, format="json").json()
    assert {score["label"] for score in scores["scores"]} == {"🙂", "🌈"}


def test_after_a_retrain_the_report_gives_accuracy_on_test_drawings_per_label(trained, alice):
    train(trained, "🙂", vertical_bar(16), split="test")
    train(trained, "🌈", horizontal_bar(16), split="test")
    train(trained, "🌈", vertical_bar(10), split="test")  # a 🌈 it will take for 🙂
    test = trained.get("/api/model/").json()["report"]["test"]
    assert test == {
        "accuracy": pytest.approx(2 / 3),
        "drawings": 3,
        "right": 2,
        "per_label": [
            {"label": "🙂", "drawings": 1, "right": 1, "accuracy": 1.0},
            {"label": "🌈", "drawings": 2, "right": 1, "accuracy": 0.5},
        ],
    }


def test_without_test_drawings_the_report_says_how_to_get_them(trained):
    test = trained.get("/api/model/").json()["report"]["test"]
    assert (test["accuracy"], test["drawings"]) == (None, 0)
    assert test["detail"] == report.NO_TEST_DRAWINGS


def test_test_drawings_alone_train_nothing(api, alice):
    train(api, "🙂", vertical_bar(), split="test")
    classifier = Classifier.objects.get(user=alice)
    assert classifier.n_samples == 0
    assert classifier.report["test"]["detail"] == report.NOTHING_TO_TEST


def move(api, sample, **body):
    return api.patch(f"/api/samples/{sample.pk}/", body, format="json")


def test_a_sample_moves_between_training_and_test_and_the_model_follows(trained, alice):
    sample = Sample.objects.filter(user=alice, label__name="🙂").first()
    body = move(trained, sample, split="test").json()
    assert body["sample"]["split"] == "test"
    assert body["model"]["counts"] == {"🙂": 1, "🌈": 2}
    assert body["model"]["report"]["test"]["drawings"] == 1
    body = move(trained, sample, split="train").json()
    assert body["model"]["counts"] == {"🙂": 2, "🌈": 2}


def test_a_move_of_nothing_changes_nothing(trained, alice):
    sample = Sample.objects.filter(user=alice).first()
    version = Classifier.objects.get(user=alice).data_version
    response = move(trained, sample)
    assert response.status_code == 200
    assert response.json()["sample"]["label"] == sample.label.name
    assert Classifier.objects.get(user=alice).data_version == version


def test_samples_can_be_filtered_by_split(trained, alice):
    train(trained, "🙂", vertical_bar(16), split="test")
    tests = trained.get("/api/samples/", {"split": "test"}).json()
    assert [sample["split"] for sample in tests["results"]] == ["test"]
    assert trained.get("/api/samples/", {"split": "train"}).json()["count"] == 4
    assert trained.get("/api/samples/", {"split": "x"}).status_code == 400


def test_labels_count_training_and_test_drawings_apart(trained):
    train(trained, "🙂", vertical_bar(16), split="test")
    labels = trained.get("/api/labels/").json()
    assert [(label["count"], label["test_count"]) for label in labels] == [(2, 1), (2, 0), (0, 0)]


def upload(api, content):
    file = SimpleUploadedFile("samples.txt", content)
    return api.post("/api/import/", {"file": file}, format="multipart")


def exported(api):
    return b"".join(api.get("/api/export/").streaming_content)


def test_import_and_export_keep_the_split_of_test_drawings_only(api, alice):
    teaching_app_line = TEACHING_APP_SAMPLES.read_bytes()
    test_line = json.dumps({"label": "🌈", "features": horizontal_bar(), "split": "test"})
    content = teaching_app_line + test_line.encode() + b"\n"
    assert upload(api, content).status_code == 201
    assert sorted(Sample.objects.filter(user=alice).values_list("label__name", "split")) == [
        ("🌈", "test"),
        ("🙂", "train"),
    ]
    assert exported(api) == content


def test_a_file_with_a_bad_split_is_refused_line_by_line(api, alice):
    line = json.dumps({"label": "🌈", "features": horizontal_bar(), "split": "later"})
    response = upload(api, line.encode())
    assert response.status_code == 400
    assert response.json()["lines"] == [
        {"line": 1, "error": 'split: "later" is not a valid choice.'}
    ]
    assert not Sample.objects.filter(user=alice).exists()


@pytest.fixture
def tested(trained):
    train(trained, "🙂", vertical_bar(16), split="test")
    train(trained, "🌈", vertical_bar(10), split="test")  # a 🌈 it will take for 🙂
    return trained


def test_the_model_page_says_plainly_how_it_does_on_drawings_it_never_saw(client, tested, alice):
    client.force_login(alice)
    html = client.get("/model/").content.decode()
    assert "On 2 drawings it has never seen: 50% right." in html
    assert '<th scope="row" class="emoji">🌈</th><td>0</td><td>1</td><td>0%</td>' in html


def test_the_model_page_says_how_to_get_test_drawings(client, trained, alice):
    client.force_login(alice)
    html = client.get("/model/").content.decode()
    assert report.NO_TEST_DRAWINGS in html


def test_the_gallery_shows_and_filters_test_drawings(client, tested, alice):
    client.force_login(alice)
    html = client.get("/gallery/").content.decode()
    assert html.count('data-split="test"') == 2 and html.count('data-split="train"') == 4
    assert '<span id="test-total">2</span>' in html
    only_tests = client.get("/gallery/", {"split": "test"})
    assert [sample.split for sample in only_tests.context["page"]] == ["test", "test"]
    assert client.get("/gallery/", {"split": "other"}).status_code == 404


def test_the_admin_shows_filters_and_moves_test_drawings(client, tested, alice, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="root-password-77")
    client.force_login(root)
    listed = client.get("/admin/drawings/sample/", {"split__exact": "test"})
    assert listed.context["cl"].result_count == 2
    assert '<td class="field-split">test</td>' in listed.content.decode()
    ids = list(Sample.objects.filter(user=alice, split="train").values_list("pk", flat=True))
    response = client.post(
        "/admin/drawings/sample/", {"action": "make_test", "_selected_action": ids[:1]}
    )
    assert response.status_code == 302
    assert Sample.objects.filter(user=alice, split="test").count() == 3
    classifier = Classifier.objects.get(user=alice)
    assert not classifier.stale and classifier.report["test"]["drawings"] == 3
