"""A guess by token: the token and the classifier's versions are read from the database once per
process; a revoked token (and no other of its user's) or a deactivated user is refused, and a
changed or retrained classifier is reported, from the next request on, by every process."""

import time

import pytest
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from accounts.models import ApiToken
from drawings import training
from drawings.models import Classifier
from emojisite.cache import ReusingRedisCacheClient
from tests.helpers import horizontal_bar, vertical_bar
from tests.processes import BIN, api_call, free_ports, start, stop, wait_until_listening


def guess(client):
    return client.post("/api/predict/", {"features": vertical_bar()}, format="json")


def revoke(user, key):
    assert ApiToken.revoke(user, ApiToken.objects.for_key(key).pk)


def token_client(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


@pytest.fixture
def trained_by_token(trained, alice):
    return token_client(ApiToken.issue(alice))


def test_a_checked_tokens_guess_reads_no_database(
    trained_by_token, redis_cache, django_assert_num_queries
):
    assert guess(trained_by_token).status_code == 200  # checks the token, loads the model
    for _ in range(3):
        with django_assert_num_queries(0):
            assert guess(trained_by_token).json()["guess"] == "🙂"


def versions(answer):
    return answer["model_version"], answer["stale"]


@pytest.mark.django_db(transaction=True)
def test_a_change_or_a_retrain_shows_in_the_next_guess(trained, alice, redis_cache):
    client = token_client(ApiToken.issue(alice))
    version = Classifier.objects.get(user=alice).version
    for _ in range(2):  # the second guess takes the versions this process kept
        assert versions(guess(client).json()) == (version, False)
    Classifier.note_change([alice.pk])
    assert versions(guess(client).json()) == (version, True)
    training.fit_and_store(alice.pk)
    assert versions(guess(client).json()) == (version + 1, False)


def test_a_checked_token_costs_one_read_and_one_write_of_the_shared_cache(
    trained_by_token, redis_cache, monkeypatch
):
    """The token's generation and the throttles' histories come in one read."""
    guess(trained_by_token)
    calls = []
    get_client = ReusingRedisCacheClient.get_client

    def counted(self, key=None, *, write=False):
        calls.append("write" if write else "read")
        return get_client(self, key, write=write)

    monkeypatch.setattr(ReusingRedisCacheClient, "get_client", counted)
    assert guess(trained_by_token).status_code == 200
    assert calls == ["read", "write"]


def test_a_checked_tokens_guesses_are_throttled_as_any(trained_by_token, redis_cache, monkeypatch):
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "predict", "3/minute")
    assert [guess(trained_by_token).status_code for _ in range(4)] == [200, 200, 200, 429]
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "predict", "100/minute")
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "user", "5/minute")
    assert [guess(trained_by_token).status_code for _ in range(2)] == [200, 429]


def test_without_a_shared_cache_the_token_is_read_every_time(
    trained_by_token, django_assert_num_queries
):
    guess(trained_by_token)
    with django_assert_num_queries(2):
        assert guess(trained_by_token).status_code == 200


def test_a_checked_token_is_read_again_after_its_time(
    trained_by_token, redis_cache, settings, monkeypatch, django_assert_num_queries
):
    settings.API_TOKEN_CACHE_SECONDS = 60
    guess(trained_by_token)
    later = time.monotonic() + 61
    monkeypatch.setattr("emojisite.process_cache.time.monotonic", lambda: later)
    with django_assert_num_queries(3):  # the token, read around its generation; the versions
        assert guess(trained_by_token).status_code == 200
    with django_assert_num_queries(0):
        assert guess(trained_by_token).status_code == 200


def test_api_token_cache_seconds_0_reads_the_token_every_time(
    trained_by_token, redis_cache, settings, django_assert_num_queries
):
    settings.API_TOKEN_CACHE_SECONDS = 0
    guess(trained_by_token)
    with django_assert_num_queries(2):
        assert guess(trained_by_token).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_revoking_one_token_and_deactivating_take_effect_at_once(alice, redis_cache):
    key = ApiToken.issue(alice)
    client, other = token_client(key), token_client(ApiToken.issue(alice))
    assert guess(client).status_code == guess(other).status_code == 200
    revoke(alice, key)
    assert guess(client).json() == {"detail": "Invalid token."}
    assert guess(other).status_code == 200  # the user's other token keeps working
    alice.is_active = False
    alice.save()
    assert guess(other).json() == {"detail": "User inactive or deleted."}


