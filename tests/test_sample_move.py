from drawings.models import Classifier, Label, Sample


def move(api, sample, label):
    return api.patch(f"/api/samples/{sample.pk}/", {"label": label}, format="json")


def test_it_moves_a_sample_to_another_label_and_retrains(trained, alice):
    sample = Sample.objects.filter(user=alice, label__name="🙂").first()
    response = move(trained, sample, "🌈")
    assert response.status_code == 200
    body = response.json()
    assert body["sample"]["label"] == "🌈"
    assert body["samples"] == {"🙂": 1, "🌈": 3, "💎": 0}
    assert body["model"]["counts"] == {"🙂": 1, "🌈": 3}
    assert not body["model"]["stale"]


def test_moving_to_a_new_label_adds_it(trained, alice):
    sample = Sample.objects.filter(user=alice).first()
    assert move(trained, sample, "🐱").json()["sample"]["label"] == "🐱"
    assert Label.objects.filter(user=alice).last().name == "🐱"


def test_a_bad_label_is_refused_with_the_reason(trained, alice):
    sample = Sample.objects.filter(user=alice).first()
    response = move(trained, sample, "")
    assert response.status_code == 400
    assert response.json() == {"label": ["A label can't be empty."]}


def test_another_users_sample_is_not_found(trained, alice, bob, api_for):
    sample = Sample.objects.filter(user=alice, label__name="🙂").first()
    assert move(api_for(bob), sample, "🌈").status_code == 404
    sample.refresh_from_db()
    assert sample.label.name == "🙂"
    assert not Label.objects.filter(user=bob, name="🌈", samples__isnull=False).exists()


def test_relabelling_marks_every_owners_classifier_stale(trained, alice, bob, api_for):
    api_for(bob).post("/api/train/", {"label": "💎", "features": [[0] * 28] * 28}, format="json")
    Sample.objects.all().move(label="🐱")
    for user in (alice, bob):
        assert Classifier.objects.get(user=user).stale
        assert set(Sample.objects.filter(user=user).values_list("label__user", flat=True)) == {
            user.pk
        }
