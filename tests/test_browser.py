"""Real-browser tests of the drawing page (Playwright + Debian's Chromium).

Set EMOJISITE_SCREENSHOT=1 to also write docs/screenshot.png.
"""

import math
import os
import re
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM
# would otherwise refuse to run in the test body.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "Crayon-Rainbow-42!"
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "screenshot.png"
# A sure guess is the label alone; a guess below the calibrated threshold says it is not sure.
LABEL = re.compile(r"^(🙂|🌈)$|^Not sure: maybe (🙂|🌈)\?$")
BRUSH_VALUES = {0, 0.3, 0.6, 0.9, 1}

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        message = "needs Chromium: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    page = context.new_page()
    page.set_default_timeout(5000)
    yield page
    context.close()


def signed_in_context(browser, live_server, user, **options):
    """A browser context signed in as `user` through a session cookie the test client made."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    context = browser.new_context(**options)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context


def stroke(page, points):
    """Drag the mouse through points given as fractions (0..1) of the canvas."""
    canvas = page.locator("#canvas")
    canvas.scroll_into_view_if_needed()  # as a person scrolls back up to draw
    box = canvas.bounding_box()

    def at(x, y):
        return box["x"] + x * box["width"], box["y"] + y * box["height"]

    page.mouse.move(*at(*points[0]))
    page.mouse.down()
    for point in points[1:]:
        page.mouse.move(*at(*point))
    page.mouse.up()


def draw_circle(page):
    steps = 24
    stroke(
        page,
        [
            (
                0.5 + 0.3 * math.cos(2 * math.pi * i / steps),
                0.5 + 0.3 * math.sin(2 * math.pi * i / steps),
            )
            for i in range(steps + 1)
        ],
    )


def draw_bar(page):
    # Few, far-apart moves: the page must fill the cells in between.
    stroke(page, [(0.5, 0.15), (0.5, 0.5), (0.5, 0.85)])


def count(page, label):
    return page.locator(f'#training-data [data-label="{label}"] .count')


def submit(page, label):
    return page.get_by_role("button", name=re.compile(f"Submit {label}"))


def sign_up(page, base_url, username):
    page.goto(base_url + "/accounts/signup/")
    page.fill("#id_username", username)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(base_url + "/")


def test_draw_submit_and_guess(live_server, page):
    from playwright.sync_api import expect

    sign_up(page, live_server.url, "painter")
    expect(page.locator("#guess")).to_have_text("Draw something")
    expect(count(page, "🙂")).to_have_text("0")
    expect(count(page, "🌈")).to_have_text("0")

    for n in (1, 2):
        draw_circle(page)
        submit(page, "🙂").click()
        expect(count(page, "🙂")).to_have_text(str(n))

        draw_bar(page)
        with page.expect_request(re.compile(r"/api/train/$")) as request:
            submit(page, "🌈").click()
        expect(count(page, "🌈")).to_have_text(str(n))

    # features[column][row]: a vertical bar lives in one or two columns and
    # covers the rows in between with no gaps.
    sent = request.value.post_data_json
    assert sent["label"] == "🌈"
    features = sent["features"]
    assert len(features) == 28 and all(len(column) == 28 for column in features)
    assert {v for column in features for v in column} <= BRUSH_VALUES
    inked = [col for col in range(28) if any(features[col])]
    assert 1 <= len(inked) <= 2, inked
    rows = [row for row in range(28) if features[inked[0]][row]]
    assert rows == list(range(rows[0], rows[-1] + 1)) and len(rows) >= 18, rows

    expect(page.locator("#guess")).to_have_text("Draw something")
    expect(page.locator("#model-status")).not_to_have_text("No model yet")

    draw_circle(page)
    expect(page.locator("#guess")).to_have_text(LABEL)
    expect(page.locator("#scores li")).not_to_have_count(0)
    expect(page.locator("#model-report")).to_contain_text("Guessed right")

    if os.environ.get("EMOJISITE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))

    page.locator("#clear").click()
    expect(page.locator("#guess")).to_have_text("Draw something")

    # A dot is too little to guess from.
    stroke(page, [(0.5, 0.5)])
    expect(page.locator("#guess")).to_contain_text("Draw a little more")
    page.locator("#clear").click()

    # An empty canvas cannot be submitted.
    submit(page, "🙂").click()
    expect(page.locator("#error")).to_contain_text("empty")
    expect(count(page, "🙂")).to_have_text("2")


def test_it_says_when_it_is_not_sure(live_server, page):
    from playwright.sync_api import expect

    sign_up(page, live_server.url, "ditherer")
    # The same circle taught as two emoji: the model can only toss a coin between them.
    for n in (1, 2):
        for label in ("🙂", "🌈"):
            draw_circle(page)
            submit(page, label).click()
            expect(count(page, label)).to_have_text(str(n))
    draw_circle(page)
    expect(page.locator("#guess")).to_have_text(re.compile(r"^Not sure: maybe (🙂|🌈)\?$"))


def test_labels_and_delete_all(live_server, page):
    from playwright.sync_api import expect

    sign_up(page, live_server.url, "labeller")

    page.fill("#new-label", "🐱")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(submit(page, "🐱")).to_be_visible()
    expect(count(page, "🐱")).to_have_text("0")

    draw_bar(page)
    submit(page, "🐱").click()
    expect(count(page, "🐱")).to_have_text("1")

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=re.compile("Remove label 🐱")).click()
    expect(submit(page, "🐱")).to_have_count(0)
    expect(count(page, "🐱")).to_have_count(0)

    draw_circle(page)
    submit(page, "🙂").click()
    expect(count(page, "🙂")).to_have_text("1")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#delete-all").click()
    expect(count(page, "🙂")).to_have_text("0")
    expect(page.locator("#model-status")).to_have_text("No model yet")


def test_fits_a_phone(live_server, browser):
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect

    get_user_model().objects.create_user("phone", password=PASSWORD)
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    page.set_default_timeout(5000)
    try:

        def scroll_width():
            return page.evaluate("document.scrollingElement.scrollWidth")

        page.goto(live_server.url + "/accounts/login/")
        assert scroll_width() <= 360
        page.fill("#id_username", "phone")
        page.fill("#id_password", PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(live_server.url + "/")

        canvas = page.locator("#canvas")
        assert canvas.evaluate("c => getComputedStyle(c).touchAction") == "none"
        assert scroll_width() <= 360
        box = canvas.bounding_box()
        assert box["width"] >= 280 and box["x"] >= 0 and box["x"] + box["width"] <= 360

        # A tap draws a cell, so the guess leaves its idle state.
        page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        expect(page.locator("#guess")).not_to_have_text("Draw something")
    finally:
        context.close()
