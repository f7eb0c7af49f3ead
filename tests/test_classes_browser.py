"""The join flow in a real browser: a teacher starts a class, a pupil joins with the link and
draws, and the teacher's page shows the new count (Playwright + Debian's Chromium)."""

import os
import re
from contextlib import ExitStack

import pytest

from tests.helpers import browsing
from tests.test_browser import PASSWORD, draw_bar, sign_up, submit

# Playwright's sync API runs an event loop in this thread; Django's ORM would otherwise refuse
# to run in the test body.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def new_page(browser):
    with ExitStack() as contexts:

        def make():
            size = {"width": 1100, "height": 800}
            context = contexts.enter_context(browsing(browser, viewport=size))
            page = context.new_page()
            page.set_default_timeout(15000)  # a live server's first page is slow on a busy machine
            return page

        yield make


def test_a_pupil_joins_with_the_link_draws_and_the_teacher_sees_it(live_server, new_page):
    from playwright.sync_api import expect

    teacher = new_page()
    sign_up(teacher, live_server.url, "ms-rivera")
    teacher.get_by_role("link", name="Classes").click()
    teacher.get_by_label("Name of the class").fill("Year 4")
    teacher.get_by_role("button", name="Start a class").click()
    expect(teacher.get_by_role("heading", level=1)).to_have_text("Year 4")
    teacher.get_by_role("textbox", name="The class's labels").fill("🐱\n🙂")
    teacher.get_by_role("button", name="Save labels").click()
    expect(teacher.locator(".message")).to_contain_text("labels are saved")
    link = teacher.locator("#join-url").inner_text()
    assert re.fullmatch(rf"{live_server.url}/classes/join/[A-Z2-9]{{8}}/", link)
    expect(teacher.locator("#pupils")).to_have_count(0)

    # A pupil new to the site opens the link, signs up, and is brought back to it.
    pupil = new_page()
    pupil.goto(link)
    pupil.get_by_role("link", name="Sign up").last.click()
    pupil.fill("#id_username", "sam")
    pupil.fill("#id_password1", PASSWORD)
    pupil.fill("#id_password2", PASSWORD)
    pupil.get_by_role("button", name="Sign up").click()
    expect(pupil.get_by_role("heading", level=1)).to_have_text("Join “Year 4”?")
    pupil.get_by_role("button", name="Join the class").click()
    expect(pupil.locator(".message")).to_contain_text("You joined “Year 4”")

    teacher.reload()
    cat_count = teacher.locator('tr[data-pupil="sam"] td[data-label="🐱"] .count')
    expect(cat_count).to_have_text("0")

    pupil.get_by_role("link", name="Draw them").click()
    draw_bar(pupil)
    submit(pupil, "🐱").click()
    expect(pupil.locator('#training-data [data-label="🐱"] .count')).to_have_text("1")

    teacher.reload()
    expect(cat_count).to_have_text("1")
    expect(teacher.locator('tr[data-pupil="sam"] td[data-label="🙂"] .count')).to_have_text("0")
    # The bars are drawn by the page's script, from the counts.
    fill = teacher.locator('tr[data-pupil="sam"] td[data-label="🐱"] .bar__fill')
    assert fill.evaluate("element => element.style.width") == "100%"


def test_the_pupils_table_sorts_by_a_column(live_server, new_page, alice, make_user):
    from django.test import Client
    from playwright.sync_api import expect

    from classrooms.models import Classroom
    from drawings.models import Sample
    from tests.helpers import vertical_bar

    classroom = Classroom.objects.create(name="Year 4", teacher=alice)
    classroom.set_labels(["🙂"])
    for name, drawn in (("ann", 3), ("ben", 1), ("cat", 2)):
        pupil = make_user(name)
        classroom.add_pupil(pupil)
        for column in range(drawn):
            Sample.add(pupil, "🙂", vertical_bar(10 + column))
    client = Client()
    client.force_login(alice)
    page = new_page()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(f"{live_server.url}/classes/{classroom.pk}/")
    rows = page.locator("#pupils tbody tr")
    expect(rows.first).to_have_attribute("data-pupil", "ben")  # who needs help first
    page.get_by_role("button", name="Pupil").click()
    expect(rows.first).to_have_attribute("data-pupil", "ann")
    page.get_by_role("button", name="Pupil").click()
    expect(rows.first).to_have_attribute("data-pupil", "cat")
    page.get_by_role("button", name="Drawings of 🙂").click()
    expect(rows.first).to_have_attribute("data-pupil", "ben")
    page.get_by_role("button", name="Drawings of 🙂").click()
    expect(rows.first).to_have_attribute("data-pupil", "ann")
