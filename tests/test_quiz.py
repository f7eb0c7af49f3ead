"""The quiz: its score kept when a quiz ends and shown on the model page, and the quiz itself on
the drawing page in a real browser."""

import re

import pytest

from drawings import training
from drawings.models import QuizResult, Sample
from tests.helpers import browsing, drag, horizontal_bar, sign_in, vertical_bar


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


# The quiz on the drawing page, in Chromium (Playwright): each test marked browser.


ROUNDS = QuizResult.ROUNDS
BARS = {
    "🙂": [(0.5, 0.15), (0.5, 0.5), (0.5, 0.85)],  # vertical
    "🌈": [(0.15, 0.5), (0.5, 0.5), (0.85, 0.5)],  # horizontal
}


@pytest.fixture
def page(browser, live_server, alice):
    """alice's drawing page, her model trained on vertical 🙂 and horizontal 🌈 bars."""
    for place in (10, 13, 16, 19):
        Sample.add(alice, "🙂", vertical_bar(place))
        Sample.add(alice, "🌈", horizontal_bar(place))
    training.fit_and_store(alice.pk)
    with browsing(browser, viewport={"width": 1000, "height": 900}) as context:
        sign_in(context, live_server, alice)
        page = context.new_page()
        page.set_default_timeout(15000)  # each quiz drawing retrains, on a machine others share
        page.goto(live_server.url + "/")
        yield page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_quiz_asks_guesses_keeps_score_and_keeps_its_drawings_for_testing(page, alice):
    from playwright.sync_api import expect

    prompt, result = page.locator("#quiz-prompt"), page.locator("#quiz-result")
    page.get_by_role("button", name="Start a quiz").click()
    done = page.get_by_role("button", name="Done: guess it")
    expect(done).to_be_focused()
    asked = []
    for round_ in range(1, ROUNDS + 1):
        expect(prompt).to_have_text(re.compile(r"^Draw (🙂|🌈)"))
        label = prompt.text_content().split()[1]
        asked.append(label)
        drag(page, BARS[label])
        done.focus()
        page.keyboard.press("Enter")
        expect(result).to_have_text(re.compile(r"^It guessed (🙂|🌈): right!$"))
        expect(page.locator("#quiz-score")).to_have_text(f"Score: {round_} of {round_}")
        if round_ < ROUNDS:
            expect(page.get_by_role("button", name="Next")).to_be_focused()
            page.keyboard.press("Enter")
    expect(prompt).to_have_text(f"Quiz over: your model got {ROUNDS} of {ROUNDS} right.")
    assert all(a != b for a, b in zip(asked, asked[1:], strict=False))

    last = QuizResult.last_for(alice)
    assert (last.asked, last.right) == (ROUNDS, ROUNDS)
    tests = Sample.objects.filter(user=alice, split="test").order_by("id")
    assert [sample.label.name for sample in tests] == asked

    # The last drawing is discarded: it is no longer among the test drawings.
    page.get_by_role("button", name="Discard this drawing").click()
    expect(page.locator("#status")).to_have_text("Discarded the quiz drawing.")
    assert Sample.objects.filter(user=alice, split="test").count() == ROUNDS - 1

    page.goto(page.url + "model/")
    expect(page.locator("#quiz-score")).to_have_text(f"{ROUNDS} / {ROUNDS}")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_quiz_needs_two_trained_labels(browser, live_server, alice):
    from playwright.sync_api import expect

    with browsing(browser) as context:
        sign_in(context, live_server, alice)
        page = context.new_page()
        page.set_default_timeout(15000)
        page.goto(live_server.url + "/")
        page.get_by_role("button", name="Start a quiz").click()
        expect(page.locator("#quiz-result")).to_have_text(
            "Train at least two labels first: the quiz asks for them."
        )
        expect(page.get_by_role("button", name="Done: guess it")).to_be_hidden()
