"""The account page: who you are, what you hold, and your email, changed with your password;
and the page in a real browser, used with the keyboard alone."""

import re
from datetime import datetime, timezone

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from drawings.models import Sample
from tests.axe import assert_accessible
from tests.helpers import PASSWORD, browsing, horizontal_bar, vertical_bar


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


# The account page in Chromium (Playwright), used with the keyboard alone: each test marked browser.


@pytest.fixture
def page(browser, live_server):
    with browsing(browser, viewport={"width": 1000, "height": 800}) as context:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        page = context.new_page()
        page.set_default_timeout(15000)  # generous: the machine running the suite may be busy
        yield page


def tab_to(page, target, presses=60):
    """Press Tab until `target` has the focus; fail if it never gets it."""
    for _ in range(presses):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}")


def works(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client.get("/api/labels/").status_code == 200


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_everything_on_the_account_page_by_keyboard(live_server, page, alice):
    from playwright.sync_api import expect

    page.goto(live_server.url + "/accounts/login/")
    expect(page.get_by_label("Username")).to_be_focused()  # autofocus
    page.keyboard.type("alice")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/")

    tab_to(page, page.get_by_role("link", name="Account", exact=True))
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/accounts/")
    expect(page.locator("#username")).to_have_text("alice")
    expect(page.locator("#token-status")).to_have_text("You have no token.")
    assert_accessible(page)

    # Create a named token, copy it.
    tab_to(page, page.get_by_label("Token name"))
    page.keyboard.type("Laptop")
    page.keyboard.press("Enter")
    token = page.get_by_label("Your new API token")
    expect(token).to_have_value(re.compile(r"^[0-9a-f]{40}$"))
    first = token.input_value()
    assert works(first)
    assert_accessible(page)
    tab_to(page, page.get_by_role("button", name="Copy"))
    page.keyboard.press("Enter")
    expect(page.locator("#copy-status")).to_have_text("Copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == first

    # Create another: both work, both are listed.
    tab_to(page, page.get_by_label("Token name"))
    page.keyboard.type("Robot")
    tab_to(page, page.get_by_role("button", name="Create a token"))
    page.keyboard.press("Space")
    expect(token).not_to_have_value(first)
    second = token.input_value()
    assert works(second) and works(first)
    expect(page.locator("#token-list tbody tr")).to_have_count(2)
    assert_accessible(page)

    # Revoke the first: only it stops.
    tab_to(page, page.get_by_role("button", name="Revoke “Laptop”"))
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("The token “Laptop” is revoked")
    expect(page.locator("#token-list tbody tr")).to_have_count(1)
    assert not works(first) and works(second)

    # Revoke the other.
    tab_to(page, page.get_by_role("button", name="Revoke “Robot”"))
    page.keyboard.press("Enter")
    expect(page.locator("#token-status")).to_have_text("You have no token.")
    assert not works(second)

    # Change the email, with the password.
    tab_to(page, page.locator("summary", has_text="Change your email"))
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_label("New email"))
    page.keyboard.type("alice@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Your email is changed.")
    expect(page.locator("#email")).to_have_text("alice@example.com")

    # Delete the account: a wrong username is refused, then the right one.
    delete_form = page.locator("form[action^='/accounts/delete/']")
    tab_to(page, delete_form.get_by_label("Your password"))
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Tab")
    page.keyboard.type("alicia")
    page.keyboard.press("Enter")
    expect(page.locator("#id_delete_username_error")).to_contain_text("That is not your username")
    assert_accessible(page)
    # The answer shows the form again, scrolled to it: Tab carries on from there (past the two
    # download links).
    tab_to(page, delete_form.get_by_label("Your password"), presses=4)
    page.keyboard.type(PASSWORD)
    tab_to(page, delete_form.get_by_label("Type your username to confirm"))
    page.keyboard.press("Control+A")
    page.keyboard.type("alice")
    tab_to(page, page.get_by_role("button", name="Delete my account"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(live_server.url) + r"/accounts/login/(#.*)?$"))
    expect(page.locator(".messages")).to_contain_text("Your account and everything in it")
    assert not get_user_model().objects.filter(username="alice").exists()
