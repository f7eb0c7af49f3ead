"""Plain helpers the tests import: drawings to send, the teaching app's file, fuzzing sizes,
checks two pages share.

Fixtures live in conftest.py, where pytest finds them; nothing imports from there.
"""

import io
import os
import re
from contextlib import contextmanager
from pathlib import Path

import joblib
import numpy as np

# Examples per property test and per fuzzed API operation; raise it for a long run. The default
# run always tries the same examples, so the suite passes or fails alike every time; a run with
# FUZZ_EXAMPLES set draws new ones.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ_DERANDOMIZE = "FUZZ_EXAMPLES" not in os.environ
# Each pytest-xdist worker (gw0, gw1, ...) its own Redis database, 6 to 15, so that parallel
# workers never clear each other's cache; a run without xdist uses 6. Runs of the suite side by
# side on one machine each point TEST_REDIS_PORT at a Redis of their own.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
_REDIS_PORT = int(os.environ.get("TEST_REDIS_PORT", "6379"))
TEST_REDIS_URL = f"redis://127.0.0.1:{_REDIS_PORT}/{6 + _WORKER % 10}"
# Every user the fixtures make has this password.
PASSWORD = "draw-a-rainbow-42"

# A line the teaching app wrote itself (json.dumps escaping: 🙂 is "\\ud83d\\ude42"), kept verbatim.
TEACHING_APP_SAMPLES = Path(__file__).resolve().parent / "data" / "teaching-app-samples.txt"


def blank():
    return [[0] * 28 for _ in range(28)]


def stroke(cells, value=0.6):
    """A drawing with `value` in each (column, row) of `cells`."""
    grid = blank()
    for column, row in cells:
        grid[column][row] = value
    return grid


def vertical_bar(column=14):
    return stroke([(column, row) for row in range(5, 23)])


def horizontal_bar(row=14):
    return stroke([(column, row) for column in range(5, 23)])


def diagonal(start, length=14):
    return stroke([(start + i, start + i) for i in range(length)])


def drawings_of_three_shapes(per_label=3):
    """Bars and diagonals of a few sizes and places, labelled by shape."""
    drawings, labels = [], []
    for i in range(per_label):
        drawings += [vertical_bar(8 + 5 * i), horizontal_bar(6 + 6 * i), diagonal(2 + 3 * i)]
        labels += ["|", "-", "\\"]
    return drawings, labels


def as_array(grid):
    return np.asarray(grid, dtype=float)


def add_label_is_refused_beside_the_field(page):
    """A page's add-label form (static/page.js) shows why it refused a name, by the field.

    An empty name gets a hint; a name the API refuses gets the API's own message.
    """
    from playwright.sync_api import expect

    field, error = page.locator("#new-label"), page.locator("#add-label-error")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(error).to_have_text("Type an emoji or a short word.")
    expect(field).to_be_focused()

    field.fill("a\u0007b")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(error).to_have_text("A label can't contain the control character U+0007.")
    expect(field).to_be_focused()


# Every page reports a Content-Security-Policy violation as an event; pass it to the console,
# where the context below collects it along with the browser's own "Refused to ..." messages.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  const what = `${event.violatedDirective} ${event.blockedURI}`;
  console.error(`Content Security Policy violation: ${what}`);
});
"""


@contextmanager
def browsing(browser, **options):
    """A browser context that fails the test if any of its pages reports a CSP violation."""
    context = browser.new_context(**options)
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    violations = []

    def note(message):
        if "Content Security Policy" in message.text:
            violations.append(f"{message.page.url if message.page else ''}: {message.text}")

    context.on("console", note)
    try:
        yield context
    finally:
        context.close()
    assert not violations, "\n".join(violations)


def sign_in(context, live_server, user):
    """Sign a browser context in as `user` through a session cookie the test client made."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])


def drag(page, points):
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


def draw_bar(page):
    # Few, far-apart moves: the page must fill the cells in between.
    drag(page, [(0.5, 0.15), (0.5, 0.5), (0.5, 0.85)])


def submit(page, label):
    return page.get_by_role("button", name=re.compile(f"Submit {label}"))


def sign_up(page, base_url, username):
    page.goto(base_url + "/accounts/signup/")
    page.fill("#id_username", username)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(base_url + "/")


def start_a_class(page, base_url, teacher, name):
    """Sign `teacher` up in the browser and start a class called `name`, from the menu."""
    sign_up(page, base_url, teacher)
    page.get_by_role("link", name="Classes").click()
    page.get_by_label("Name of the class").fill(name)
    page.get_by_role("button", name="Start a class").click()


def pickled_whole_by_joblib(pipeline):
    """The pipeline as storage pickled it before PickledByC: joblib's unpickler reads all of it."""
    buffer = io.BytesIO()
    joblib.dump(pipeline, buffer)
    return buffer.getvalue()


def counted_calls(monkeypatch, owner, name, argument=0):
    """Replace `owner.name` by the same function noting, on each call, how many items its
    positional argument `argument` held: how much work a test saw it given."""
    sizes = []
    original = getattr(owner, name)

    def counted(*args, **kwargs):
        sizes.append(len(args[argument]))
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return sizes
