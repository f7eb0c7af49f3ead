"""Guessing passwords is stopped per username and per IP, on the sign-in page and /api/token/."""

import pytest
from django.conf import settings
from rest_framework.test import APIClient

PASSWORD = "draw-a-rainbow-42"
LIMIT = settings.AXES_FAILURE_LIMIT


def sign_in(client, username, password, ip="203.0.113.7"):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def ask_token(username, password, ip="203.0.113.7"):
    return APIClient().post(
        "/api/token/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def test_the_right_password_works_before_the_limit(client, alice):
    for _ in range(LIMIT - 1):
        assert sign_in(client, "alice", "wrong").status_code == 200
    assert sign_in(client, "alice", PASSWORD).status_code == 302


def test_a_username_is_locked_out_after_the_limit_even_with_the_right_password(client, alice):
    for attempt in range(LIMIT):
        sign_in(client, "alice", f"guess-{attempt}", ip=f"198.51.100.{attempt}")
    response = sign_in(client, "alice", PASSWORD, ip="192.0.2.1")
    assert response.status_code == 429
    assert "Account locked: too many login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_ip_is_locked_out_after_the_limit_across_usernames(client, alice, bob):
    for attempt in range(LIMIT):
        sign_in(client, f"someone-{attempt}", "guess")
    assert sign_in(client, "bob", PASSWORD).status_code == 429
    assert sign_in(client, "bob", PASSWORD, ip="192.0.2.1").status_code == 302


def test_x_forwarded_for_does_not_change_the_counted_ip(client, alice):
    for attempt in range(LIMIT):
        client.post(
            "/accounts/login/",
            {"username": f"someone-{attempt}", "password": "guess"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{attempt}",
        )
    assert sign_in(client, "alice", PASSWORD).status_code == 429


def test_the_token_endpoint_counts_and_locks_out_too(alice):
    for _ in range(LIMIT - 1):
        assert ask_token("alice", "wrong").status_code == 401
    assert ask_token("alice", "wrong").status_code == 429
    response = ask_token("alice", PASSWORD)
    assert response.status_code == 429
    assert response.json() == {"detail": settings.AXES_COOLOFF_MESSAGE}


def test_token_failures_lock_the_sign_in_page(client, alice):
    for _ in range(LIMIT):
        ask_token("alice", "wrong")
    assert sign_in(client, "alice", PASSWORD).status_code == 429


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/"])
def test_every_sign_in_form_is_counted(client, alice, path):
    for _ in range(LIMIT):
        client.post(path, {"username": "alice", "password": "wrong"})
    response = client.post(path, {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
