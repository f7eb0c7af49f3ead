"""The API is throttled per user, with its own rate for live guesses, training and deleting."""

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from drawings.models import Sample
from tests.helpers import blank, vertical_bar
from tests.processes import in_processes


@pytest.fixture
def rates(monkeypatch):
    """Set throttle rates for one test (DRF reads them once, at import)."""

    def set_rate(scope, rate):
        monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, scope, rate)

    return set_rate


def test_the_default_rates_let_the_drawing_page_guess_live():
    rates = SimpleRateThrottle.THROTTLE_RATES
    assert rates["predict"] == "10/second"
    assert rates["train"] == "60/minute"
    assert rates["delete"] == "30/minute"


def test_guessing_faster_than_the_rate_gets_429_with_drfs_message(api, rates):
    rates("predict", "3/minute")
    for _ in range(3):
        assert api.post("/api/predict/", {"features": blank()}, format="json").status_code == 200
    response = api.post("/api/predict/", {"features": blank()}, format="json")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Request was throttled. Expected available in")
    assert int(response["Retry-After"]) > 0


def test_a_throttled_submit_stores_nothing(api, alice, rates):
    rates("train", "2/minute")
    statuses = [
        api.post(
            "/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json"
        ).status_code
        for _ in range(3)
    ]
    assert statuses == [201, 201, 429]
    assert Sample.objects.filter(user=alice).count() == 2


def test_each_user_has_their_own_allowance(api, api_for, bob, rates):
    rates("predict", "1/minute")
    api.post("/api/predict/", {"features": blank()}, format="json")
    assert api.post("/api/predict/", {"features": blank()}, format="json").status_code == 429
    bobs = api_for(bob).post("/api/predict/", {"features": blank()}, format="json")
    assert bobs.status_code == 200


def test_guessing_does_not_use_up_the_training_allowance(api, rates):
    rates("train", "1/minute")
    for _ in range(3):
        api.post("/api/predict/", {"features": blank()}, format="json")
    response = api.post("/api/train/", {"label": "🙂", "features": blank()}, format="json")
    assert response.status_code == 201


def test_every_api_view_counts_against_the_user_rate(api, rates):
    rates("user", "2/minute")
    api.get("/api/labels/")
    api.get("/api/samples/")
    assert api.get("/api/model/").status_code == 429


def test_requests_without_credentials_are_throttled_per_ip(db, rates):
    rates("anon", "2/minute")
    client = APIClient()
    for _ in range(2):
        client.post("/api/token/", {"username": "x", "password": "y"}, REMOTE_ADDR="198.51.100.1")
    throttled = client.post(
        "/api/token/", {"username": "x", "password": "y"}, REMOTE_ADDR="198.51.100.1"
    )
    assert throttled.status_code == 429
    other_ip = client.post("/api/token/", {"username": "x", "password": "y"}, REMOTE_ADDR="1.2.3.4")
    assert other_ip.status_code == 401


def guess_repeatedly(username, times):
    client = APIClient()
    client.force_authenticate(get_user_model().objects.get(username=username))
    features = {"features": blank()}
    return [client.post("/api/predict/", features, format="json").status_code for _ in range(times)]


@pytest.mark.processes
@pytest.mark.django_db(transaction=True)
def test_processes_sharing_redis_share_one_allowance_per_user(alice, redis_cache, rates):
    """One process spends the allowance, a second one finds it spent.

    The processes run one after the other: DRF's throttle reads and writes its history without a
    lock, so requests racing at the same instant may each be let through.
    """
    rates("predict", "4/minute")
    [first] = in_processes((guess_repeatedly, "alice", 4))
    [second] = in_processes((guess_repeatedly, "alice", 2))
    assert (first, second) == ([200] * 4, [429] * 2)
