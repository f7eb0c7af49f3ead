"""Every page passes axe-core's rules in a real browser (Playwright + Debian's Chromium)."""

import pytest

from accounts.models import ApiToken
from drawings import training
from drawings.models import Sample
from tests.axe import assert_accessible
from tests.helpers import browsing, horizontal_bar, sign_in, vertical_bar

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIGNED_OUT = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password_reset/",
    "/accounts/password_reset/done/",
    "/no-such-page/",
]
SIGNED_IN = [
    "/",
    "/gallery/",
    "/model/",
    "/accounts/",
    "/accounts/password_change/",
]


@pytest.fixture
def context(browser, live_server):
    with browsing(browser, viewport={"width": 1000, "height": 800}) as context:
        yield context


def open_page(context, url):
    page = context.new_page()
    page.set_default_timeout(15000)  # generous: the machine running the suite may be busy
    page.goto(url)
    return page


@pytest.mark.parametrize("path", SIGNED_OUT)
def test_pages_for_visitors(context, live_server, path):
    assert_accessible(open_page(context, live_server.url + path))


@pytest.mark.parametrize("path", SIGNED_IN)
def test_pages_of_a_user_with_samples_a_model_and_a_token(context, live_server, alice, path):
    for column in (12, 14):
        Sample.add(alice, "🙂", vertical_bar(column))
    for row in (12, 14):
        Sample.add(alice, "🌈", horizontal_bar(row))
    training.fit_and_store(alice.pk)
    ApiToken.issue(alice)
    sign_in(context, live_server, alice)
    assert_accessible(open_page(context, live_server.url + path))


@pytest.mark.parametrize("path", SIGNED_IN)
def test_pages_of_a_new_user(context, live_server, alice, path):
    sign_in(context, live_server, alice)
    assert_accessible(open_page(context, live_server.url + path))
