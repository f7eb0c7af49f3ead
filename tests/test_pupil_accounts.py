"""A teacher makes pupils' accounts for a class, prints their sign-in cards, and sets a new
password for those accounts only; the same in a real browser."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from classrooms.models import MAX_NEW_ACCOUNTS, Classroom, Membership
from classrooms.words import WORDS
from drawings.models import Label
from tests.helpers import PASSWORD, start_a_class

User = get_user_model()
PASSWORD_PATTERN = re.compile(r"^[a-z]{4,10}[0-9]{2}$")


@pytest.fixture
def year4(alice):
    classroom = Classroom.objects.create(name="Year 4", teacher=alice)
    classroom.set_labels(["🙂", "🐱"])
    return classroom


@pytest.fixture
def teacher(client, alice):
    client.force_login(alice)
    return client


def cards(response):
    """(username, password) of each card on a cards page."""
    page = response.content.decode()
    usernames = re.findall(r'data-field="username"[^>]*>([^<]+)<', page)
    passwords = re.findall(r'data-field="password"[^>]*>([^<]+)<', page)
    return list(zip(usernames, passwords, strict=True))


def signs_in(client, username, password):
    client.logout()
    answer = client.post("/accounts/login/", {"username": username, "password": password})
    return answer.status_code == 302


def test_a_teacher_makes_accounts_from_names_and_gets_their_cards(teacher, year4, alice):
    response = teacher.post(f"/classes/{year4.pk}/accounts/", {"names": "Zoé\n\n李\n  Ben  "})
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    made = cards(response)
    assert [username.rsplit("-", 1)[0] for username, _ in made] == ["zoe", "pupil", "ben"]
    assert all(re.fullmatch(r"[a-z]+-[0-9]{3}", username) for username, _ in made)
    assert all(PASSWORD_PATTERN.match(password) for _, password in made)
    assert "Year 4 · Zoé" in response.content.decode()
    for username, _ in made:
        user = User.objects.get(username=username)
        assert user.email == ""
        assert Membership.objects.get(classroom=year4, pupil=user).managed
        assert {"🙂", "🐱"} <= set(Label.objects.filter(user=user).values_list("name", flat=True))
    for username, password in made:
        assert signs_in(teacher, username, password)


def test_passwords_are_two_listed_words_and_two_digits(api_for, alice, year4):
    made = api_for(alice).post(f"/api/classes/{year4.pk}/accounts/", {"count": 12}, format="json")
    for card in made.json():
        words, digits = card["password"][:-2], card["password"][-2:]
        assert digits.isdigit()
        assert any(words == a + b for a in WORDS for b in WORDS if words.startswith(a))


def test_the_api_makes_a_number_of_accounts(api_for, alice, year4):
    response = api_for(alice).post(
        f"/api/classes/{year4.pk}/accounts/", {"count": 3}, format="json"
    )
    assert response.status_code == 201
    made = response.json()
    assert [sorted(card) for card in made] == [["id", "name", "password", "username"]] * 3
    assert {card["id"] for card in made} == set(
        year4.memberships.filter(managed=True).values_list("pupil", flat=True)
    )
    pupils = api_for(alice).get(f"/api/classes/{year4.pk}/pupils/").json()
    assert [pupil["managed"] for pupil in pupils] == [True] * 3


@pytest.mark.parametrize(
    "body, problem",
    [
        ({}, "Give either the pupils' names or a number of accounts."),
        ({"names": ["Ada"], "count": 2}, "Give either the pupils' names or a number of accounts."),
        ({"count": MAX_NEW_ACCOUNTS + 1}, f"less than or equal to {MAX_NEW_ACCOUNTS}"),
        ({"count": 0}, "greater than or equal to 1"),
        ({"names": []}, "at least 1 elements"),
        ({"names": ["x" * 31]}, "no more than 30 characters"),
        ({"names": ["   "]}, "may not be blank"),
        ({"names": ["Ada"], "teacher": "bob"}, "Not a field of this request."),
    ],
)
def test_a_request_for_accounts_that_is_not_valid_is_a_400_naming_it(
    api_for, alice, year4, body, problem
):
    response = api_for(alice).post(f"/api/classes/{year4.pk}/accounts/", body, format="json")
    assert response.status_code == 400
    assert problem in str(response.json())
    assert not year4.memberships.exists()


def test_the_page_says_what_is_wrong_with_the_form(teacher, year4):
    response = teacher.post(f"/classes/{year4.pk}/accounts/", {"names": "Ada", "count": "2"})
    assert response.status_code == 400
    assert (
        "Give either the pupils&#x27; names or a number of accounts." in response.content.decode()
    )
    response = teacher.post(f"/classes/{year4.pk}/accounts/", {"count": str(MAX_NEW_ACCOUNTS + 1)})
    assert response.status_code == 400
    assert not year4.memberships.exists()


def test_a_new_password_replaces_the_old_and_lifts_a_lockout(teacher, client, year4, alice):
    (username, old), *_ = cards(teacher.post(f"/classes/{year4.pk}/accounts/", {"count": "2"}))
    pupil = User.objects.get(username=username)
    client.logout()
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": username, "password": f"guess-{attempt}"})
    assert not signs_in(client, username, old)  # locked out
    client.force_login(alice)
    response = client.post(f"/classes/{year4.pk}/pupils/{pupil.pk}/password/")
    assert response.status_code == 200
    [(same_username, new)] = cards(response)
    assert same_username == username and new != old
    assert not signs_in(client, username, old)
    assert signs_in(client, username, new)


def test_the_api_sets_a_new_password(api_for, alice, year4):
    teacher = api_for(alice)
    [made] = teacher.post(
        f"/api/classes/{year4.pk}/accounts/", {"names": ["Ada"]}, format="json"
    ).json()
    response = teacher.post(f"/api/classes/{year4.pk}/pupils/{made['id']}/password/")
    assert response.status_code == 200
    card = response.json()
    assert card["username"] == made["username"] and card["password"] != made["password"]
    assert User.objects.get(pk=made["id"]).check_password(card["password"])


def test_a_new_password_ends_the_pupils_sessions(client, api_for, alice, year4):
    [made] = year4.make_accounts(["Ada"])
    assert signs_in(client, made.user.username, made.password)
    assert client.get("/").status_code == 200
    api_for(alice).post(f"/api/classes/{year4.pk}/pupils/{made.user.pk}/password/")
    assert client.get("/").status_code == 302  # to the sign-in page


def test_never_for_an_account_the_pupil_brought(teacher, api_for, alice, bob, year4):
    year4.add_pupil(bob)
    before = User.objects.get(pk=bob.pk).password
    response = teacher.post(f"/classes/{year4.pk}/pupils/{bob.pk}/password/", follow=True)
    assert "bob made this account and brought it to the class" in response.content.decode()
    answer = api_for(alice).post(f"/api/classes/{year4.pk}/pupils/{bob.pk}/password/")
    assert answer.status_code == 403
    assert "only they can change its password" in str(answer.json())
    assert User.objects.get(pk=bob.pk).password == before
    assert signs_in(teacher, "bob", PASSWORD)


def test_only_managed_pupils_get_the_button(teacher, year4, bob):
    year4.add_pupil(bob)
    [made] = year4.make_accounts(["Ada"])
    page = teacher.get(f"/classes/{year4.pk}/").content.decode()
    assert f"Set a new password for {made.user.username}" in page
    assert "Set a new password for bob" not in page


def test_a_removed_pupil_or_a_deleted_class_leaves_an_ordinary_account(api_for, alice, year4):
    """The account keeps its drawings and password; no teacher sets its password any more."""
    teacher = api_for(alice)
    first, second = year4.make_accounts(["Ada", "Ben"])
    assert teacher.delete(f"/api/classes/{year4.pk}/pupils/{first.user.pk}/").status_code == 204
    reset = teacher.post(f"/api/classes/{year4.pk}/pupils/{first.user.pk}/password/")
    assert reset.status_code == 404
    year4.add_pupil(first.user)  # back by its code: now an account it brings
    reset = teacher.post(f"/api/classes/{year4.pk}/pupils/{first.user.pk}/password/")
    assert reset.status_code == 403
    assert teacher.delete(f"/api/classes/{year4.pk}/").status_code == 204
    for card in (first, second):
        assert User.objects.get(pk=card.user.pk).check_password(card.password)


# In Chromium (Playwright), each test marked browser: a teacher makes a class's accounts,
# prints the cards, a pupil signs in with one, and the teacher sets that pupil a new password.


def card_of(page, name):
    """(username, password) on the card of the pupil called `name`."""
    card = page.locator(".sign-in-card", has_text=f"· {name}")
    return (
        card.locator('[data-field="username"]').inner_text(),
        card.locator('[data-field="password"]').inner_text(),
    )


def sign_in(page, base_url, username, password):
    page.goto(base_url + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Log in").click()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_teacher_makes_accounts_prints_cards_and_sets_a_new_password(live_server, new_page):
    from playwright.sync_api import expect

    teacher = new_page()
    start_a_class(teacher, live_server.url, "ms-rivera", "Year 4")
    teacher.get_by_role("textbox", name="Pupils' names").fill("Ada\nBen")
    teacher.get_by_role("button", name="Make accounts and cards").click()
    expect(teacher.get_by_role("heading", level=1)).to_have_text("Sign-in cards for Year 4")
    expect(teacher.locator(".sign-in-card")).to_have_count(2)
    username, password = card_of(teacher, "Ada")
    # Printed, the page is the cards alone.
    teacher.emulate_media(media="print")
    expect(teacher.locator(".site-header")).to_be_hidden()
    expect(teacher.get_by_text("Print this page now")).to_be_hidden()
    expect(teacher.locator(".sign-in-card").first).to_be_visible()
    teacher.emulate_media(media="screen")

    pupil = new_page()
    sign_in(pupil, live_server.url, username, password)
    expect(pupil.get_by_role("heading", name="Current Guess")).to_be_visible()

    teacher.get_by_role("link", name="Back to the class").click()
    expect(teacher.locator(f'tr[data-pupil="{username}"]')).to_have_count(1)
    teacher.get_by_role("button", name=f"Set a new password for {username}").click()
    expect(teacher.locator(".sign-in-card")).to_have_count(1)
    same, new = card_of(teacher, "Ada")
    assert same == username and new != password

    pupil.reload()  # the old password's session has ended
    expect(pupil.get_by_role("button", name="Log in")).to_be_visible()
    sign_in(pupil, live_server.url, username, password)
    expect(pupil.locator(".errorlist, .form-errors").first).to_be_visible()
    sign_in(pupil, live_server.url, username, new)
    expect(pupil.get_by_role("heading", name="Current Guess")).to_be_visible()
