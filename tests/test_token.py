"""API tokens: several named ones per user, issued by POST /api/token/ or the account page,
revoked one at a time, stored only as hashes."""

import hashlib
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import TOKENS_PER_USER, ApiToken
from tests.helpers import PASSWORD


def token_client(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def works(key):
    return token_client(key).get("/api/labels/").status_code == 200


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


def test_asking_again_gives_another_token_and_the_first_keeps_working(alice):
    first, second = obtain().json()["token"], obtain().json()["token"]
    assert first != second
    assert works(first) and works(second)
    names = sorted(ApiToken.objects.filter(user=alice).values_list("name", flat=True))
    assert len(names) == 2 and all(name.startswith("Script, ") for name in names)
    assert names[0] != names[1]


def test_a_script_may_name_its_token(alice):
    response = APIClient().post(
        "/api/token/",
        {"username": "alice", "password": PASSWORD, "name": "Robot arm"},
        format="json",
    )
    assert response.status_code == 200
    assert ApiToken.objects.for_key(response.json()["token"]).name == "Robot arm"


@pytest.mark.parametrize(
    ("name", "message"),
    [("x" * 65, "no more than 64"), ("   ", "may not be blank"), ("Taken", "with this name")],
)
def test_a_bad_name_from_a_script_is_refused_and_issues_nothing(alice, name, message):
    ApiToken.issue(alice, "Taken")
    response = APIClient().post(
        "/api/token/", {"username": "alice", "password": PASSWORD, "name": name}, format="json"
    )
    assert response.status_code == 400
    assert message in response.json()["name"][0]
    assert ApiToken.objects.filter(user=alice).count() == 1


def test_a_wrong_password_with_a_name_is_still_a_401(alice):
    response = APIClient().post(
        "/api/token/", {"username": "alice", "password": "nope", "name": "x"}, format="json"
    )
    assert response.status_code == 401


def test_past_the_cap_a_script_gets_a_409_saying_why(alice):
    for n in range(TOKENS_PER_USER):
        ApiToken.issue(alice, f"t{n}")
    response = obtain()
    assert response.status_code == 409
    assert f"{TOKENS_PER_USER} tokens" in response.json()["detail"]
    assert ApiToken.objects.filter(user=alice).count() == TOKENS_PER_USER


def test_the_page_says_there_is_no_token_yet(signed_in):
    page = signed_in.get("/accounts/").content.decode()
    assert "You have no token." in page
    assert "Create a token" in page and "Revoke" not in page


def test_the_page_creates_a_named_token_and_shows_it_once(signed_in, alice):
    response = signed_in.post("/accounts/token/", {"name": "Laptop"})
    key = new_token_on(response)
    assert works(key)
    assert "no-store" in response["Cache-Control"]
    assert ApiToken.objects.for_key(key).name == "Laptop"
    later = signed_in.get("/accounts/").content.decode()
    assert key not in later
    assert "Laptop" in later and "Never" not in later  # works() just used it


def test_creating_another_leaves_the_first_working(signed_in, alice):
    old = ApiToken.issue(alice, "Old")
    new = new_token_on(signed_in.post("/accounts/token/", {"name": "New"}))
    assert works(old) and works(new)


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "This field is required"), ("x" * 65, "at most 64"), ("Taken", "with this name")],
)
def test_the_page_refuses_a_bad_name(signed_in, alice, name, message):
    ApiToken.issue(alice, "Taken")
    response = signed_in.post("/accounts/token/", {"name": name})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'id="new-token"' not in response.content.decode()
    assert ApiToken.objects.filter(user=alice).count() == 1


def test_the_page_refuses_past_the_cap(signed_in, alice):
    for n in range(TOKENS_PER_USER):
        ApiToken.issue(alice, f"t{n}")
    response = signed_in.post("/accounts/token/", {"name": "one more"})
    assert f"You already have {TOKENS_PER_USER} tokens" in response.content.decode()
    assert ApiToken.objects.filter(user=alice).count() == TOKENS_PER_USER


def test_revoking_stops_that_token_only(signed_in, alice):
    key, kept = ApiToken.issue(alice, "Gone"), ApiToken.issue(alice, "Kept")
    pk = ApiToken.objects.for_key(key).pk
    response = signed_in.post(f"/accounts/token/{pk}/revoke/", follow=True)
    assert not works(key)
    assert works(kept)
    page = response.content.decode()
    assert "The token “Gone” is revoked" in page
    assert list(ApiToken.objects.filter(user=alice).values_list("name", flat=True)) == ["Kept"]


def test_revoking_another_users_token_is_a_404_and_changes_nothing(signed_in, bob):
    key = ApiToken.issue(bob)
    response = signed_in.post(f"/accounts/token/{ApiToken.objects.for_key(key).pk}/revoke/")
    assert response.status_code == 404
    assert works(key)


