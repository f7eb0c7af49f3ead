import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

PASSWORD = "draw-a-rainbow-42"


def test_signing_up_creates_the_account_and_signs_in(client, db):
    response = client.post(
        "/accounts/signup/",
        {"username": "carol", "email": "", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302 and response.url == "/"
    carol = get_user_model().objects.get(username="carol")
    assert [label.name for label in carol.labels.all()] == ["🙂", "🌈", "💎"]
    assert client.get("/").status_code == 200


def test_sign_up_applies_the_password_validators(client, db):
    response = client.post(
        "/accounts/signup/", {"username": "carol", "password1": "123", "password2": "123"}
    )
    assert response.status_code == 200
    assert "too short" in response.content.decode()
    assert not get_user_model().objects.filter(username="carol").exists()


@pytest.mark.parametrize("path", ["/", "/accounts/password_change/"])
def test_pages_need_a_signed_in_user(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


def test_log_in_and_out(client, alice):
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302 and response.url == "/"
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/").status_code == 302


def test_change_password(client, alice):
    client.force_login(alice)
    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": PASSWORD,
            "new_password1": "a-new-rainbow-77",
            "new_password2": "a-new-rainbow-77",
        },
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("a-new-rainbow-77")


def test_reset_password_by_email(client, alice):
    alice.email = "alice@example.com"
    alice.save()
    client.post("/accounts/password_reset/", {"email": "alice@example.com"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    form_url = client.get(link).url
    response = client.post(
        form_url, {"new_password1": "a-new-rainbow-77", "new_password2": "a-new-rainbow-77"}
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("a-new-rainbow-77")
