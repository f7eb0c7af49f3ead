"""No one but the owner can read, change, delete, retrain or predict with a user's data."""

import pytest
from django.contrib.auth import get_user_model

from classrooms.models import Classroom
from drawings.models import Sample
from tests.endpoints import (
    ADMIN,
    ALL,
    API,
    CLASS_API,
    CLASSES,
    SECRET_LABEL,
    class_objects,
    class_snapshot,
    owned_by,
    send,
    snapshot,
    text,
)
from tests.helpers import vertical_bar

MISSING_ID = 10**9


@pytest.fixture
def alices(alice):
    return owned_by(alice)


def carries_the_secret(endpoint, objects):
    return SECRET_LABEL in endpoint.url(objects) + str(endpoint.data(objects))


@pytest.mark.parametrize("endpoint", ALL, ids=str)
def test_another_user_can_not_reach_the_owners_data(client, alice, bob, alices, endpoint):
    before = snapshot(alice)
    client.force_login(bob)
    response = send(client, endpoint, alices)
    assert response.status_code < 500
    assert snapshot(alice) == before
    if not carries_the_secret(endpoint, alices):
        assert SECRET_LABEL not in text(response)


@pytest.mark.parametrize("endpoint", [e for e in API if e.by_id], ids=str)
def test_the_owners_ids_look_exactly_like_missing_ones(client, bob, alices, endpoint):
    client.force_login(bob)
    theirs = send(client, endpoint, alices)
    missing = send(
        client, endpoint, {**alices, "sample": MISSING_ID, "label": MISSING_ID, "token": MISSING_ID}
    )
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()
    assert theirs.json()["detail"].endswith("matches the given query.")


@pytest.mark.parametrize("endpoint", ADMIN, ids=str)
def test_a_user_who_is_not_staff_is_sent_to_the_admin_login(client, bob, alices, endpoint):
    client.force_login(bob)
    response = send(client, endpoint, alices)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


@pytest.mark.parametrize("endpoint", ADMIN, ids=str)
def test_staff_without_permissions_see_nothing_in_the_admin(client, alice, alices, endpoint):
    before = snapshot(alice)
    clerk = get_user_model().objects.create_user("clerk", password="x-clerk-pw-9", is_staff=True)
    client.force_login(clerk)
    response = send(client, endpoint, alices)
    assert response.status_code == (200 if endpoint.path == "/admin/" else 403)
    assert SECRET_LABEL not in text(response)
    assert snapshot(alice) == before


@pytest.mark.parametrize("endpoint", ALL, ids=str)
def test_without_signing_in_nothing_is_read_or_changed(client, alice, alices, endpoint):
    before = snapshot(alice)
    response = send(client, endpoint, alices)
    assert response.status_code in (302, 401)
    assert SECRET_LABEL not in text(response)
    assert snapshot(alice) == before


def test_filtering_by_the_owners_label_finds_nothing(api_for, bob, alices):
    body = api_for(bob).get("/api/samples/", {"label": SECRET_LABEL}).json()
    assert body["count"] == 0


def test_another_users_guess_only_uses_their_own_labels(api_for, bob, alices):
    api = api_for(bob)
    api.post("/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json")
    guess = api.post("/api/predict/", {"features": vertical_bar()}, format="json").json()
    assert [score["label"] for score in guess["scores"]] == ["🙂"]


def test_another_users_explanation_only_shows_their_own_drawings(api_for, bob, alices):
    api = api_for(bob)
    api.post("/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json")
    body = {"features": vertical_bar(), "explain": True}
    guess = api.post("/api/predict/", body, format="json").json()
    bobs = set(Sample.objects.filter(user=bob).values_list("pk", flat=True))
    assert guess["alike"] and {drawing["id"] for drawing in guess["alike"]} <= bobs


# --- Classes: every page and endpoint of a class, tried by everyone but its teacher -----------

PUPIL_NAME = "carol-the-pupil"


@pytest.fixture
def a_class(alice, make_user):
    """alice teaches a class; its pupil has drawn a class label and, privately, the secret one."""
    classroom = Classroom.objects.create(name="Year 4", teacher=alice)
    classroom.set_labels(["🙂", "🌈"])
    pupil = make_user(PUPIL_NAME)
    return classroom, pupil, class_objects(classroom, pupil)


@pytest.fixture
def pupil_of_another_class(bob, make_user):
    other = Classroom.objects.create(name="Year 5", teacher=bob)
    frank = make_user("frank")
    other.add_pupil(frank)
    return frank


