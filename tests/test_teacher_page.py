"""The teacher's page: each pupil's drawings per class label, model and accuracy, help first;
and a pupil's gallery and model page, read-only, with private labels left out."""

from datetime import timedelta

import pytest
from django.utils import timezone

from classrooms.models import Classroom
from classrooms.summary import pupil_rows
from drawings import training
from drawings.models import Classifier, Sample, Split
from tests.helpers import horizontal_bar, vertical_bar

PRIVATE = "🐙"


@pytest.fixture
def classroom(alice):
    classroom = Classroom.objects.create(name="Year 4", teacher=alice)
    classroom.set_labels(["🙂", "🌈"])
    return classroom


@pytest.fixture
def pupils(classroom, make_user):
    """carol drew a lot and was trained; dave drew one 🙂, long ago, and a private 🐙."""
    carol, dave = make_user("carol"), make_user("dave")
    for pupil in (carol, dave):
        classroom.add_pupil(pupil)
    for column in range(10, 22):
        Sample.add(carol, "🙂", vertical_bar(column))
        Sample.add(carol, "🌈", horizontal_bar(column))
    training.fit_and_store(carol.pk)
    Sample.add(dave, "🙂", vertical_bar())
    Sample.objects.filter(user=dave).update(created_at=timezone.now() - timedelta(days=3))
    Sample.add(dave, PRIVATE, horizontal_bar())
    return carol, dave


@pytest.fixture
def teacher(client, alice):
    client.force_login(alice)
    return client


def test_who_needs_help_comes_first(classroom, pupils):
    carol, dave = pupils
    rows = pupil_rows(classroom)
    assert [row.pupil for row in rows] == [dave, carol]
    assert rows[0].counts == {"🙂": 1, "🌈": 0}
    assert rows[0].needs == ["🌈", "🙂"]
    assert rows[1].counts == {"🙂": 12, "🌈": 12}
    assert rows[1].model_version == 1
    assert rows[1].cv_accuracy == Classifier.objects.get(user=carol).cv_accuracy
    assert rows[1].needs == []


def test_last_drew_counts_only_what_the_teacher_may_see(classroom, pupils):
    _, dave = pupils
    row = next(row for row in pupil_rows(classroom) if row.pupil == dave)
    assert row.last_drew < timezone.now() - timedelta(days=2)  # not the private 🐙 just now
    assert row.other_samples is None


def test_a_pupil_who_shares_shows_their_other_drawings_count(classroom, pupils):
    _, dave = pupils
    dave.memberships.update(shares_other_labels=True)
    row = next(row for row in pupil_rows(classroom) if row.pupil == dave)
    assert row.other_samples == 1
    assert row.last_drew > timezone.now() - timedelta(minutes=1)


def test_test_drawings_are_not_counted_as_drawings_to_learn_from(classroom, pupils):
    _, dave = pupils
    dave.memberships.update(shares_other_labels=True)
    for label in ("🙂", "🌈", PRIVATE):
        Sample.add(dave, label, vertical_bar(3), split=Split.TEST)
    row = next(row for row in pupil_rows(classroom) if row.pupil == dave)
    assert row.counts == {"🙂": 1, "🌈": 0}
    assert row.other_samples == 1
    assert row.needs == ["🌈", "🙂"]
    assert row.last_drew > timezone.now() - timedelta(minutes=1)  # a test drawing is drawing


def test_the_page_shows_each_pupil_with_bars_and_sortable_columns(teacher, classroom, pupils):
    page = teacher.get(f"/classes/{classroom.pk}/").content.decode()
    assert page.index('data-pupil="dave"') < page.index('data-pupil="carol"')
    assert 'data-sort="12" class="count-cell" data-label="🙂"' in page
    assert 'data-permille="1000"' in page  # carol's 12 of 12, the largest count
    assert 'data-permille="83"' in page  # dave's 1 of 12
    assert "v1" in page
    assert "classrooms/sortable.js" in page and "classrooms/bars.js" in page
    assert "<script>" not in page and " style=" not in page  # nothing a CSP would block
    assert PRIVATE not in page


def test_the_teacher_sees_a_pupils_gallery_read_only(teacher, classroom, pupils):
    _, dave = pupils
    page = teacher.get(f"/classes/{classroom.pk}/pupils/{dave.pk}/gallery/").content.decode()
    assert "dave's drawings" in page
    assert page.count('class="sample__picture"') == 1
    assert PRIVATE not in page
    assert (
        "data-action" not in page
        and "gallery.js" not in page
        and "<form" not in page.split("</header>")[1]
    )


def test_the_gallery_shows_shared_labels_when_the_pupil_allows(teacher, classroom, pupils):
    _, dave = pupils
    dave.memberships.update(shares_other_labels=True)
    page = teacher.get(f"/classes/{classroom.pk}/pupils/{dave.pk}/gallery/").content.decode()
    assert page.count('class="sample__picture"') == 2
    assert PRIVATE in page


def test_the_teacher_sees_a_pupils_model_without_private_labels(teacher, classroom, pupils):
    carol, _ = pupils
    Sample.add(carol, PRIVATE, vertical_bar(3))
    Sample.add(carol, PRIVATE, vertical_bar(4))
    training.fit_and_store(carol.pk)
    assert PRIVATE in str(Classifier.objects.get(user=carol).report)
    response = teacher.get(f"/classes/{classroom.pk}/pupils/{carol.pk}/model/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "carol's model" in page and "Version 2" in page
    assert PRIVATE not in page
    assert "Retrain" not in page


def test_the_page_answers_in_a_fixed_number_of_queries(
    teacher, classroom, pupils, make_user, django_assert_max_num_queries
):
    for n in range(5):
        pupil = make_user(f"pupil{n}")
        classroom.add_pupil(pupil)
        Sample.add(pupil, "🙂", vertical_bar())
    with django_assert_max_num_queries(5):
        teacher.get(f"/classes/{classroom.pk}/")
