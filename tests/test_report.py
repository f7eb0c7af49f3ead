import pytest

from drawings import report, training
from drawings.models import Sample
from tests.helpers import horizontal_bar, vertical_bar


def test_the_figures_of_a_small_known_set():
    labels = ["🙂"] * 4 + ["🌈"] * 4 + ["💎"] * 2
    guesses = ["🙂", "🌈", "🌈", "💎"] + ["🌈"] * 4 + ["💎", "🙂"]
    sample_ids = list(range(1, 11))
    result = report.classifier_report(["🙂", "🌈", "💎"], sample_ids, labels, guesses, folds=2)
    assert result == {
        "cv_accuracy": 0.6,
        "folds": 2,
        "per_label": [
            {"label": "🙂", "samples": 4, "accuracy": 0.25},
            {"label": "🌈", "samples": 4, "accuracy": 1.0},
            {"label": "💎", "samples": 2, "accuracy": 0.5},
        ],
        "confused": [
            {"label": "🙂", "taken_for": "🌈", "count": 2, "rate": 0.5, "examples": [2, 3]},
            {"label": "💎", "taken_for": "🙂", "count": 1, "rate": 0.5, "examples": [10]},
            {"label": "🙂", "taken_for": "💎", "count": 1, "rate": 0.25, "examples": [4]},
        ],
        "needs_samples": "🙂",
    }


def test_confusions_show_at_most_three_examples_and_five_pairs():
    labels = ["a"] * 6 + ["b", "c", "d", "e", "f", "g"]
    guesses = ["b"] * 5 + ["a"] + ["a", "a", "a", "a", "a", "a"]
    result = report.classifier_report("abcdefg", list(range(12)), labels, guesses, folds=1)
    assert result["confused"][0]["examples"] == [0, 1, 2]
    assert result["confused"][0]["count"] == 5
    assert len(result["confused"]) == report.MAX_CONFUSED_PAIRS


def test_on_a_tie_the_label_with_fewer_samples_needs_samples_more():
    labels = ["a", "a", "a", "a", "b", "b"]
    guesses = ["a", "a", "b", "b", "b", "a"]
    result = report.classifier_report("ab", range(6), labels, guesses, folds=2)
    assert result["needs_samples"] == "b"


def test_no_label_needs_samples_when_every_guess_was_right():
    labels = ["a", "a", "b", "b"]
    result = report.classifier_report("ab", range(4), labels, labels, folds=2)
    assert (result["cv_accuracy"], result["needs_samples"]) == (1.0, None)


def test_a_label_without_samples_is_listed_and_needs_samples_most():
    labels = ["a", "a", "b", "b"]
    result = report.classifier_report("abc", range(4), labels, ["a", "b", "b", "b"], folds=2)
    assert result["per_label"][2] == {"label": "c", "samples": 0, "accuracy": None}
    assert result["cv_accuracy"] == 0.75
    assert result["needs_samples"] == "c"


@pytest.mark.parametrize(
    "labels, detail, needs_samples",
    [
        ([], report.NO_SAMPLES, "a"),
        (["b", "b", "b"], report.ONE_LABEL, "a"),
        (["a", "a", "b", "c", "c"], report.TOO_FEW, "b"),
    ],
)
def test_without_held_out_guesses_it_says_what_is_missing(labels, detail, needs_samples):
    result = report.classifier_report("abc", list(range(len(labels))), labels, None, None)
    assert result == {
        "cv_accuracy": None,
        "folds": None,
        "per_label": [
            {"label": label, "samples": labels.count(label), "accuracy": None} for label in "abc"
        ],
        "confused": [],
        "needs_samples": needs_samples,
        "detail": detail,
    }


def test_a_user_without_labels_gets_an_empty_report():
    result = report.classifier_report([], [], [], None, None)
    assert (result["per_label"], result["needs_samples"]) == ([], None)


def test_retrain_stores_the_report_in_the_users_label_order(alice):
    for column in (8, 14, 20):
        Sample.add(alice, "🌈", vertical_bar(column))
    for row in (8, 14):
        Sample.add(alice, "🙂", horizontal_bar(row))
    result = training.fit_and_store(alice.pk).report
    assert [entry["label"] for entry in result["per_label"]] == ["🙂", "🌈", "💎"]
    assert result["folds"] == 2
    assert result["needs_samples"] == "💎"


def test_the_model_api_shows_the_report(trained):
    body = trained.get("/api/model/").json()["report"]
    assert body["cv_accuracy"] == 1.0
    assert body["folds"] == 2
    assert body["per_label"] == [
        {"label": "🙂", "samples": 2, "accuracy": 1.0},
        {"label": "🌈", "samples": 2, "accuracy": 1.0},
        {"label": "💎", "samples": 0, "accuracy": None},
    ]
    assert body["confused"] == []
    assert body["needs_samples"] == "💎"
