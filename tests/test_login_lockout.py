"""Guessing passwords is stopped per username, from any addresses, and per address only at a
limit a school doesn't reach: on the sign-in page, the admin and /api/token/ alike."""

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from tests.helpers import PASSWORD

LIMIT = settings.AXES_FAILURE_LIMIT
ADDRESS_LIMIT = settings.AXES_ADDRESS_FAILURE_LIMIT
SCHOOL = "203.0.113.7"
PUPILS = ["ada", "ben", "cleo", "dev", "eli", "fay", "gus"]


def sign_in(client, username, password, ip=SCHOOL):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def ask_token(username, password, ip=SCHOOL):
    return APIClient().post(
        "/api/token/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def signs_in(client, username, ip=SCHOOL):
    """Whether `username` signs in with the right password, then signs out again."""
    signed_in = sign_in(client, username, PASSWORD, ip).status_code == 302
    client.post("/accounts/logout/")
    return signed_in


@pytest.fixture
def pupils(make_user):
    return [make_user(name) for name in PUPILS]


def test_the_right_password_works_before_the_limit(client, alice):
    for _ in range(LIMIT - 1):
        assert sign_in(client, "alice", "wrong").status_code == 200
    assert sign_in(client, "alice", PASSWORD).status_code == 302


def test_a_username_is_locked_out_after_the_limit_even_with_the_right_password(client, alice):
    for attempt in range(LIMIT):
        sign_in(client, "alice", f"guess-{attempt}")
    response = sign_in(client, "alice", PASSWORD)
    assert response.status_code == 429
    assert "Account locked: too many login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_guesses_spread_over_addresses_count_together(client, alice):
    """An attacker who changes address with every guess gets no more guesses than from one."""
    for attempt in range(LIMIT - 1):
        sign_in(client, "alice", f"guess-{attempt}", ip=f"198.51.100.{attempt}")
    assert ask_token("alice", "guess", ip="198.51.100.200").status_code == 429
    for address in ("192.0.2.1", "198.51.100.201", SCHOOL):
        assert sign_in(client, "alice", PASSWORD, ip=address).status_code == 429
        assert ask_token("alice", PASSWORD, ip=address).status_code == 429


def test_one_pupil_failing_the_limit_locks_only_that_pupil(client, pupils):
    for attempt in range(LIMIT):
        sign_in(client, "ada", f"guess-{attempt}")
    assert sign_in(client, "ada", PASSWORD).status_code == 429
    for pupil in PUPILS[1:]:
        assert signs_in(client, pupil), pupil
        assert ask_token(pupil, PASSWORD).status_code == 200, pupil


def test_pupils_typos_in_a_row_lock_nobody_out(client, pupils):
    typists = PUPILS[:LIMIT]
    for pupil in typists:
        assert sign_in(client, pupil, PASSWORD + "x").status_code == 200
    for pupil in PUPILS:
        assert signs_in(client, pupil), pupil


def test_pupils_typos_on_the_token_endpoint_lock_nobody_out(pupils):
    for pupil in PUPILS[:LIMIT]:
        assert ask_token(pupil, PASSWORD + "x").status_code == 401
    for attempt in range(LIMIT):
        ask_token("ada", f"guess-{attempt}")
    assert ask_token("ada", PASSWORD).status_code == 429
    for pupil in PUPILS[1:]:
        assert ask_token(pupil, PASSWORD).status_code == 200, pupil


def test_the_attacker_in_the_classroom_is_still_locked(client, pupils, make_user):
    """Signing in to an account of one's own doesn't wipe failures counted against another's."""
    make_user("mallory")
    for attempt in range(LIMIT - 1):
        sign_in(client, "ada", f"guess-{attempt}")
    assert signs_in(client, "mallory")
    assert sign_in(client, "ada", "one-more-guess").status_code == 429
    assert sign_in(client, "ada", PASSWORD).status_code == 429
    assert signs_in(client, "ben")


def test_an_address_is_locked_out_after_its_own_limit_across_usernames(client, alice, bob):
    for attempt in range(ADDRESS_LIMIT - 1):
        assert sign_in(client, f"someone-{attempt}", "guess").status_code == 200
    assert signs_in(client, "bob")
    sign_in(client, "someone-else", "guess")
    assert sign_in(client, "bob", PASSWORD).status_code == 429
    assert ask_token("bob", PASSWORD).status_code == 429
    assert signs_in(client, "bob", ip="192.0.2.1")


def test_x_forwarded_for_does_not_change_the_counted_address(client, alice):
    for attempt in range(ADDRESS_LIMIT):
        client.post(
            "/accounts/login/",
            {"username": f"someone-{attempt}", "password": "guess"},
            REMOTE_ADDR=SCHOOL,
            HTTP_X_FORWARDED_FOR=f"10.0.{attempt // 250}.{attempt % 250}",
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
