"""Classes, members and join codes in the admin, under the admin's usual permissions."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from classrooms.models import Classroom, Membership
from drawings.models import Label


@pytest.fixture
def classroom(alice, bob):
    classroom = Classroom.objects.create(name="Year 4", teacher=alice)
    classroom.set_labels(["🐱"])
    classroom.add_pupil(bob)
    return classroom


def staff_with(*codenames):
    clerk = get_user_model().objects.create_user("clerk", password="x-clerk-pw-9", is_staff=True)
    clerk.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return clerk


@pytest.fixture
def root(client, db):
    client.force_login(get_user_model().objects.create_superuser("root", password="root-pw-77"))
    return client


def test_the_changelists_and_forms_render(root, classroom):
    page = root.get("/admin/classrooms/classroom/").content.decode()
    assert "Year 4" in page and classroom.join_code in page
    assert root.get(f"/admin/classrooms/classroom/{classroom.pk}/change/").status_code == 200
    assert "bob" in root.get("/admin/classrooms/membership/").content.decode()


def test_renewing_join_codes_from_the_admin(root, classroom):
    old = classroom.join_code
    root.post(
        "/admin/classrooms/classroom/",
        {"action": "renew_join_codes", "_selected_action": [classroom.pk]},
    )
    classroom.refresh_from_db()
    assert classroom.join_code and classroom.join_code != old


def test_turning_joining_off_from_the_admin(root, classroom):
    root.post(
        "/admin/classrooms/classroom/",
        {"action": "turn_off_joining", "_selected_action": [classroom.pk]},
    )
    classroom.refresh_from_db()
    assert classroom.join_code is None


def test_a_member_added_in_the_admin_gets_the_class_labels(root, classroom, make_user):
    carol = make_user("carol")
    response = root.post(
        "/admin/classrooms/membership/add/",
        {"classroom": classroom.pk, "pupil": carol.pk, "joined_at_0": "2026-12-02"},
    )
    assert response.status_code == 302
    assert Membership.objects.filter(pupil=carol).exists()
    assert Label.objects.filter(user=carol, name="🐱").exists()


def test_staff_who_may_only_view_can_not_renew(client, classroom):
    client.force_login(staff_with("view_classroom"))
    assert client.get("/admin/classrooms/classroom/").status_code == 200
    old = classroom.join_code
    response = client.post(
        "/admin/classrooms/classroom/",
        {"action": "renew_join_codes", "_selected_action": [classroom.pk]},
    )
    assert response.status_code in (200, 302)
    classroom.refresh_from_db()
    assert classroom.join_code == old
    assert client.get("/admin/classrooms/membership/").status_code == 403


def test_a_teacher_without_staff_rights_is_kept_out(client, alice, classroom):
    client.force_login(alice)
    response = client.get("/admin/classrooms/classroom/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
