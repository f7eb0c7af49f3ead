"""Deleting an account, from the page, the API or the admin, leaves nothing of the user behind."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.sessions.models import Session
from django.test import Client
from django_tasks_db.models import DBTaskResult
from rest_framework.test import APIClient

from accounts.models import ApiToken
from drawings import storage
from drawings.models import Classifier, Label, Sample
from drawings.pipeline_cache import loaded_pipelines
from tests.helpers import PASSWORD, horizontal_bar, vertical_bar

User = get_user_model()


def rows_of(user_id, username):
    """How many rows belong to the user, per model: every foreign key, one-to-one and
    many-to-many to users in any installed app, the sessions signed in as the user, sign-in
    records by username, and queued retrains of the user."""
    counts = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is User:
                key = f"{model._meta.label}.{field.name}"
                counts[key] = model._default_manager.filter(**{field.name: user_id}).count()
            if field.concrete and field.name == "username":
                key = f"{model._meta.label}.username"
                counts[key] = model._default_manager.filter(username=username).count()
    counts["sessions"] = sum(
        1
        for session in Session.objects.all()
        if session.get_decoded().get("_auth_user_id") == str(user_id)
    )
    counts["queued retrains"] = sum(
        1 for task in DBTaskResult.objects.all() if task.args_kwargs["args"] == [user_id]
    )
    return counts


def sign_in(username):
    """A client signed in through the sign-in form, as a person would (django-axes logs it)."""
    client = Client()
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def use_the_site(user, settings):
    """Everything a user leaves behind: drawings, labels, a model, a token, two signed-in
    sessions, sign-in records (a failed one too) and a queued retrain."""
    client = sign_in(user.username)
    for features, label in ((vertical_bar(), "🙂"), (horizontal_bar(), "🐙")):
        client.post(
            "/api/train/", {"label": label, "features": features}, content_type="application/json"
        )
    ApiToken.issue(user)
    sign_in(user.username)  # a second device
    Client().post("/accounts/login/", {"username": user.username, "password": "wrong"})
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    Classifier.objects.filter(user=user).update(retrain_queued_at=None)
    client.post("/api/train/", {"label": "🙂", "features": vertical_bar(12)}, "application/json")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return client


def staff_with(*codenames):
    clerk = User.objects.create_user("clerk", password="x-clerk-pw-9", is_staff=True)
    clerk.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(clerk)
    return client


def from_the_page(alice, alices_client):
    response = alices_client.post(
        "/accounts/delete/", {"password": PASSWORD, "username": "alice"}, follow=True
    )
    assert "Your account and everything in it are deleted." in response.content.decode()


def by_the_api(alice, alices_client):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.issue(alice)}")
    response = client.delete("/api/account/", {"password": PASSWORD}, format="json")
    assert response.status_code == 204


def from_the_admin(alice, alices_client):
    staff = staff_with("delete_user", "view_user")
    confirm = staff.get(f"/admin/auth/user/{alice.pk}/delete/").content.decode()
    assert "Samples: 3" in confirm
    response = staff.post(f"/admin/auth/user/{alice.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302


def by_an_admin_action(alice, alices_client):
    staff = staff_with("delete_user", "view_user")
    response = staff.post(
        "/admin/auth/user/",
        {"action": "delete_selected", "_selected_action": alice.pk, "post": "yes"},
    )
    assert response.status_code == 302


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "delete",
    [from_the_page, by_the_api, from_the_admin, by_an_admin_action],
    ids=lambda f: f.__name__,
)
def test_nothing_of_a_deleted_user_remains(alice, bob, settings, delete):
    use_the_site(bob, settings)
    # Second: a successful sign-in clears the failures of its IP address, whoever they were for.
    alices_client = use_the_site(alice, settings)
    storage.load(Classifier.objects.get(user=alice))  # into this process's cache
    before = rows_of(alice.pk, "alice")
    for kept in ("drawings.Label.user", "drawings.Sample.user", "drawings.Classifier.user",
                 "accounts.ApiToken.user", "auth.User.username", "axes.AccessLog.username",
                 "axes.AccessAttempt.username", "sessions", "queued retrains"):  # fmt: skip
        assert before[kept] > 0, kept
    bobs = rows_of(bob.pk, "bob")

    delete(alice, alices_client)

    assert {model: n for model, n in rows_of(alice.pk, "alice").items() if n} == {}
    assert rows_of(bob.pk, "bob") == bobs
    assert loaded_pipelines.get(alice.pk, Classifier.objects.get(user=bob).version) is None


def test_deleting_signs_out_every_session(client, alice):
    other = sign_in("alice")
    client.force_login(alice)
    client.post("/accounts/delete/", {"password": PASSWORD, "username": "alice"})
    for signed_out in (client, other):
        response = signed_out.get("/")
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")


@pytest.mark.parametrize(
    "password, username, error",
    [
        ("wrong", "alice", "That is not your password."),
        (PASSWORD, "Alice", "That is not your username"),
        (PASSWORD, "", "This field is required."),
    ],
)
def test_without_the_password_and_the_username_nothing_is_deleted(
    client, alice, password, username, error
):
    Sample.add(alice, "🙂", vertical_bar())
    client.force_login(alice)
    response = client.post("/accounts/delete/", {"password": password, "username": username})
    assert response.status_code == 200
    assert error in response.content.decode()
    assert User.objects.filter(pk=alice.pk).exists()
    assert Sample.objects.filter(user=alice).count() == 1
    assert Label.objects.filter(user=alice).count() == 3


def test_the_page_offers_the_samples_download_before_the_delete_button(client, alice):
    client.force_login(alice)
    page = client.get("/accounts/").content.decode()
    section = page[page.index('id="delete-heading"') :]
    assert section.index('href="/api/export/"') < section.index("Delete my account</button>")
    assert section.index('href="/accounts/download/"') < section.index("Delete my account</button>")


def test_the_api_needs_the_password(api, alice):
    for body, status in (({}, 400), ({"password": "wrong"}, 403)):
        response = api.delete("/api/account/", body, format="json")
        assert response.status_code == status
        assert "password" in response.json()
    assert User.objects.filter(pk=alice.pk).exists()


def test_the_api_deletes_with_a_session_too(client, alice):
    client.force_login(alice)
    response = client.delete(
        "/api/account/", {"password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 204
    assert not User.objects.filter(pk=alice.pk).exists()
    assert client.get("/api/account/").status_code in (401, 403)


def test_staff_without_the_delete_permission_can_not_delete_users(alice):
    staff = staff_with("view_user", "change_user")
    response = staff.post(f"/admin/auth/user/{alice.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert User.objects.filter(pk=alice.pk).exists()


def test_the_account_api_shows_what_the_account_holds(api, alice):
    Sample.add(alice, "🙂", vertical_bar())
    ApiToken.issue(alice)
    body = api.get("/api/account/").json()
    assert body["username"] == "alice"
    assert (body["samples"], body["labels"]) == (1, 3)
    assert body["token_created"] is not None
    assert AccessAttempt.objects.count() == AccessFailureLog.objects.count() == 0
    assert AccessLog.objects.count() == 0
