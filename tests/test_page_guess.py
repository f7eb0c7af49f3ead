"""The drawing page's guess, by its session and with the alike drawings: the session and the
classifier's versions are read from the database once per process; the CSRF check stays on
every guess, and a session signed out, rotated, expired, or of a user whose password changed is
refused from the next guess on. The alike drawings cost a fraction of the guess, with the same
answers."""

import time

import numpy as np
import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client

from drawings import training
from drawings.authentication import checked_sessions
from drawings.ml import neighbours
from drawings.models import Classifier, Sample
from tests.helpers import PASSWORD, horizontal_bar, vertical_bar

# Changes are announced when they commit (emojisite.generations).
pytestmark = pytest.mark.django_db(transaction=True)


def page(user):
    """A browser signed in as `user`, with the CSRF token its page would send."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get("/")
    return client


def guess(client, explain=True, csrf=True, session_key=None):
    headers = {"HTTP_X_CSRFTOKEN": client.cookies["csrftoken"].value} if csrf else {}
    if session_key is not None:
        client.cookies["sessionid"] = session_key
    body = {"features": vertical_bar(), "explain": explain}
    return client.post("/api/predict/", body, content_type="application/json", **headers)


@pytest.fixture
def trained_page(trained, alice, redis_cache):
    return page(alice)


def test_a_checked_sessions_guess_reads_no_database(trained_page, django_assert_num_queries):
    assert guess(trained_page).status_code == 200  # checks the session, loads the model
    for explain in (True, False):
        with django_assert_num_queries(0):
            answer = guess(trained_page, explain=explain).json()
        assert answer["guess"] == "🙂"
        assert ("alike" in answer) == explain


def test_every_guess_still_needs_the_csrf_token(trained_page):
    assert guess(trained_page).status_code == 200
    refused = guess(trained_page, csrf=False)
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]


def test_a_session_signed_out_elsewhere_is_refused(trained_page, alice):
    key = trained_page.cookies["sessionid"].value
    assert guess(trained_page).status_code == 200
    SessionStore(key).flush()  # what signing out does, in another process
    assert guess(trained_page, session_key=key).status_code == 401


def test_a_rotated_sessions_old_key_is_refused(trained, alice, redis_cache):
    client = page(alice)
    old_key = client.cookies["sessionid"].value
    assert guess(client).status_code == 200
    session = SessionStore(old_key)
    session.cycle_key()  # as signing in does, in another process
    session.save()
    assert guess(client, session_key=old_key).status_code == 401
    assert guess(client, session_key=session.session_key).status_code == 200


def test_a_new_password_signs_out_the_users_other_sessions(trained, alice, redis_cache):
    drawing, changing = page(alice), page(alice)
    assert guess(drawing).status_code == 200
    form = {
        "old_password": PASSWORD,
        "new_password1": "a-new-pass-phrase-42",
        "new_password2": "a-new-pass-phrase-42",
        "csrfmiddlewaretoken": changing.cookies["csrftoken"].value,
    }
    assert changing.post("/accounts/password_change/", form).status_code == 302
    assert guess(drawing).status_code == 401
    assert guess(changing).status_code == 200  # the session that changed it stays signed in


def test_a_password_set_elsewhere_signs_out_the_users_sessions(trained_page, alice):
    """As the admin or `manage.py changepassword` set it: no session of the user rotates."""
    assert guess(trained_page).status_code == 200
    alice.set_password("a-new-pass-phrase-42")
    alice.save()
    assert guess(trained_page).status_code == 401


def test_an_expired_session_is_refused(trained, alice, redis_cache):
    client = page(alice)
    session = client.session
    session.set_expiry(1)
    session.save()
    assert guess(client).status_code == 200
    time.sleep(1.1)
    assert guess(client).status_code == 401


def test_a_deactivated_user_is_refused(trained_page, alice):
    assert guess(trained_page).status_code == 200
    alice.is_active = False
    alice.save()
    assert guess(trained_page).status_code == 401


def test_each_page_guesses_with_its_own_users_model(trained, alice, bob, redis_cache, api_for):
    for column in (13, 14):
        api_for(bob).post(
            "/api/train/", {"label": "🌈", "features": vertical_bar(column)}, format="json"
        )
        api_for(bob).post(
            "/api/train/", {"label": "🙂", "features": horizontal_bar(column)}, format="json"
        )
    Classifier.objects.filter(user=bob).update(version=41)
    training.fit_and_store(bob.pk)
    pages = {alice: page(alice), bob: page(bob)}
    for _ in range(2):  # the second guesses come from the sessions this process checked
        assert guess(pages[alice]).json()["guess"] == "🙂"
        assert guess(pages[bob]).json()["guess"] == "🌈"
        assert guess(pages[bob]).json()["model_version"] == 42
    alike = {item["id"] for item in guess(pages[bob]).json()["alike"]}
    assert alike <= set(Sample.objects.filter(user=bob).values_list("id", flat=True))


def test_without_a_shared_cache_the_session_is_read_every_time(
    trained, alice, django_assert_max_num_queries
):
    client = page(alice)
    assert guess(client).status_code == 200
    with django_assert_max_num_queries(10) as queries:
        assert guess(client).status_code == 200
    assert any("django_session" in query["sql"] for query in queries.captured_queries)
    assert len(checked_sessions) == 0


def test_an_explained_guess_scores_as_a_plain_one(trained_page):
    plain, explained = guess(trained_page, explain=False).json(), guess(trained_page).json()
    assert explained["scores"] == plain["scores"]
    assert explained["guess"] == plain["guess"]


def test_alike_drawings_cost_one_pass_through_the_pipeline(trained_page, monkeypatch):
    """The guess's own pass gives the drawing in the classified space; each alike drawing's
    thumbnail is made once per model version."""
    from drawings import explanation

    guess(trained_page)
    calls = {"classified": 0, "thumbnails": 0}

    def counted(name, function):
        def call(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)

        return call

    monkeypatch.setattr(neighbours, "classified", counted("classified", neighbours.classified))
    monkeypatch.setattr(explanation, "data_uri", counted("thumbnails", explanation.data_uri))
    for _ in range(3):
        assert len(guess(trained_page).json()["alike"]) == 3
    assert calls == {"classified": 3, "thumbnails": 0}


@pytest.mark.parametrize("seed", range(20))
def test_the_quick_search_finds_what_measuring_every_distance_finds(seed):
    rng = np.random.default_rng(seed)
    rows = rng.random((200, 64)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    rows[50:60] = rows[7]  # ties: the earlier row first
    rows[60:70] = rows[7] + rng.normal(0, 1e-6, (10, 64)).astype(np.float32)  # nearly ties
    for features in (rows[7], rows[rng.integers(200)] * 0.9, rng.random(64).astype(np.float32)):
        for count in (1, 3, 12):
            quick = neighbours.most_alike(rows, features, count, neighbours.squared_norms(rows))
            assert quick == neighbours.most_alike(rows, features, count)
