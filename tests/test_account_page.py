"""The account page: who you are, what you hold, and your email, changed with your password."""

from datetime import datetime, timezone

import pytest

from drawings.models import Sample
from tests.helpers import PASSWORD, horizontal_bar, vertical_bar


@pytest.fixture
def signed_in(client, alice):
    client.force_login(alice)
    return client


def test_the_header_links_to_the_account_page(signed_in):
    assert 'href="/accounts/">Account</a>' in signed_in.get("/").content.decode()


def test_it_shows_the_username_email_date_joined_and_counts(signed_in, alice):
    alice.email = "alice@example.com"
    alice.date_joined = datetime(2026, 3, 14, 9, 26, tzinfo=timezone.utc)
    alice.save()
    Sample.add(alice, "🙂", vertical_bar())
    Sample.add(alice, "🐙", horizontal_bar())
    page = signed_in.get("/accounts/").content.decode()
    assert '<dd id="username">alice</dd>' in page
    assert '<dd id="email">alice@example.com</dd>' in page
    assert "14 March 2026" in page
    assert '<dd id="sample-count">2</dd>' in page
    assert '<dd id="label-count">4</dd>' in page  # 🙂 🌈 💎 and 🐙


def test_the_page_is_never_cached(signed_in):
    assert "no-store" in signed_in.get("/accounts/")["Cache-Control"]


def test_changing_the_email_takes_the_password(signed_in, alice):
    response = signed_in.post(
        "/accounts/email/", {"email": "new@example.com", "password": PASSWORD}, follow=True
    )
    alice.refresh_from_db()
    assert alice.email == "new@example.com"
    assert "Your email is changed." in response.content.decode()


def test_a_wrong_password_changes_nothing_and_says_so(signed_in, alice):
    response = signed_in.post("/accounts/email/", {"email": "new@example.com", "password": "no"})
    alice.refresh_from_db()
    assert alice.email == ""
    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()


def test_an_invalid_email_is_refused(signed_in, alice):
    response = signed_in.post("/accounts/email/", {"email": "not-an-email", "password": PASSWORD})
    alice.refresh_from_db()
    assert alice.email == ""
    assert "Enter a valid email address." in response.content.decode()


def test_the_email_can_be_removed(signed_in, alice):
    alice.email = "alice@example.com"
    alice.save()
    signed_in.post("/accounts/email/", {"email": "", "password": PASSWORD})
    alice.refresh_from_db()
    assert alice.email == ""


def test_guessing_the_password_locks_the_account_out_like_a_sign_in(signed_in, alice, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        signed_in.post("/accounts/email/", {"email": "x@example.com", "password": "guess"})
    response = signed_in.post("/accounts/email/", {"email": "x@example.com", "password": PASSWORD})
    assert response.status_code == 429
    alice.refresh_from_db()
    assert alice.email == ""
