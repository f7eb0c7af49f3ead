"""The quiz's score: kept when a quiz ends, shown on the model page."""

from drawings.models import QuizResult


def test_a_finished_quiz_is_kept_with_the_model_version(trained, alice):
    response = trained.post(
        "/api/quiz/", {"answers": [True, True, False, True, True]}, format="json"
    )
    assert response.status_code == 201
    assert response.json()["percent"] == 80
    last = QuizResult.last_for(alice)
    assert (last.asked, last.right, last.model_version) == (5, 4, 4)
    assert trained.get("/api/quiz/").json()["right"] == 4


def test_the_last_quiz_is_the_one_shown(trained):
    trained.post("/api/quiz/", {"answers": [False, False, True, False, False]}, format="json")
    trained.post("/api/quiz/", {"answers": [True, True, True]}, format="json")
    assert trained.get("/api/quiz/").json()["asked"] == 3


def test_before_any_quiz_it_says_how_to_take_one(api):
    response = api.get("/api/quiz/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No quiz yet: start one on the drawing page."}


def test_a_score_that_cannot_be_is_refused_with_the_reason(api, alice):
    not_a_boolean = api.post("/api/quiz/", {"answers": [True, 1]}, format="json")
    assert not_a_boolean.json() == {"answers": {"1": ["Must be true or false."]}}
    assert api.post("/api/quiz/", {"answers": []}, format="json").status_code == 400
    assert api.post("/api/quiz/", {"answers": [True] * 51}, format="json").status_code == 400
    assert not QuizResult.objects.filter(user=alice).exists()


def test_the_model_page_shows_the_last_quiz(client, alice):
    client.force_login(alice)
    assert "No quiz yet." in client.get("/model/").content.decode()
    QuizResult.objects.create(user=alice, asked=5, right=4)
    html = client.get("/model/").content.decode()
    assert '<p class="big-figure" id="quiz-score">4 / 5</p>' in html
    assert "It guessed 4 of the 5 drawings the quiz asked for right (80%)" in html
