"""A cache outage is not an outage: with the site's Redis stopped mid-run, signing in, tokens,
training, guessing and labels answer from the database, no process serves a model or trusts a
token it kept from before; once Redis is back, the site uses it again without a restart."""

import json
import os
import urllib.error
import urllib.request

import pytest
from django.conf import global_settings
from rest_framework.test import APIClient

from accounts.models import ApiToken
from drawings.models import Classifier
from emojisite.cache import link
from tests.helpers import PASSWORD, horizontal_bar, vertical_bar
from tests.processes import (
    BIN,
    RedisServer,
    Visitor,
    api_call,
    free_ports,
    start,
    stop,
    wait_until_listening,
)

pytestmark = pytest.mark.processes


@pytest.fixture
def own_redis(tmp_path):
    """A Redis of this test's own, started; stopped at the end, whatever the test did to it."""
    if RedisServer.binary is None:
        message = "needs redis-server: apt-get install -y redis-server"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()
    link.down_until = None  # the next test's Redis is another one


def cached_keys(server, pattern):
    return server.client().keys(f"*{pattern}*")


def token_client(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def train(client, label, features):
    return client.post("/api/train/", {"label": label, "features": features}, format="json")


def guess(client):
    return client.post("/api/predict/", {"features": vertical_bar()}, format="json")


def version(user):
    return Classifier.objects.get(user=user).version


# --- In this process: every use of the cache ------------------------------------------------


@pytest.fixture
def site_on_own_redis(own_redis, settings):
    """This process's cache on `own_redis`, until the test ends and that is stopped."""
    before = settings.CACHES
    settings.CACHES = {
        "default": {"BACKEND": "emojisite.cache.SharedRedisCache", "LOCATION": own_redis.url}
    }
    yield own_redis
    settings.CACHES = before


def test_with_redis_stopped_everything_answers_from_the_database(
    site_on_own_redis, alice, caplog, settings
):
    redis_server = site_on_own_redis
    settings.CACHE_RETRY_SECONDS = 0  # a Redis back is used at once
    before = APIClient().post("/api/token/", {"username": "alice", "password": PASSWORD})
    by_token = token_client(before.json()["token"])
    for column in (13, 14):
        assert train(by_token, "🙂", vertical_bar(column)).status_code == 201
    assert train(by_token, "🌈", horizontal_bar()).status_code == 201
    for _ in range(2):  # the token checked, and the classifier's versions kept
        assert guess(by_token).json()["model_version"] == version(alice)
    assert cached_keys(redis_server, "throttle_")

    redis_server.stop()
    page = APIClient()  # as the pages' scripts are: signed in through the form, by cookie
    signed_in = page.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert signed_in.status_code == 302
    assert page.get("/").status_code == 200
    assert page.get("/gallery/").status_code == 200
    answer = APIClient().post("/api/token/", {"username": "alice", "password": PASSWORD})
    assert answer.status_code == 200
    assert revoke(page, before.json()["token"]).status_code == 302
    # The token kept as checked was revoked meanwhile: refused, from the database.
    assert guess(by_token).status_code == 401
    by_token = token_client(answer.json()["token"])
    assert train(by_token, "🌈", horizontal_bar(12)).status_code == 201
    assert guess(by_token).json()["model_version"] == version(alice)  # not the kept one
    assert guess(by_token).json()["model_version"] == version(alice)
    assert [label["name"] for label in by_token.get("/api/labels/").json()] == ["🙂", "🌈", "💎"]
    on_page = {"features": vertical_bar(), "explain": True}
    assert page.post("/api/predict/", on_page, format="json").status_code == 200
    assert train(page, "💎", vertical_bar(3)).status_code == 201
    assert guess(by_token).json()["model_version"] == version(alice)
    # A token checked while Redis is down is not kept as checked: revoked, it is refused.
    replaced = APIClient().post("/api/token/", {"username": "alice", "password": PASSWORD})
    assert revoke(page, answer.json()["token"]).status_code == 302
    assert guess(by_token).status_code == 401
    by_token = token_client(replaced.json()["token"])
    assert "The cache is unreachable" in caplog.text

    redis_server.start()
    assert guess(by_token).json()["model_version"] == version(alice)
    assert cached_keys(redis_server, "throttle_")  # counted in Redis again
    assert cached_keys(redis_server, "classifier-generation")
    assert "The cache answers again" in caplog.text


# --- Across processes: nothing kept from before the outage is trusted after it --------------


def gunicorn(port, redis_url):
    """A server that, once Redis failed it, leaves Redis alone for longer than the test runs
    (but for what must not wait)."""
    return start(
        [BIN / "gunicorn", "emojisite.wsgi", "--workers", "1"],
        BIND=f"127.0.0.1:{port}",
        REDIS_URL=redis_url,
        CACHE_RETRY_SECONDS="600",
    )


def revoke(page, key):
    """Revoke a token on the account page (a test client or a Visitor signed in as its owner)."""
    return page.post(f"/accounts/token/{ApiToken.objects.for_key(key).pk}/revoke/")


def call(port, token, path="/api/predict/", body=None):
    """(status, answer) of a request with a token; a guess unless told otherwise."""
    if path == "/api/predict/":
        body = {"features": vertical_bar()}
    return api_call(port, token, path, body)


def new_token(port):
    credentials = json.dumps({"username": "alice", "password": PASSWORD}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/token/", credentials, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["token"]


@pytest.mark.django_db(transaction=True)
def test_no_server_trusts_what_it_kept_from_before_an_outage(own_redis, alice, settings):
    """Server B keeps alice's token and model version, sits idle while Redis is stopped and
    server A makes her a new token, revokes the old one and retrains her model, then sees Redis
    back with the generations of before (it saved them): B must refuse the old token and guess
    with the new model. A, which still leaves Redis alone, announces the next token there all
    the same."""
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS  # the servers' own
    alice.set_password(PASSWORD)
    alice.save()
    ports = free_ports(2)
    servers = [gunicorn(port, own_redis.url) for port in ports]
    a, b = ports
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_until_listening(f"http://127.0.0.1:{port}/accounts/login/", server, timeout=90)
        first = new_token(a)
        for features in (vertical_bar(13), vertical_bar(14), horizontal_bar()):
            assert call(a, first, "/api/train/", {"label": "🙂", "features": features})[0] == 201
        kept = [call(b, first)[1]["model_version"] for _ in range(2)]

        own_redis.stop(keep_data=True)
        visitor = Visitor(a)
        visitor.sign_in("alice")
        during = {"signed in": "alice" in visitor.get("/")}
        second = new_token(a)
        revoke(visitor, first)
        retrain = {"label": "🌈", "features": horizontal_bar(12)}
        during["train"] = call(a, second, "/api/train/", retrain)[0]
        during["guess"] = call(a, second)
        during["labels"] = call(a, second, "/api/labels/")[0]
        during["old token"] = call(a, first)[0]

        own_redis.start()
        after = {"old token on b": call(b, first)[0], "guess on b": call(b, second)}
        third = new_token(a)
        revoke(visitor, second)
        after["replaced token on b"] = call(b, second)[0]
        after["new token on b"] = call(b, third)[0]
    finally:
        output = "".join(stop(server) for server in servers)
    now = version(alice)
    assert kept == [3, 3], output
    assert during["signed in"], output
    assert during["train"] == 201, output
    assert during["guess"][0] == 200 and during["guess"][1]["model_version"] == now == 4, output
    assert during["labels"] == 200, output
    assert during["old token"] == 401, output
    assert after["old token on b"] == 401, output
    assert after["guess on b"][1]["model_version"] == 4, output
    assert after["replaced token on b"] == 401, output
    assert after["new token on b"] == 200, output
    assert "The cache is unreachable" in output, output
    assert "The cache answers again" in output, output  # A uses Redis again
    assert cached_keys(own_redis, "throttle_")
