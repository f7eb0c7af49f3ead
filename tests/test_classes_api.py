"""The classes API: classes, joining, membership, class labels and the pupils' summary."""

import pytest

from classrooms.models import Classroom, Membership
from drawings.models import Label, Sample
from tests.helpers import vertical_bar


@pytest.fixture
def pupil_api(api_for, bob):
    return api_for(bob)


@pytest.fixture
def classroom(api):
    response = api.post("/api/classes/", {"name": "Year 4", "labels": ["🐱", "🙂"]}, format="json")
    assert response.status_code == 201
    return response.json()


def test_a_teacher_creates_a_class(api, alice, classroom):
    assert classroom["teacher"] == "alice"
    assert classroom["role"] == "teacher"
    assert classroom["labels"] == ["🐱", "🙂"]
    assert len(classroom["join_code"]) == 8
    assert classroom["join_url"].endswith(f"/classes/join/{classroom['join_code']}/")
    assert api.get("/api/classes/").json() == [classroom]


def test_a_pupil_joins_with_the_code(pupil_api, bob, classroom):
    response = pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]})
    assert response.status_code == 201
    assert response.json()["classroom"] == classroom["id"]
    assert response.json()["shares_other_labels"] is False
    seen = pupil_api.get(f"/api/classes/{classroom['id']}/").json()
    assert seen["role"] == "pupil"
    assert seen["join_code"] is None and seen["join_url"] is None
    assert list(Label.objects.filter(user=bob).values_list("name", flat=True))[-1] == "🐱"


def test_a_wrong_code_names_the_problem(pupil_api, classroom):
    response = pupil_api.post("/api/classes/join/", {"code": "zzzz-zzzz"})
    assert response.status_code == 404
    assert "No class has the join code “ZZZZZZZZ”" in response.json()["code"][0]


def test_a_renewed_code_no_longer_works(api, pupil_api, classroom):
    old = classroom["join_code"]
    renewed = api.post(f"/api/classes/{classroom['id']}/join-code/").json()
    assert renewed["join_code"] != old
    assert pupil_api.post("/api/classes/join/", {"code": old}).status_code == 404
    assert pupil_api.post("/api/classes/join/", {"code": renewed["join_code"]}).status_code == 201


def test_joining_turned_off(api, pupil_api, classroom):
    assert api.delete(f"/api/classes/{classroom['id']}/join-code/").status_code == 204
    assert api.get(f"/api/classes/{classroom['id']}/").json()["join_code"] is None
    assert pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]}).status_code == 404


def test_the_teacher_changes_the_labels_and_pupils_get_them(api, pupil_api, bob, classroom):
    pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]})
    Sample.add(bob, "🐱", vertical_bar())
    url = f"/api/classes/{classroom['id']}/"
    response = api.patch(url, {"labels": ["🦊"]}, format="json")
    assert response.status_code == 200
    assert response.json()["labels"] == ["🦊"]
    assert set(Label.objects.filter(user=bob).values_list("name", flat=True)) >= {"🐱", "🦊"}
    assert Sample.objects.filter(user=bob, label__name="🐱").count() == 1


def test_bad_labels_are_refused_by_name(api, classroom):
    url = f"/api/classes/{classroom['id']}/"
    response = api.patch(url, {"labels": ["🦊", ""]}, format="json")
    assert response.status_code == 400
    assert response.json() == {"labels": {"1": ["A label can't be empty."]}}
    response = api.patch(url, {"labels": "🦊"}, format="json")
    assert response.status_code == 400
    assert "labels" in response.json()


def test_a_pupil_can_not_change_the_class(pupil_api, classroom):
    pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]})
    response = pupil_api.patch(f"/api/classes/{classroom['id']}/", {"name": "Ours"})
    assert response.status_code == 403
    assert response.json()["detail"] == "Only the class's teacher can do this."
    assert pupil_api.get(f"/api/classes/{classroom['id']}/pupils/").status_code == 403
    assert Classroom.objects.get().name == "Year 4"


def test_the_summary_lists_pupils_who_need_help_first(api, pupil_api, bob, classroom):
    pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]})
    pupil_api.post("/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json")
    rows = api.get(f"/api/classes/{classroom['id']}/pupils/").json()
    assert len(rows) == 1
    row = rows[0]
    assert row["pupil"] == {"id": bob.pk, "username": "bob"}
    assert row["samples"] == {"🐱": 0, "🙂": 1}
    assert row["model_version"] == 1
    assert row["needs"] == ["🐱", "🙂"]
    assert row["last_drew"] is not None


def test_a_pupil_shares_and_leaves(pupil_api, bob, classroom):
    pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]})
    url = f"/api/classes/{classroom['id']}/membership/"
    response = pupil_api.patch(url, {"shares_other_labels": True}, format="json")
    assert response.json()["shares_other_labels"] is True
    assert pupil_api.get(url).json()["shares_other_labels"] is True
    assert pupil_api.delete(url).status_code == 204
    assert not Membership.objects.exists()
    assert pupil_api.get(f"/api/classes/{classroom['id']}/").status_code == 404


def test_the_teacher_removes_a_pupil(api, pupil_api, bob, classroom):
    pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]})
    response = api.delete(f"/api/classes/{classroom['id']}/pupils/{bob.pk}/")
    assert response.status_code == 204
    assert not Membership.objects.exists()
    assert api.delete(f"/api/classes/{classroom['id']}/pupils/{bob.pk}/").status_code == 404


def test_joining_is_rate_limited(pupil_api, settings, classroom):
    for _ in range(20):
        pupil_api.post("/api/classes/join/", {"code": "WRONGCDE"})
    response = pupil_api.post("/api/classes/join/", {"code": classroom["join_code"]})
    assert response.status_code == 429


def test_the_schema_describes_the_classes_api(api):
    schema = api.get("/api/schema/", {"format": "json"}).json()
    for path in (
        "/api/classes/",
        "/api/classes/join/",
        "/api/classes/{id}/",
        "/api/classes/{id}/join-code/",
        "/api/classes/{id}/pupils/",
        "/api/classes/{id}/pupils/{pupil_id}/",
        "/api/classes/{id}/membership/",
        "/api/classes/{id}/export/",
    ):
        assert path in schema["paths"], path
    summary = schema["components"]["schemas"]["PupilSummary"]["properties"]
    assert {"samples", "model_version", "cv_accuracy", "last_drew", "needs"} <= set(summary)
