import copy

import pytest

from drawings.models import Classifier, Sample

# A report of the shape drawings.report makes, with figures the tests can look for.
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


def give_report(user, **changes):
    """Store the known report, with `changes`, as the user's classifier's."""
    Classifier.objects.filter(user=user).update(report={**copy.deepcopy(REPORT), **changes})


def test_it_shows_the_training_set_size_per_label(page, trained):
    html = page()
    assert 'aria-label="🙂: 2 drawings"' in html and 'aria-label="💎: 0 drawings"' in html
    assert "trained on 4 drawings" in html


def test_without_a_report_it_shows_no_report_sections(page, trained, alice):
    Classifier.objects.filter(user=alice).update(report=None)
    html = page()
    assert "How often each label is guessed right" not in html
    assert "Most often mixed up" not in html


def test_it_draws_accuracy_per_label_as_bars(page, trained, alice):
    give_report(alice)
    html = page()
    assert "75%" in html and "2-fold cross-validation" in html
    assert 'aria-label="🌈: 50% right"' in html and 'style="width: 50%"' in html
    assert "too few drawings to tell" in html
    assert "Draw more 💎" in html


def confusion(examples):
    return [{"label": "🌈", "taken_for": "🙂", "count": 1, "rate": 0.5, "examples": examples}]


def test_confused_pairs_show_their_example_drawings(page, trained, alice):
    rainbow = Sample.objects.filter(user=alice, label__name="🌈").first()
    give_report(alice, confused=confusion([rainbow.pk]))
    html = page()
    assert "taken for" in html
    assert html.count('<img class="thumb" src="data:image/png;base64,') == 1


def test_examples_of_another_user_are_never_shown(client, trained, alice, bob):
    give_report(bob, confused=confusion([Sample.objects.filter(user=alice).first().pk]))
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
