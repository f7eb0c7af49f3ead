"""API tokens: issued by POST /api/token/ or the account page, stored only as hashes."""

import hashlib
import re

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import ApiToken
from tests.helpers import PASSWORD


def works(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client.get("/api/labels/").status_code == 200


def obtain(username="alice", password=PASSWORD):
    return APIClient().post(
        "/api/token/", {"username": username, "password": password}, format="json"
    )


@pytest.fixture
def signed_in(client, alice):
    client.force_login(alice)
    return client


def new_token_on(page):
    return re.search(r'id="new-token"[^>]*value="([0-9a-f]{40})"', page.content.decode()).group(1)


def test_a_token_authenticates_scripts(alice):
    response = obtain()
    assert response.status_code == 200
    assert re.fullmatch(r"[0-9a-f]{40}", response.json()["token"])
    assert works(response.json()["token"])


def test_a_wrong_password_gets_no_token(alice):
    response = obtain(password="nope")
    assert response.status_code == 401
    assert "Unable to log in" in response.json()["detail"]


def test_a_bad_token_is_refused(db):
    assert not works("not-a-token")


def test_only_the_hash_of_a_token_is_stored(alice):
    key = obtain().json()["token"]
    stored = ApiToken.objects.get(user=alice)
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM accounts_apitoken")
        assert key not in str(cursor.fetchall())
    # A copy of the database is no use: the stored hash is not a token.
    assert not works(stored.key_hash)


def test_asking_again_gives_a_new_token_and_the_old_one_stops(alice):
    first, second = obtain().json()["token"], obtain().json()["token"]
    assert first != second
    assert not works(first)
    assert works(second)
    assert ApiToken.objects.filter(user=alice).count() == 1


def test_the_page_says_there_is_no_token_yet(signed_in):
    page = signed_in.get("/accounts/").content.decode()
    assert "You have no token." in page
    assert "Create a token" in page and "Revoke token" not in page


def test_the_page_creates_a_token_and_shows_it_once(signed_in, alice):
    response = signed_in.post("/accounts/token/")
    key = new_token_on(response)
    assert works(key)
    assert "no-store" in response["Cache-Control"]
    later = signed_in.get("/accounts/").content.decode()
    assert key not in later
    assert "You have a token, made" in later and "Renew token" in later


def test_renewing_stops_the_old_token_at_once(signed_in, alice):
    old = ApiToken.issue(alice)
    new = new_token_on(signed_in.post("/accounts/token/"))
    assert not works(old)
    assert works(new)


def test_revoking_stops_the_token(signed_in, alice):
    key = ApiToken.issue(alice)
    response = signed_in.post("/accounts/token/revoke/", follow=True)
    assert not works(key)
    assert "You have no token." in response.content.decode()
    assert not ApiToken.objects.filter(user=alice).exists()


def test_a_token_of_an_inactive_user_is_refused(alice):
    key = ApiToken.issue(alice)
    alice.is_active = False
    alice.save()
    assert not works(key)


@pytest.mark.django_db(transaction=True)
def test_tokens_made_before_hashing_keep_working_and_their_plain_text_is_gone(alice):
    """The migration from DRF's plain-text table, as a site upgrading from it has it."""
    executor = MigrationExecutor(connection)
    executor.migrate([("accounts", "0001_initial")])
    stamp = "timestamp with time zone" if connection.vendor == "postgresql" else "datetime"
    key = "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"
    created = timezone.now().replace(microsecond=0)
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created {stamp} NOT NULL,"
            " user_id bigint NOT NULL UNIQUE)"
        )
        cursor.execute("INSERT INTO authtoken_token VALUES (%s, %s, %s)", [key, created, alice.pk])
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert works(key)
    assert ApiToken.objects.get(user=alice).created == created
    assert "authtoken_token" not in connection.introspection.table_names()
