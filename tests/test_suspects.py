"""Drawings that teach the classifier the wrong thing: listed at retrain, fixed in one click."""

import numpy as np
import pytest

from drawings import training
from drawings.ml import pipelines, suspects
from drawings.models import Classifier, Sample
from tests.helpers import diagonal, horizontal_bar, vertical_bar

# The i-th drawing of each shape.
SHAPES = {
    "|": lambda i: vertical_bar(6 + 3 * i),
    "-": lambda i: horizontal_bar(6 + 3 * i),
    "\\": lambda i: diagonal(1 + 2 * i),
}


def shapes(per_label=6):
    drawings, labels = [], []
    for i in range(per_label):
        for label, draw in SHAPES.items():
            drawings.append(draw(i))
            labels.append(label)
    return drawings, labels


def test_the_flipped_drawings_head_the_list_of_disagreements():
    drawings, labels = shapes()
    flips = {0: "-", 4: "\\", 8: "|"}  # a bar, a bar and a diagonal under the wrong label
    for index, label in flips.items():
        labels[index] = label
    training = pipelines.train(drawings, labels, algorithm="svm")
    found = suspects.disagreements(labels, training.held_out, limit=5)
    assert {index for index, *_ in found[:3]} == set(flips)
    assert [own for _, _, own, _ in found] == sorted(own for _, _, own, _ in found)
    guessed = {index: guess for index, guess, *_ in found}
    assert guessed == {0: "|", 4: "-", 8: "\\"}


def test_a_set_without_mistakes_has_no_suspects():
    drawings, labels = shapes()
    training = pipelines.train(drawings, labels, algorithm="svm")
    assert suspects.disagreements(labels, training.held_out, 5) == []


def test_a_tree_is_cross_validated_for_its_held_out_scores():
    drawings, labels = shapes(per_label=3)
    fitted = pipelines.fit(drawings, labels, algorithm="tree")
    classes, scores, folds = pipelines.held_out_scores(fitted, drawings, labels)
    assert list(classes) == sorted(SHAPES) and folds == 3
    np.testing.assert_allclose(scores.sum(axis=1), 1)


@pytest.fixture
def mislabelled(trained, alice):
    """alice's bars, plus a third vertical bar labelled 🌈 by mistake."""
    for column in (10, 12, 16, 18):
        Sample.add(alice, "🙂", vertical_bar(column))
    for row in (10, 12, 16, 18):
        Sample.add(alice, "🌈", horizontal_bar(row))
    wrong = Sample.add(alice, "🌈", vertical_bar(15))
    training.fit_and_store(alice.pk)
    return wrong


def test_retrain_lists_the_mislabelled_drawing_in_the_report(trained, mislabelled):
    first = trained.get("/api/model/").json()["report"]["suspects"][0]
    assert first["sample"] == mislabelled.pk
    assert (first["label"], first["guess"]) == ("🌈", "🙂")
    assert first["label_score"] <= suspects.SUSPECT_SCORE < first["guess_score"]


@pytest.mark.parametrize("path", ["/model/", "/gallery/"])
def test_the_pages_offer_to_move_or_delete_it(client, alice, mislabelled, path):
    client.force_login(alice)
    html = client.get(path).content.decode()
    assert "Drawings that may teach it the wrong thing" in html
    assert f'<li class="suspect" data-sample-id="{mislabelled.pk}">' in html
    assert 'data-suspect-action="move" data-label="🙂">Move to 🙂</button>' in html
    assert f'href="/gallery/{mislabelled.pk}/"' in html


def test_once_fixed_it_is_no_longer_shown(client, trained, alice, mislabelled):
    trained.patch(f"/api/samples/{mislabelled.pk}/", {"label": "🙂"}, format="json")
    client.force_login(alice)
    assert 'class="suspect"' not in client.get("/model/").content.decode()


def test_another_users_samples_are_never_shown_as_suspects(client, alice, bob, mislabelled):
    report = Classifier.objects.get(user=alice).report
    Classifier.objects.filter(user=bob).update(report=report)
    client.force_login(bob)
    assert 'class="suspect"' not in client.get("/model/").content.decode()


def test_a_sample_opens_on_its_gallery_page(client, alice, mislabelled):
    client.force_login(alice)
    response = client.get(f"/gallery/{mislabelled.pk}/")
    label = mislabelled.label_id
    assert response.url == f"/gallery/?label={label}&page=1#sample-{mislabelled.pk}"
    assert f'id="sample-{mislabelled.pk}"' in client.get(response.url).content.decode()


def test_a_sample_deep_in_a_label_opens_on_the_right_page(client, alice, settings):
    from drawings import views

    samples = [Sample.add(alice, "🙂", vertical_bar(column % 20 + 4)) for column in range(5)]
    views.GALLERY_PAGE_SIZE, size = 2, views.GALLERY_PAGE_SIZE
    try:
        client.force_login(alice)
        # Newest first: the oldest of five is on page 3.
        assert "page=3#" in client.get(f"/gallery/{samples[0].pk}/").url
        assert "page=1#" in client.get(f"/gallery/{samples[4].pk}/").url
    finally:
        views.GALLERY_PAGE_SIZE = size


def test_another_users_sample_is_not_found_in_the_gallery(client, bob, mislabelled):
    client.force_login(bob)
    assert client.get(f"/gallery/{mislabelled.pk}/").status_code == 404
