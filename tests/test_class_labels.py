"""The class's labels are added to every pupil's set, in order, and nothing is ever lost."""

import pytest

from classrooms.models import Classroom
from drawings.models import Label, Sample
from tests.helpers import horizontal_bar, vertical_bar


@pytest.fixture
def classroom(alice):
    classroom = Classroom.objects.create(name="Year 4", teacher=alice)
    classroom.set_labels(["🐱", "🙂", "🐶"])
    return classroom


def names(user):
    return list(Label.objects.filter(user=user).values_list("name", flat=True))


def drawings(user):
    return sorted(Sample.objects.filter(user=user).values_list("id", "label__name"))


def test_a_pupil_who_joins_gets_the_labels_they_lack_at_the_end(bob, classroom):
    Sample.add(bob, "🙂", vertical_bar())
    Sample.add(bob, "🚀", horizontal_bar())
    before = drawings(bob)
    classroom.add_pupil(bob)
    assert names(bob) == ["🙂", "🌈", "💎", "🚀", "🐱", "🐶"]
    assert drawings(bob) == before


def test_new_class_labels_reach_every_pupil_and_nothing_is_deleted(bob, make_user, classroom):
    carol = make_user("carol")
    for pupil in (bob, carol):
        classroom.add_pupil(pupil)
        Sample.add(pupil, "🐱", vertical_bar())
        Sample.add(pupil, "🐶", horizontal_bar())
    before = {pupil: drawings(pupil) for pupil in (bob, carol)}
    classroom.set_labels(["🐶", "🦊"])  # 🐱 and 🙂 leave the class's set, 🦊 comes in
    for pupil in (bob, carol):
        assert drawings(pupil) == before[pupil]
        assert names(pupil) == ["🙂", "🌈", "💎", "🐱", "🐶", "🦊"]


def test_labels_go_through_the_labels_one_door(bob, classroom, monkeypatch):
    added = []
    original = Label.get_or_add.__func__
    monkeypatch.setattr(
        Label, "get_or_add", classmethod(lambda cls, u, n: added.append(n) or original(cls, u, n))
    )
    classroom.add_pupil(bob)
    assert added == ["🐱", "🙂", "🐶"]


def test_the_teacher_sets_the_labels_on_the_class_page(client, alice, bob, classroom):
    classroom.add_pupil(bob)
    client.force_login(alice)
    response = client.post(f"/classes/{classroom.pk}/labels/", {"labels": "🦊\n\n 🐸 \n🦊\n"})
    assert response.status_code == 302
    classroom.refresh_from_db()
    assert classroom.labels == ["🦊", "🐸"]
    assert names(bob)[-2:] == ["🦊", "🐸"]


def test_a_bad_label_is_refused_with_its_reason(client, alice, bob, classroom):
    classroom.add_pupil(bob)
    client.force_login(alice)
    response = client.post(f"/classes/{classroom.pk}/labels/", {"labels": "🦊\n" + "x" * 40})
    assert response.status_code == 400
    assert "A label has at most 32 characters" in response.content.decode()
    classroom.refresh_from_db()
    assert classroom.labels == ["🐱", "🙂", "🐶"]
    assert "🦊" not in names(bob)


def test_labels_are_normalized_like_a_pupils_own(bob, classroom):
    Sample.add(bob, "café", vertical_bar())  # composed é
    classroom.set_labels(["cafe\u0301"])  # e + combining acute: the same word
    classroom.add_pupil(bob)
    assert names(bob).count("café") == 1
