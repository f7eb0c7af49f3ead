"""Which language the site speaks: the browser's Accept-Language, else the menu's choice (a
cookie), which a signed-in user keeps on their account; and what follows the language: <html
lang dir>, the API's messages, the model report's sentences and the emoji names."""

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from rest_framework.test import APIClient

from accounts.models import LanguageChoice
from drawings import training
from drawings.models import Label, spoken_emoji_name
from drawings.report import NO_SAMPLES
from tests.helpers import PASSWORD

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
