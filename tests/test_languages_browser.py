"""The drawing page, the gallery, the model page and the class page in Arabic (right to left)
and Spanish, on a 390 px phone: axe-core finds nothing, nothing overflows sideways, the page
reads right to left in Arabic, and its script speaks the language."""

import os

import pytest
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

from classrooms.models import Classroom
from drawings import training
from drawings.models import Sample
from tests.axe import assert_accessible
from tests.helpers import browsing, horizontal_bar, sign_in, vertical_bar

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
LANGUAGES = {"ar": "rtl", "es": "ltr"}


@pytest.fixture
def teacher(alice, make_user):
    """alice, with a model, teaching a class whose pupil has drawn."""
    for column in (12, 14):
        Sample.add(alice, "🙂", vertical_bar(column))
    for row in (12, 14):
        Sample.add(alice, "🌈", horizontal_bar(row))
    training.retrain(alice.pk)
    classroom = Classroom.objects.create(name="4B", teacher=alice)
    classroom.set_labels(["🙂", "🌈"])
    pupil = make_user("ann")
    classroom.add_pupil(pupil)
    Sample.add(pupil, "🙂", vertical_bar(10))
    alice.classroom = classroom
    return alice


def pages(classroom):
    return ["/", "/gallery/", "/model/", f"/classes/{classroom.pk}/"]


# What sticks out of the viewport sideways, to say why a page is too wide.
OVERFLOWING = """() => Array.from(document.querySelectorAll("body *"))
  .filter((node) => {
    const box = node.getBoundingClientRect();
    return box.width && (box.left < -1 || box.right > 391) && !node.closest(".table-scroll");
  })
  .slice(0, 8)
  .map((node) => `${node.tagName.toLowerCase()}.${node.className}`)"""


def in_language(language, message):
    with translation.override(language):
        return translation.gettext(message)


@pytest.fixture(params=LANGUAGES)
def phone(request, browser, live_server, teacher):
    """A phone whose browser asks for the language."""
    with browsing(browser, locale=request.param, **PHONE) as context:
        sign_in(context, live_server, teacher)
        page = context.new_page()
        page.set_default_timeout(15000)
        page.language = request.param
        yield page


def test_each_page_is_accessible_fits_and_runs_in_the_direction(phone, live_server, teacher):
    for path in pages(teacher.classroom):
        phone.goto(live_server.url + path)
        html = phone.locator("html")
        assert html.get_attribute("lang") == phone.language
        assert html.get_attribute("dir") == LANGUAGES[phone.language]
        width = phone.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 390, (
            f"{path}: {width} px in {phone.language}, {phone.evaluate(OVERFLOWING)}"
        )
        assert_accessible(phone)
        # The header's first item, the site's name, starts the line: at the right in Arabic.
        name = phone.locator(".site-name").bounding_box()
        at_right = name["x"] + name["width"] / 2 > PHONE["viewport"]["width"] / 2
        assert at_right == (LANGUAGES[phone.language] == "rtl"), path


def test_the_drawing_pages_script_speaks_the_language(phone, live_server):
    from playwright.sync_api import expect

    phone.goto(live_server.url + "/")
    idle = in_language(phone.language, "Draw something")
    assert idle != "Draw something"
    expect(phone.locator("#guess")).to_have_text(idle)
    # The canvas keeps its columns in order: a stroke at the left edge inks column 0.
    box = phone.locator("#canvas").bounding_box()
    phone.touchscreen.tap(box["x"] + 3, box["y"] + box["height"] / 2)
    expect(phone.locator("#guess")).not_to_have_text(idle)
    phone.get_by_role("button", name=in_language(phone.language, "Clear"), exact=True).click()
    expect(phone.locator("#guess")).to_have_text(idle)


def test_the_menu_changes_the_language_and_remembers_it(browser, live_server):
    from playwright.sync_api import expect

    with browsing(browser, locale="en", **PHONE) as context:
        page = context.new_page()
        page.set_default_timeout(15000)
        page.goto(live_server.url + "/accounts/signup/")
        page.get_by_label("Language").select_option("ar")
        page.get_by_role("button", name="Change").click()
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        assert page.url == live_server.url + "/accounts/signup/"
        page.goto(live_server.url + "/accounts/login/")
        expect(page.locator("h1")).to_have_text(in_language("ar", "Log in"))
        expect(page.locator("#language-menu__select")).to_have_value("ar")


# Counts that reach every plural form of the six languages (Arabic's six among them).
COUNTS = [0, 1, 2, 3, 5, 10, 11, 12, 99, 100, 101, 102, 111, 1000000]
READ_IN_PAGE = """async ([messages, counts]) => {
  const i18n = await import("/static/i18n.js");
  return messages.map(([context, message, plural]) =>
    plural
      ? counts.map((n) => i18n.ngettext(message, `${message}s`, n))
      : context === null
        ? i18n.gettext(message)
        : i18n.pgettext(context, message),
  );
}"""


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "pt-br", "ar"])
def test_the_scripts_read_their_catalog_as_django_does(browser, live_server, language):
    """static/i18n.js reads the data-only catalog as Django's gettext reads the .mo file: every
    message of the scripts' catalog, each of its plural forms and its context."""
    from emojisite.management.commands.compilejsi18n import catalog_data

    shipped = {**catalog_data(language)["catalog"], "A sentence no catalog holds": ""}
    messages = [
        [*(key.split("\x04") if "\x04" in key else [None, key]), isinstance(value, list)]
        for key, value in shipped.items()
    ]
    catalog = DjangoTranslation(language, domain="djangojs")
    expected = [
        [catalog.ngettext(message, f"{message}s", n) for n in COUNTS]
        if plural
        else catalog.gettext(message)
        if context is None
        else catalog.pgettext(context, message)
        for context, message, plural in messages
    ]
    with browsing(browser, locale=language) as context:
        page = context.new_page()
        page.goto(live_server.url + "/accounts/login/")
        assert page.evaluate(READ_IN_PAGE, [messages, COUNTS]) == expected