@pytest.fixture
def classmate(a_class, make_user):
    dave = make_user("dave")
    a_class[0].add_pupil(dave)
    return dave


INTRUDERS = ["pupil of another class", "another teacher", "nobody", "a pupil of the same class"]


@pytest.fixture
def intruder(request, bob, pupil_of_another_class, classmate):
    return {
        "pupil of another class": pupil_of_another_class,
        "another teacher": bob,
        "nobody": None,
        "a pupil of the same class": classmate,
    }[request.param]


@pytest.mark.slow  # every class endpoint × every intruder: over 200 cases
@pytest.mark.parametrize("intruder", INTRUDERS, indirect=True)
@pytest.mark.parametrize("endpoint", CLASSES, ids=str)
def test_only_the_teacher_reaches_a_class_and_its_pupils(client, a_class, intruder, endpoint):
    classroom, pupil, objects = a_class
    before = class_snapshot(classroom, pupil)
    if intruder is not None:
        client.force_login(intruder)
    response = send(client, endpoint, objects)
    assert response.status_code < 500
    assert class_snapshot(classroom, pupil) == before
    assert PUPIL_NAME not in text(response)
    assert SECRET_LABEL not in text(response) or carries_the_secret(endpoint, objects)
    if intruder is None:
        assert response.status_code in (302, 401)
        if response.status_code == 302:
            assert response.url.startswith("/accounts/login/")
    elif intruder.username in ("frank", "bob") and endpoint.by_id:
        assert response.status_code == 404


@pytest.mark.parametrize("endpoint", [e for e in CLASS_API if e.by_id], ids=str)
def test_a_class_of_someone_else_looks_exactly_like_a_missing_one(client, bob, a_class, endpoint):
    _, _, objects = a_class
    client.force_login(bob)
    theirs = send(client, endpoint, objects)
    missing = send(client, endpoint, {**objects, "classroom": MISSING_ID})
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()


@pytest.mark.parametrize("endpoint", [e for e in CLASSES if not e.writes], ids=str)
def test_the_teacher_never_sees_a_pupils_private_labels(client, alice, a_class, endpoint):
    _, _, objects = a_class
    client.force_login(alice)
    response = send(client, endpoint, objects)
    assert SECRET_LABEL not in text(response)
    if "membership" not in endpoint.path:  # the teacher has none
        assert response.status_code == 200


# --- Managed accounts: a teacher sets passwords only of the accounts they made for their class


@pytest.fixture
def managed(a_class, bob):
    """alice's class has an account she made (ada) and one its pupil brought; bob teaches
    another class, with an account he made (ben)."""
    classroom, brought, _ = a_class
    [ada] = classroom.make_accounts(["Ada"])
    bobs_class = Classroom.objects.create(name="Year 5", teacher=bob)
    [ben] = bobs_class.make_accounts(["Ben"])
    return {
        "alice": classroom.teacher,
        "ada": ada.user,
        "brought": brought,
        "ben": ben.user,
        "her class": classroom.pk,
        "his class": bobs_class.pk,
    }


# (who asks, the class in the path, whose password)
RESETS = {
    "a teacher, for another class's pupil": ("alice", "her class", "ben"),
    "a teacher, for a pupil of a class she doesn't teach": ("alice", "his class", "ben"),
    "a teacher, for an account the pupil brought": ("alice", "her class", "brought"),
    "a pupil, for a classmate": ("ada", "her class", "brought"),
    "a pupil, for herself": ("ada", "her class", "ada"),
    "a pupil, for a pupil of another class": ("ada", "his class", "ben"),
}


@pytest.mark.parametrize("where", ["page", "api"])
@pytest.mark.parametrize("case", RESETS, ids=str)
def test_a_password_is_set_only_by_the_teacher_of_an_account_made_for_the_class(
    client, managed, case, where
):
    asker, classroom, whose = (managed[name] for name in RESETS[case])
    passwords = {user.pk: user.password for user in get_user_model().objects.all()}
    client.force_login(asker)
    prefix = "/api" if where == "api" else ""
    path = f"{prefix}/classes/{classroom}/pupils/{whose.pk}/password/"
    response = client.post(path, content_type="application/json")
    assert {user.pk: user.password for user in get_user_model().objects.all()} == passwords
    if case == "a teacher, for an account the pupil brought":
        assert response.status_code == (403 if where == "api" else 302)
    elif asker == managed["ada"] and classroom == managed["her class"] and where == "api":
        assert response.status_code == 403  # a pupil of the class: the teacher's action
    else:
        assert response.status_code == 404
    assert "password" not in (response.json() if where == "api" else {})
