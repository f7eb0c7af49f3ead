"""Managed accounts in a real browser: a teacher makes a class's accounts, prints the cards, a
pupil signs in with one, and the teacher sets that pupil a new password (Playwright + Chromium)."""

import os

import pytest

from tests.test_browser import sign_up

# Playwright's sync API runs an event loop in this thread (see test_classes_browser.py).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def card_of(page, name):
    """(username, password) on the card of the pupil called `name`."""
    card = page.locator(".sign-in-card", has_text=f"· {name}")
    return (
        card.locator('[data-field="username"]').inner_text(),
        card.locator('[data-field="password"]').inner_text(),
    )


def sign_in(page, base_url, username, password):
    page.goto(base_url + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Log in").click()


def test_a_teacher_makes_accounts_prints_cards_and_sets_a_new_password(live_server, new_page):
    from playwright.sync_api import expect

    teacher = new_page()
    sign_up(teacher, live_server.url, "ms-rivera")
    teacher.get_by_role("link", name="Classes").click()
    teacher.get_by_label("Name of the class").fill("Year 4")
    teacher.get_by_role("button", name="Start a class").click()
    teacher.get_by_role("textbox", name="Pupils' names").fill("Ada\nBen")
    teacher.get_by_role("button", name="Make accounts and cards").click()
    expect(teacher.get_by_role("heading", level=1)).to_have_text("Sign-in cards for Year 4")
    expect(teacher.locator(".sign-in-card")).to_have_count(2)
    username, password = card_of(teacher, "Ada")
    # Printed, the page is the cards alone.
    teacher.emulate_media(media="print")
    expect(teacher.locator(".site-header")).to_be_hidden()
    expect(teacher.get_by_text("Print this page now")).to_be_hidden()
    expect(teacher.locator(".sign-in-card").first).to_be_visible()
    teacher.emulate_media(media="screen")

    pupil = new_page()
    sign_in(pupil, live_server.url, username, password)
    expect(pupil.get_by_role("heading", name="Current Guess")).to_be_visible()

    teacher.get_by_role("link", name="Back to the class").click()
    expect(teacher.locator(f'tr[data-pupil="{username}"]')).to_have_count(1)
    teacher.get_by_role("button", name=f"Set a new password for {username}").click()
    expect(teacher.locator(".sign-in-card")).to_have_count(1)
    same, new = card_of(teacher, "Ada")
    assert same == username and new != password

    pupil.reload()  # the old password's session has ended
    expect(pupil.get_by_role("button", name="Log in")).to_be_visible()
    sign_in(pupil, live_server.url, username, password)
    expect(pupil.locator(".errorlist, .form-errors").first).to_be_visible()
    sign_in(pupil, live_server.url, username, new)
    expect(pupil.get_by_role("heading", name="Current Guess")).to_be_visible()
