from drawings.models import Sample
from tests.helpers import vertical_bar


def test_it_deletes_all_the_users_samples(trained, alice, bob, api_for):
    api_for(bob).post("/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json")
    response = trained.post("/api/delete/", {}, format="json")
    assert response.status_code == 200
    assert response.json() == {"deleted": 4, "samples": {"🙂": 0, "🌈": 0, "💎": 0}}
    assert not Sample.objects.filter(user=alice).exists()
    assert Sample.objects.filter(user=bob).count() == 1


def test_it_deletes_only_one_label(trained):
    body = trained.post("/api/delete/", {"label": "🌈"}, format="json").json()
    assert body == {"deleted": 2, "samples": {"🙂": 2, "🌈": 0, "💎": 0}}


def test_it_deletes_only_test_drawings(trained, alice):
    test_drawing = {"label": "🙂", "features": vertical_bar(9), "split": "test"}
    trained.post("/api/train/", test_drawing, format="json")
    body = trained.post("/api/delete/", {"split": "test"}, format="json").json()
    assert body == {"deleted": 1, "samples": {"🙂": 2, "🌈": 2, "💎": 0}}
    assert not Sample.objects.filter(user=alice).testing().exists()
    assert Sample.objects.filter(user=alice).count() == 4


def test_after_deleting_a_label_it_is_never_guessed(trained):
    trained.post("/api/delete/", {"label": "🌈"}, format="json")
    guess = trained.post("/api/predict/", {"features": vertical_bar()}, format="json").json()
    assert [entry["label"] for entry in guess["scores"]] == ["🙂"]


def test_after_deleting_everything_there_is_no_guess(trained):
    trained.post("/api/delete/", {}, format="json")
    guess = trained.post("/api/predict/", {"features": vertical_bar()}, format="json").json()
    assert guess["guess"] is None


def test_an_unknown_label_is_not_found(trained):
    response = trained.post("/api/delete/", {"label": "🐱"}, format="json")
    assert response.status_code == 404
    assert response.json() == {"label": ["You have no label “🐱”."]}
    assert Sample.objects.count() == 4


def test_another_users_label_is_unknown(trained, bob, api_for):
    api_for(bob).post("/api/train/", {"label": "🐱", "features": vertical_bar()}, format="json")
    assert trained.post("/api/delete/", {"label": "🐱"}, format="json").status_code == 404
    assert Sample.objects.filter(user=bob).count() == 1
