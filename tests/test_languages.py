"""Which language the site speaks: the browser's Accept-Language, else the menu's choice (a
cookie), which a signed-in user keeps on their account; and what follows the language: <html
lang dir>, the API's messages, the model report's sentences and the emoji names; and the pages on a
phone in a real browser, in Arabic and Spanish."""

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from rest_framework.test import APIClient

from accounts.models import LanguageChoice
from classrooms.models import Classroom
from drawings import training
from drawings.models import Label, Sample, spoken_emoji_name
from drawings.report import NO_SAMPLES
from tests.axe import assert_accessible
from tests.helpers import PASSWORD, browsing, horizontal_bar, sign_in, vertical_bar

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def translated(language, message):
    with translation.override(language):
        text = translation.gettext(message)
    assert text != message, f"no {language} translation of {message!r}"
    return text


def page_of(client, path="/accounts/login/", **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("accept", "opening"),
    [
        ("es-ES,es;q=0.9", '<html lang="es" dir="ltr">'),
        ("ar", '<html lang="ar" dir="rtl">'),
        ("pt-BR,pt;q=0.8", '<html lang="pt-br" dir="ltr">'),
        ("nl", '<html lang="en" dir="ltr">'),
    ],
)
def test_the_browser_language_comes_first_and_the_page_says_which(client, accept, opening):
    html = page_of(client, **{"Accept-Language": accept})
    assert opening in html


def test_a_page_is_in_the_browsers_language(client):
    html = page_of(client, **{"Accept-Language": "fr"})
    assert translated("fr", "Forgot your password?") in html
    assert "Forgot your password?" not in html


def test_the_menu_remembers_the_choice_over_the_browsers(client):
    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/accounts/signup/"})
    assert response.status_code == 302 and response["Location"] == "/accounts/signup/"
    assert client.cookies[COOKIE].value == "ar"
    assert '<html lang="ar" dir="rtl">' in page_of(client, **{"Accept-Language": "de"})


def test_the_menu_is_on_every_page_and_names_each_language_in_itself(client, alice):
    html = page_of(client, **{"Accept-Language": "de"})
    assert 'action="/i18n/setlang/"' in html
    assert '<option value="de" lang="de" selected>Deutsch</option>' in html
    assert '<option value="ar" lang="ar">العربية</option>' in html
    client.force_login(alice)
    for path in ("/", "/gallery/", "/model/", "/classes/", "/accounts/"):
        assert 'action="/i18n/setlang/"' in page_of(client, path)


def test_a_language_the_site_does_not_speak_is_not_kept(client, alice):
    client.force_login(alice)
    client.post("/i18n/setlang/", {"language": "xx", "next": "/"})
    assert COOKIE not in client.cookies
    assert not LanguageChoice.objects.exists()


def test_a_signed_in_users_choice_is_kept_on_the_account_and_follows_them(client, alice):
    client.force_login(alice)
    client.post("/i18n/setlang/", {"language": "es", "next": "/"})
    assert LanguageChoice.of(alice) == "es"

    elsewhere = Client()  # another computer, its browser in English
    response = elsewhere.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert elsewhere.cookies[COOKIE].value == "es"
    assert '<html lang="es"' in page_of(elsewhere, "/", **{"Accept-Language": "en"})


def test_signing_in_without_a_kept_choice_leaves_the_browsers_language(client, alice):
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert COOKIE not in response.cookies


def test_an_api_error_is_in_the_requested_language_with_the_same_shape(alice):
    api = APIClient()
    api.force_authenticate(alice)
    bad = {"label": "🙂", "features": [[0] * 28] * 3}

    def refusal(language):
        response = api.post(
            "/api/train/", bad, format="json", headers={"Accept-Language": language}
        )
        assert response.status_code == 400
        return response.json()

    english, spanish = refusal("en"), refusal("es")
    assert english == {"features": ["Expected 28 columns, got 3."]}
    expected = translated("es", "Expected {size} columns, got {count}.").format(size=28, count=3)
    assert spanish == {"features": [expected]}


def test_an_api_detail_is_in_the_requested_language(alice):
    api = APIClient()
    api.force_authenticate(alice)
    response = api.get("/api/quiz/", headers={"Accept-Language": "ar"})
    assert response.status_code == 404
    assert response.json() == {
        "detail": translated("ar", "No quiz yet: start one on the drawing page.")
    }
    anonymous = APIClient().get("/api/labels/", headers={"Accept-Language": "de"})
    assert anonymous.status_code == 401
    assert anonymous.json() == {
        "detail": translated("de", "Authentication credentials were not provided.")
    }


def test_the_model_reports_sentences_are_stored_in_english_and_shown_translated(alice):
    api = APIClient()
    api.force_authenticate(alice)
    Label.get_or_add(alice, "🙂")
    training.fit_and_store(alice.pk)
    answer = api.get("/api/model/", headers={"Accept-Language": "fr"}).json()
    assert answer["report"]["detail"] == translated("fr", NO_SAMPLES)


@pytest.mark.parametrize(
    ("language", "spoken"),
    [("en", "rainbow"), ("es", "arcoíris"), ("pt-br", "arco-íris"), ("ar", "ألوان الطيف")],
)
def test_emoji_names_are_in_the_pages_language(language, spoken):
    assert spoken_emoji_name("🌈", language) == spoken


def test_an_emoji_name_is_english_where_the_language_has_none():
    assert spoken_emoji_name("🌈", "nl") == "rainbow"


def test_the_labels_spoken_names_follow_the_request(alice):
    Label.get_or_add(alice, "💎")
    api = APIClient()
    api.force_authenticate(alice)
    labels = api.get("/api/labels/", headers={"Accept-Language": "de"}).json()
    assert {label["name"]: label["spoken_name"] for label in labels}["💎"] == "edelstein"


def test_the_password_reset_email_is_in_the_language_of_whoever_asked(client, alice, mailoutbox):
    alice.email = "alice@example.com"
    alice.save()
    client.post(
        "/accounts/password_reset/",
        {"email": "alice@example.com"},
        headers={"Accept-Language": "pt-BR"},
    )
    (email,) = mailoutbox
    assert email.subject == translated("pt-br", "Reset your emojisite password")
    assert translated("pt-br", "Hello,") in email.body


# On a 390 px phone in Chromium (Playwright), each test marked browser: the drawing page, the
# gallery, the model page and the class page in Arabic (right to left) and Spanish. axe-core finds
# nothing, nothing overflows sideways, the page reads right to left in Arabic, and its script
# speaks the language.


PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
LANGUAGES = {"ar": "rtl", "es": "ltr"}


@pytest.fixture
def teacher(alice, make_user):
    """alice, with a model, teaching a class whose pupil has drawn."""
    for column in (12, 14):
        Sample.add(alice, "🙂", vertical_bar(column))
    for row in (12, 14):
        Sample.add(alice, "🌈", horizontal_bar(row))
    training.fit_and_store(alice.pk)
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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
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