def test_the_api_lists_my_tokens_by_name_and_date_never_their_keys(alice, bob):
    first, second = ApiToken.issue(alice, "Laptop"), ApiToken.issue(alice, "Phone")
    ApiToken.issue(bob, "Bob's")
    response = token_client(second).get("/api/tokens/")
    assert response.status_code == 200
    tokens = response.json()
    assert [token["name"] for token in tokens] == ["Phone", "Laptop"]  # newest first
    assert {key for token in tokens for key in token} == {"id", "name", "created", "last_used"}
    assert tokens[0]["last_used"] is not None  # this request's
    assert tokens[1]["last_used"] is None
    assert first not in response.content.decode() and second not in response.content.decode()


def test_deleting_a_token_by_the_api_revokes_it_alone(alice):
    key, kept = ApiToken.issue(alice, "Gone"), ApiToken.issue(alice, "Kept")
    response = token_client(kept).delete(f"/api/tokens/{ApiToken.objects.for_key(key).pk}/")
    assert response.status_code == 204
    assert not works(key)
    assert works(kept)
    assert [token["name"] for token in token_client(kept).get("/api/tokens/").json()] == ["Kept"]


def test_deleting_another_users_token_by_the_api_is_a_404_and_changes_nothing(alice, bob):
    key = ApiToken.issue(bob)
    mine = token_client(ApiToken.issue(alice))
    response = mine.delete(f"/api/tokens/{ApiToken.objects.for_key(key).pk}/")
    assert response.status_code == 404
    assert works(key)


def test_last_used_is_written_at_most_once_a_minute(alice):
    key = ApiToken.issue(alice)
    assert ApiToken.objects.get(user=alice).last_used is None
    assert works(key)
    first = ApiToken.objects.get(user=alice).last_used
    assert first is not None
    assert works(key)
    assert ApiToken.objects.get(user=alice).last_used == first  # within the minute: no write
    ApiToken.objects.filter(user=alice).update(last_used=first - timedelta(minutes=2))
    assert works(key)
    assert ApiToken.objects.get(user=alice).last_used > first


def test_the_account_api_lists_the_tokens(alice):
    key = ApiToken.issue(alice, "Mine")
    account = token_client(key).get("/api/account/").json()
    [token] = account["tokens"]
    assert token["name"] == "Mine" and token["last_used"] is not None
    assert account["token_created"] == token["created"]
    assert "key_hash" not in token


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


@pytest.mark.django_db(transaction=True)
def test_a_token_from_before_names_keeps_working_named_token(alice):
    """The migration to several tokens, as a site holding one token per user has it."""
    executor = MigrationExecutor(connection)
    executor.migrate([("accounts", "0003_language_choice")])
    key = "0123456789abcdef0123456789abcdef01234567"
    created = timezone.now().replace(microsecond=0)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO accounts_apitoken (user_id, key_hash, created) VALUES (%s, %s, %s)",
            [alice.pk, hashlib.sha256(key.encode()).hexdigest(), created],
        )
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    token = ApiToken.objects.get(user=alice)
    assert (token.name, token.created, token.last_used) == ("Token", created, None)
    assert works(key)
    assert ApiToken.objects.get(user=alice).last_used is not None


def test_the_admin_lists_tokens_and_deleting_one_revokes_it_alone(client, alice):
    root = get_user_model().objects.create_superuser("root", password="root-password-77")
    client.force_login(root)
    gone, kept = ApiToken.issue(alice, "Gone"), ApiToken.issue(alice, "Kept")
    works(kept)
    page = client.get("/admin/accounts/apitoken/").content.decode()
    assert "Gone" in page and "Kept" in page and "Last used" in page
    pk = ApiToken.objects.for_key(gone).pk
    response = client.post(f"/admin/accounts/apitoken/{pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not works(gone) and works(kept)


def test_a_name_taken_by_a_request_at_the_same_time_is_a_400_not_a_500(alice, monkeypatch):
    ApiToken.issue(alice, "Twin")
    monkeypatch.setattr(ApiToken, "name_is_taken", classmethod(lambda cls, user, name: False))
    response = APIClient().post(
        "/api/token/", {"username": "alice", "password": PASSWORD, "name": "Twin"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"name": ["You already have a token with this name."]}


def test_the_page_refuses_a_name_taken_at_the_same_time(signed_in, alice, monkeypatch):
    ApiToken.issue(alice, "Twin")
    monkeypatch.setattr(ApiToken, "name_is_taken", classmethod(lambda cls, user, name: False))
    response = signed_in.post("/accounts/token/", {"name": "Twin"})
    assert "You already have a token with this name." in response.content.decode()
    assert ApiToken.objects.filter(user=alice).count() == 1
