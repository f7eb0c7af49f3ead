from drawings.models import Label, Sample


def test_it_lists_the_labels_in_order_with_counts(trained):
    body = trained.get("/api/labels/").json()
    assert [(label["name"], label["count"]) for label in body] == [("🙂", 2), ("🌈", 2), ("💎", 0)]
    assert body[0]["spoken_name"] == "slightly smiling face"


def test_it_adds_a_label_at_the_end(api, alice):
    response = api.post("/api/labels/", {"name": "👍🏽"}, format="json")
    assert response.status_code == 201
    assert response.json()["name"] == "👍🏽"
    assert [label.name for label in alice.labels.all()][-1] == "👍🏽"


def test_a_duplicate_label_is_a_conflict(api):
    response = api.post("/api/labels/", {"name": "🙂"}, format="json")
    assert response.status_code == 409
    assert response.json() == {"name": ["You already have the label “🙂”."]}


def test_a_bad_label_is_refused_with_the_reason(api):
    response = api.post("/api/labels/", {"name": "x" * 40}, format="json")
    assert response.status_code == 400
    assert "at most 32 characters" in response.json()["name"][0]


def test_removing_a_label_deletes_its_samples(trained, alice):
    label = Label.objects.get(user=alice, name="🌈")
    assert trained.delete(f"/api/labels/{label.pk}/").status_code == 204
    assert not Sample.objects.filter(user=alice, label__name="🌈").exists()
    assert trained.get("/api/model/").json()["counts"] == {"🙂": 2}


def test_another_users_label_is_not_found(trained, alice, bob, api_for):
    label = Label.objects.get(user=alice, name="🙂")
    assert api_for(bob).delete(f"/api/labels/{label.pk}/").status_code == 404
    assert Sample.objects.filter(label=label).count() == 2
