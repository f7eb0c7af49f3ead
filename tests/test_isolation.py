"""No one but the owner can read, change, delete, retrain or predict with a user's data."""

import pytest
from django.contrib.auth import get_user_model

from drawings.models import Sample
from tests.conftest import vertical_bar
from tests.endpoints import ADMIN, ALL, API, SECRET_LABEL, owned_by, send, snapshot, text

MISSING_ID = 10**9


@pytest.fixture
def alices(alice):
    return owned_by(alice)


def carries_the_secret(endpoint, objects):
    return SECRET_LABEL in endpoint.url(objects) + str(endpoint.data(objects))


@pytest.mark.parametrize("endpoint", ALL, ids=str)
def test_another_user_can_not_reach_the_owners_data(client, alice, bob, alices, endpoint):
    before = snapshot(alice)
    client.force_login(bob)
    response = send(client, endpoint, alices)
    assert response.status_code < 500
    assert snapshot(alice) == before
    if not carries_the_secret(endpoint, alices):
        assert SECRET_LABEL not in text(response)


@pytest.mark.parametrize("endpoint", [e for e in API if e.by_id], ids=str)
def test_the_owners_ids_look_exactly_like_missing_ones(client, bob, alices, endpoint):
    client.force_login(bob)
    theirs = send(client, endpoint, alices)
    missing = send(client, endpoint, {**alices, "sample": MISSING_ID, "label": MISSING_ID})
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()
    assert theirs.json()["detail"].endswith("matches the given query.")


@pytest.mark.parametrize("endpoint", ADMIN, ids=str)
def test_a_user_who_is_not_staff_is_sent_to_the_admin_login(client, bob, alices, endpoint):
    client.force_login(bob)
    response = send(client, endpoint, alices)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


@pytest.mark.parametrize("endpoint", ADMIN, ids=str)
def test_staff_without_permissions_see_nothing_in_the_admin(client, alice, alices, endpoint):
    before = snapshot(alice)
    clerk = get_user_model().objects.create_user("clerk", password="x-clerk-pw-9", is_staff=True)
    client.force_login(clerk)
    response = send(client, endpoint, alices)
    assert response.status_code == (200 if endpoint.path == "/admin/" else 403)
    assert SECRET_LABEL not in text(response)
    assert snapshot(alice) == before


@pytest.mark.parametrize("endpoint", ALL, ids=str)
def test_without_signing_in_nothing_is_read_or_changed(client, alice, alices, endpoint):
    before = snapshot(alice)
    response = send(client, endpoint, alices)
    assert response.status_code in (302, 401)
    assert SECRET_LABEL not in text(response)
    assert snapshot(alice) == before


def test_filtering_by_the_owners_label_finds_nothing(api_for, bob, alices):
    body = api_for(bob).get("/api/samples/", {"label": SECRET_LABEL}).json()
    assert body["count"] == 0


def test_another_users_guess_only_uses_their_own_labels(api_for, bob, alices):
    api = api_for(bob)
    api.post("/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json")
    guess = api.post("/api/predict/", {"features": vertical_bar()}, format="json").json()
    assert [score["label"] for score in guess["scores"]] == ["🙂"]


def test_another_users_explanation_only_shows_their_own_drawings(api_for, bob, alices):
    api = api_for(bob)
    api.post("/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json")
    body = {"features": vertical_bar(), "explain": True}
    guess = api.post("/api/predict/", body, format="json").json()
    bobs = set(Sample.objects.filter(user=bob).values_list("pk", flat=True))
    assert guess["alike"] and {drawing["id"] for drawing in guess["alike"]} <= bobs
