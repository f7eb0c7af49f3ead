"""Every write made with a session cookie needs the CSRF token; tokens for scripts don't."""

import pytest
from django.test import Client

from tests.endpoints import ALL, owned_by, send, snapshot
from tests.helpers import vertical_bar


@pytest.fixture
def signed_in(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    return client


@pytest.mark.parametrize("endpoint", [e for e in ALL if e.writes], ids=str)
def test_a_session_write_without_the_token_is_refused(signed_in, alice, endpoint):
    objects = owned_by(alice)
    before = snapshot(alice)
    response = send(signed_in, endpoint, objects)
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()
    assert snapshot(alice) == before


def test_a_session_write_with_the_token_goes_through(signed_in, alice):
    signed_in.get("/")
    token = signed_in.cookies["csrftoken"].value
    response = signed_in.post(
        "/api/train/",
        {"label": "🙂", "features": vertical_bar()},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 201


def test_a_token_authenticated_write_needs_no_csrf_token(alice):
    client = Client(enforce_csrf_checks=True)
    token = client.post("/api/token/", {"username": "alice", "password": "draw-a-rainbow-42"})
    response = client.post(
        "/api/train/",
        {"label": "🙂", "features": vertical_bar()},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {token.json()['token']}",
    )
    assert response.status_code == 201
