import numpy as np

from drawings.models import Sample
from tests.helpers import vertical_bar


def test_it_lists_the_users_samples_newest_first(trained, bob, api_for):
    api_for(bob).post("/api/train/", {"label": "🙂", "features": vertical_bar()}, format="json")
    body = trained.get("/api/samples/").json()
    assert body["count"] == 4
    assert [sample["label"] for sample in body["results"]] == ["🌈", "🌈", "🙂", "🙂"]


def test_it_filters_by_label(trained):
    body = trained.get("/api/samples/", {"label": "🙂"}).json()
    assert [sample["label"] for sample in body["results"]] == ["🙂", "🙂"]


def test_it_paginates(api, alice):
    Sample.objects.bulk_create(
        Sample(user=alice, label=alice.labels.first(), features=np.zeros((28, 28)))
        for _ in range(60)
    )
    first = api.get("/api/samples/").json()
    assert (first["count"], len(first["results"])) == (60, 50)
    assert len(api.get(first["next"]).json()["results"]) == 10


def test_a_sample_comes_back_exactly_as_the_teaching_app_wrote_it(api, smiley):
    sample_id = api.post("/api/train/", smiley, format="json").json()["sample"]["id"]
    body = api.get(f"/api/samples/{sample_id}/").json()
    assert body["label"] == smiley["label"]
    assert body["features"] == smiley["features"]


def test_it_deletes_one_sample(trained, alice):
    sample = Sample.objects.filter(user=alice).first()
    assert trained.delete(f"/api/samples/{sample.pk}/").status_code == 204
    assert Sample.objects.filter(user=alice).count() == 3
    assert trained.get("/api/model/").json()["n_samples"] == 3


def test_another_users_sample_is_not_found(trained, alice, bob, api_for):
    sample = Sample.objects.filter(user=alice).first()
    as_bob = api_for(bob)
    for response in (
        as_bob.get(f"/api/samples/{sample.pk}/"),
        as_bob.delete(f"/api/samples/{sample.pk}/"),
    ):
        assert response.status_code == 404
        assert "features" not in response.json()
    assert Sample.objects.filter(pk=sample.pk).exists()
