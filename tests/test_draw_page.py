"""The drawing page: the state it starts from; drawing, guessing and labels in a real browser."""

import json
import math
import os
import re
from pathlib import Path

import pytest

from drawings.api import NO_SAMPLES
from tests.axe import assert_accessible
from tests.helpers import (
    PASSWORD,
    add_label_is_refused_beside_the_field,
    browsing,
    drag,
    draw_bar,
    sign_up,
    submit,
    vertical_bar,
)


def initial_state(response):
    html = response.content.decode()
    start = html.index('<script id="initial-state" type="application/json">') + 51
    return json.loads(html[start : html.index("</script>", start)])


def test_it_starts_from_the_users_labels_counts_and_model(client, alice, api):
    api.post("/api/train/", {"label": "🌈", "features": vertical_bar()}, format="json")
    client.force_login(alice)
    response = client.get("/")
    assert response.status_code == 200
    state = initial_state(response)
    assert [(label["name"], label["count"]) for label in state["labels"]] == [
        ("🙂", 0),
        ("🌈", 1),
        ("💎", 0),
    ]
    assert state["labels"][0]["spoken_name"] == "slightly smiling face"
    assert state["model"]["n_samples"] == 1
    assert state["urls"]["predict"] == "/api/predict/"


def test_it_shows_only_the_users_own_labels(client, alice, bob, api):
    api.post("/api/train/", {"label": "🐱", "features": vertical_bar()}, format="json")

    def labels_on_the_page_of(user):
        client.force_login(user)
        return [label["name"] for label in initial_state(client.get("/"))["labels"]]

    assert "🐱" in labels_on_the_page_of(alice)
    assert "🐱" not in labels_on_the_page_of(bob)


def test_it_loads_its_script_and_styles_from_this_site(client, alice):
    client.force_login(alice)
    html = client.get("/").content.decode()
    assert "/static/drawings/draw.js" in html
    assert "http://" not in html and "https://" not in html


# The drawing page in Chromium (Playwright), each test marked browser. Set EMOJISITE_SCREENSHOT=1
# to also write docs/screenshot.png.


SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "screenshot.png"
# A sure guess is the label alone; a guess below the calibrated threshold says it is not sure.
SMILEY_GUESSED = re.compile(r"^🙂$|^Not sure: maybe 🙂\?$")
BRUSH_VALUES = {0, 0.3, 0.6, 0.9, 1}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser):
    with browsing(browser, viewport={"width": 1000, "height": 700}) as context:
        page = context.new_page()
        page.set_default_timeout(5000)
        yield page


def draw_circle(page):
    steps = 24
    drag(
        page,
        [
            (
                0.5 + 0.3 * math.cos(2 * math.pi * i / steps),
                0.5 + 0.3 * math.sin(2 * math.pi * i / steps),
            )
            for i in range(steps + 1)
        ],
    )


def count(page, label):
    return page.locator(f'#training-data [data-label="{label}"] .count')


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
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
    expect(page.locator("#guess")).to_have_text(SMILEY_GUESSED)
    expect(page.locator("#scores li")).not_to_have_count(0)
    expect(page.locator("#model-report")).to_contain_text("Guessed right")
    assert_accessible(page)

    if os.environ.get("EMOJISITE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))

    page.locator("#clear").click()
    expect(page.locator("#guess")).to_have_text("Draw something")

    # A dot is too little to guess from.
    drag(page, [(0.5, 0.5)])
    expect(page.locator("#guess")).to_contain_text("Draw a little more")
    page.locator("#clear").click()

    # An empty canvas cannot be submitted.
    submit(page, "🙂").click()
    expect(page.locator("#error")).to_contain_text("empty")
    expect(count(page, "🙂")).to_have_text("2")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_add_label_form_says_what_is_wrong_and_a_status_clears_itself(live_server, page):
    from playwright.sync_api import expect

    sign_up(page, live_server.url, "namer")
    add_label_is_refused_beside_the_field(page)

    page.fill("#new-label", "🐱")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("#add-label-error")).to_have_text("")
    expect(page.locator("#new-label")).to_have_value("")
    expect(page.locator("#status")).to_have_text("Added label 🐱.")
    # A status says what just happened, then gives way (after 4 seconds).
    expect(page.locator("#status")).to_have_text("", timeout=6000)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_fits_a_phone(live_server, browser):
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect

    get_user_model().objects.create_user("phone", password=PASSWORD)
    phone = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
    with browsing(browser, **phone) as context:
        page = context.new_page()
        page.set_default_timeout(5000)

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

        # A tap draws a cell, so the page asks for a guess: there is nothing to guess with yet.
        page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        expect(page.locator("#guess")).to_have_text(NO_SAMPLES)
