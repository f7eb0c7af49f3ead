"""Real-browser tests of the gallery page (Playwright + Debian's Chromium)."""

import os
import re
import time

import pytest

from drawings.models import Label, Sample
from tests.axe import assert_accessible
from tests.helpers import (
    add_label_is_refused_beside_the_field,
    browsing,
    horizontal_bar,
    sign_in,
    vertical_bar,
)

# Playwright's sync API runs an event loop in this thread; Django's ORM would otherwise refuse
# to run in the test body.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser, live_server, alice):
    """alice's gallery with two 🙂 drawings, signed in through her session cookie."""
    for column in (10, 20):
        Sample.add(alice, "🙂", vertical_bar(column))
    with browsing(browser, viewport={"width": 1000, "height": 800}) as context:
        sign_in(context, live_server, alice)
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(live_server.url + "/gallery/")
        yield page


def eventually(check, seconds=5):
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def delete_button(card):
    return card.get_by_role("button", name=re.compile("^Delete this"))


def test_delete_can_be_undone_and_is_sent_once_the_page_is_left(page, alice):
    from playwright.sync_api import expect

    deletes = []
    page.on("request", lambda request: deletes.append(request) if request.method == "DELETE" else 0)
    cards = page.locator(".sample")
    expect(cards).to_have_count(2)
    first, second = cards.nth(0), cards.nth(1)

    delete_button(first).click()
    expect(first).to_be_hidden()
    assert_accessible(page)  # with the undo bar showing
    page.get_by_role("button", name="Undo").click()
    expect(first).to_be_visible()
    expect(page.locator("#gallery-status")).to_have_text("Kept the drawing.")
    assert Sample.objects.filter(user=alice).count() == 2
    assert deletes == []

    kept_id = int(first.get_attribute("data-sample-id"))
    delete_button(second).click()
    expect(second).to_be_hidden()
    page.get_by_role("link", name="Back to drawing").click()
    page.wait_for_url(re.compile(r"/$"))
    eventually(lambda: Sample.objects.filter(user=alice).count() == 1)
    assert Sample.objects.get(user=alice).pk == kept_id


def test_deleting_another_drawing_sends_the_first_delete(page, alice):
    from playwright.sync_api import expect

    cards = page.locator(".sample")
    delete_button(cards.nth(0)).click()
    delete_button(cards.nth(1)).click()
    expect(page.locator(".sample")).to_have_count(1)  # the first one is gone for good
    eventually(lambda: Sample.objects.filter(user=alice).count() == 1)
    expect(page.locator('.label-row[data-label-name="🙂"] .count')).to_have_text("1")
    # The second is sent on leaving the page; waited for here, so that no request is still
    # running when the test's database is emptied.
    page.get_by_role("link", name="Back to drawing").click()
    eventually(lambda: not Sample.objects.filter(user=alice).exists())


def test_move_a_drawing_and_reorder_labels(page, alice):
    from playwright.sync_api import expect

    page.locator(".sample").first.get_by_label("Label of this drawing").select_option("🌈")
    expect(page.locator("#gallery-status")).to_have_text("Moved the drawing to 🌈.")
    expect(page.locator('.label-row[data-label-name="🌈"] .count')).to_have_text("1")
    assert Sample.objects.filter(user=alice, label__name="🌈").count() == 1

    page.get_by_role("button", name="Move 🙂 down").click()
    expect(page.locator("#gallery-status")).to_have_text("Moved 🙂 down.")
    assert [label.name for label in Label.objects.filter(user=alice)] == ["🌈", "🙂", "💎"]


def test_import_upload_lists_bad_lines_then_imports_a_good_file(page, alice, tmp_path):
    from playwright.sync_api import expect

    from drawings.samples_file import export_lines

    Sample.add(alice, "🐱", horizontal_bar())
    good = "".join(export_lines(Sample.objects.filter(user=alice, label__name="🐱")))
    bad = tmp_path / "bad.txt"
    bad.write_text(good + "{oops\n")
    page.set_input_files("#import-file", str(bad))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#import-result")).to_contain_text("1 of 2 lines are not valid samples")
    expect(page.locator("#import-result li")).to_have_text(re.compile(r"^Line 2: Not JSON"))
    assert_accessible(page)
    assert Sample.objects.filter(user=alice).count() == 3

    ok = tmp_path / "samples.txt"
    ok.write_text(good * 2)
    page.set_input_files("#import-file", str(ok))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#gallery-status")).to_have_text("Imported 2 drawings (🐱 2).")
    expect(page.locator(".sample-group[data-label-id] .sample")).to_have_count(5)
    assert Sample.objects.filter(user=alice, label__name="🐱").count() == 3


def test_the_add_label_form_says_what_is_wrong_beside_the_field(page, alice):
    add_label_is_refused_beside_the_field(page)
    assert Label.objects.filter(user=alice).count() == 3


def test_add_a_label_delete_all_of_one_and_remove_another(page, alice):
    from playwright.sync_api import expect

    page.fill("#new-label", "🐱")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("#gallery-status")).to_have_text("Added label 🐱.")
    expect(page.locator('.label-row[data-label-name="🐱"]')).to_be_visible()

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete all 🙂").click()
    expect(page.locator("#gallery-status")).to_have_text("Deleted 2 drawings of 🙂.")
    expect(page.locator(".sample")).to_have_count(0)

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Remove label 💎").click()
    expect(page.locator("#gallery-status")).to_have_text("Removed label 💎.")
    assert [label.name for label in Label.objects.filter(user=alice)] == ["🙂", "🌈", "🐱"]
    assert not Sample.objects.filter(user=alice).exists()
