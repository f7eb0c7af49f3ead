import json
import os
from contextlib import ExitStack

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from redis.exceptions import ConnectionError as RedisConnectionError
from rest_framework.test import APIClient

from drawings.ml.learned_offline import found_before
from emojisite import process_cache
from tests.helpers import (
    PASSWORD,
    TEACHING_APP_SAMPLES,
    TEST_REDIS_URL,
    browsing,
    horizontal_bar,
    vertical_bar,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Nearly every test makes users; stretching their passwords would be most of the run."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fresh_process_caches():
    """No test sees pipelines, tokens, classifier states or networks' rows (`found_before`, the
    one cache of drawings/ml, which knows no Django) another test left in this process."""
    process_cache.clear_all()
    found_before.clear()
    yield
    process_cache.clear_all()
    found_before.clear()


@pytest.fixture(autouse=True)
def fresh_cache():
    """Throttle counts (and anything else cached) start from zero in every test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def redis_cache(settings):
    """The default cache on Redis, as in production: shared by every process."""
    settings.CACHES = {
        "default": {"BACKEND": "emojisite.cache.SharedRedisCache", "LOCATION": TEST_REDIS_URL}
    }
    try:
        cache.clear()
    except RedisConnectionError:
        message = f"needs Redis at {TEST_REDIS_URL}: apt-get install -y redis-server"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield TEST_REDIS_URL
    cache.clear()


@pytest.fixture
def smiley():
    """The teaching app's own sample line: a 🙂 drawn on its canvas."""
    return json.loads(TEACHING_APP_SAMPLES.read_text().splitlines()[0])


@pytest.fixture
def make_user(db):
    def make(username="alice"):
        return get_user_model().objects.create_user(username, password=PASSWORD)

    return make


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


@pytest.fixture
def api(alice):
    client = APIClient()
    client.force_authenticate(alice)
    return client


@pytest.fixture
def api_for():
    def client_for(user):
        client = APIClient()
        client.force_authenticate(user)
        return client

    return client_for


@pytest.fixture
def trained(api):
    """alice has two samples each of a vertical bar (🙂) and a horizontal bar (🌈)."""
    for column in (13, 14):
        api.post("/api/train/", {"label": "🙂", "features": vertical_bar(column)}, format="json")
    for row in (13, 14):
        api.post("/api/train/", {"label": "🌈", "features": horizontal_bar(row)}, format="json")
    return api


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, driven by Playwright, shared by the tests of one module."""
    if not os.path.exists(CHROMIUM):
        message = "needs Chromium: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from django.urls import get_resolver
    from playwright.sync_api import sync_playwright

    # The live server runs in this process: import the URLs (and scikit-learn with the API
    # views) now, or the first page waits seconds for them on a busy machine.
    get_resolver().resolve("/")
    # Playwright's sync API runs an event loop in this thread, where Django's ORM would then
    # refuse to run in a test's body.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Makes pages of browsing contexts of their own (people at other computers), closed at
    the end of the test."""
    with ExitStack() as contexts:

        def make():
            size = {"width": 1100, "height": 800}
            context = contexts.enter_context(browsing(browser, viewport=size))
            page = context.new_page()
            page.set_default_timeout(15000)  # a live server's first page is slow on a busy machine
            return page

        yield make


def pytest_sessionfinish(session, exitstatus):
    """A run that selected no test fails: a tier, marker or path that matches nothing is a
    mistake to see, not a green run (pytest alone would exit 5)."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_collection_modifyitems(items):
    """A test that drives Chromium is in the browser tier, whether its module says so or not."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