@pytest.mark.django_db(transaction=True)
def test_a_token_deleted_by_the_api_is_refused_at_once_and_the_others_keep_working(
    alice, redis_cache
):
    key = ApiToken.issue(alice)
    client, other = token_client(key), token_client(ApiToken.issue(alice))
    for _ in range(2):  # the second guess trusts the token this process checked
        assert guess(client).status_code == guess(other).status_code == 200
    response = other.delete(f"/api/tokens/{ApiToken.objects.for_key(key).pk}/")
    assert response.status_code == 204
    assert guess(client).json() == {"detail": "Invalid token."}
    assert guess(other).status_code == 200


def test_a_guess_records_the_tokens_last_use_once_a_minute(
    trained, alice, redis_cache, settings, django_assert_num_queries
):
    key = ApiToken.issue(alice)
    client = token_client(key)
    assert guess(client).status_code == 200
    used = ApiToken.objects.for_key(key).last_used
    assert used is not None
    settings.API_TOKEN_CACHE_SECONDS = 0  # the database read on every guess: still no write
    with django_assert_num_queries(2):
        assert guess(client).status_code == 200
    assert ApiToken.objects.for_key(key).last_used == used


def call(port, token, path="/api/predict/"):
    """(status, answer) of a guess at the server on `port`."""
    return api_call(port, token, path, {"features": horizontal_bar()})


@pytest.fixture
def two_servers(request):
    """Two gunicorn servers of one process each, on free ports, sharing the test database and,
    with `redis_cache`, the cache; their ports."""
    cache = {"REDIS_URL": request.getfixturevalue("redis_cache")} if request.param else {}
    ports = free_ports(2)
    servers = [
        start(
            [BIN / "gunicorn", "emojisite.wsgi", "--workers", "1"],
            BIND=f"127.0.0.1:{port}",
            THROTTLE_USER="1000/second",
            THROTTLE_PREDICT="1000/second",
            **cache,
        )
        for port in ports
    ]
    try:
        for port, server in zip(ports, servers, strict=True):
            # Generous: starting imports scikit-learn, slow on a machine busy with other work.
            wait_until_listening(f"http://127.0.0.1:{port}/accounts/login/", server, timeout=90)
        yield ports
    finally:
        for server in servers:
            stop(server)


@pytest.mark.processes
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("two_servers", [True, False], ids=["redis", "local memory"], indirect=True)
def test_every_server_refuses_a_revoked_token_and_a_deactivated_user_at_once(
    alice, bob, two_servers
):
    alices, bobs = (ApiToken.issue(user) for user in (alice, bob))
    kept = ApiToken.issue(alice)
    for _ in range(2):  # each server checks each token and trusts it
        for port in two_servers:
            assert call(port, alices)[0] == call(port, bobs)[0] == call(port, kept)[0] == 200

    revoke(alice, alices)
    bob.is_active = False
    bob.save()
    for port in two_servers:
        assert call(port, alices) == (401, {"detail": "Invalid token."})
        assert call(port, bobs) == (401, {"detail": "User inactive or deleted."})
        assert call(port, kept)[0] == 200  # alice's other token keeps working

    bob.is_active = True
    bob.save()
    new = ApiToken.issue(alice)
    for port in two_servers:
        assert call(port, new)[0] == call(port, bobs)[0] == 200
        assert call(port, alices)[0] == 401


@pytest.mark.processes
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("two_servers", [True, False], ids=["redis", "local memory"], indirect=True)
def test_every_server_guesses_with_the_newest_classifier_at_once(trained, alice, two_servers):
    token = ApiToken.issue(alice)
    version = Classifier.objects.get(user=alice).version
    for _ in range(2):  # each server keeps the classifier's versions
        for port in two_servers:
            assert versions(call(port, token)[1]) == (version, False)

    Classifier.note_change([alice.pk])
    for port in two_servers:
        assert versions(call(port, token)[1]) == (version, True)
    training.fit_and_store(alice.pk)
    for port in two_servers:
        assert versions(call(port, token)[1]) == (version + 1, False)
