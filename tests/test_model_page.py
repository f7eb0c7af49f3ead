import copy

import pytest

from drawings.models import Classifier, Sample

# The shape of the model report of the learning-quality issue (Classifier.report).
REPORT = {
    "cv_accuracy": 0.75,
    "folds": 2,
    "per_label": [
        {"label": "🙂", "samples": 2, "accuracy": 1.0},
        {"label": "🌈", "samples": 2, "accuracy": 0.5},
        {"label": "💎", "samples": 0, "accuracy": None},
    ],
    "confused": [{"label": "🌈", "taken_for": "🙂", "count": 1, "rate": 0.5, "examples": []}],
    "needs_samples": "💎",
}


@pytest.fixture
def page(client, alice):
    client.force_login(alice)

    def get():
        response = client.get("/model/")
        assert response.status_code == 200
        return response.content.decode()

    return get


@pytest.fixture
def report(monkeypatch):
    """Give classifiers the report field, as the learning-quality issue does."""
    value = copy.deepcopy(REPORT)
    monkeypatch.setattr(Classifier, "report", value, raising=False)
    return value


def test_it_shows_the_training_set_size_per_label(page, trained):
    html = page()
    assert 'aria-label="🙂: 2 drawings"' in html and 'aria-label="💎: 0 drawings"' in html
    assert "trained on 4 drawings" in html


def test_without_a_report_it_shows_no_report_sections(page, trained):
    html = page()
    assert "How often each label is guessed right" not in html
    assert "Most often mixed up" not in html


def test_it_draws_accuracy_per_label_as_bars(page, trained, report):
    html = page()
    assert "75%" in html and "2-fold cross-validation" in html
    assert 'aria-label="🌈: 50% right"' in html and 'style="width: 50%"' in html
    assert "too few drawings to tell" in html
    assert "Draw more 💎" in html


def test_confused_pairs_show_their_example_drawings(page, trained, report, alice):
    rainbow = Sample.objects.filter(user=alice, label__name="🌈").first()
    report["confused"][0]["examples"] = [rainbow.pk]
    html = page()
    assert "taken for" in html
    assert html.count('<img class="thumb" src="data:image/png;base64,') == 1


def test_examples_of_another_user_are_never_shown(client, trained, report, alice, bob):
    report["confused"][0]["examples"] = [Sample.objects.filter(user=alice).first().pk]
    client.force_login(bob)
    assert '<img class="thumb"' not in client.get("/model/").content.decode()


def test_retrain_now_refits_on_the_current_samples(client, trained, alice):
    Sample.objects.filter(user=alice, label__name="🌈").delete()
    assert Classifier.objects.get(user=alice).stale
    client.force_login(alice)
    response = client.post("/model/retrain/", follow=True)
    assert response.redirect_chain == [("/model/", 302)]
    assert "Up to date: trained on your 2 samples." in response.content.decode()
    assert not Classifier.objects.get(user=alice).stale


def test_retrain_needs_a_post(client, alice):
    client.force_login(alice)
    assert client.get("/model/retrain/").status_code == 405
