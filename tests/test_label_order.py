from drawings.models import Label


def ids(user):
    return list(Label.objects.filter(user=user).values_list("pk", flat=True))


def test_it_puts_the_labels_in_the_new_order(api, alice):
    smile, rainbow, gem = ids(alice)
    response = api.post("/api/labels/order/", {"labels": [gem, smile, rainbow]}, format="json")
    assert response.status_code == 200
    assert [label["name"] for label in response.json()] == ["💎", "🙂", "🌈"]
    assert [label.name for label in alice.labels.all()] == ["💎", "🙂", "🌈"]


def test_every_label_must_be_listed_once(api, alice):
    smile, rainbow, gem = ids(alice)
    for order, status, error in [
        ([gem, smile], 409, "List all 3 of your labels, not 2."),
        ([gem, gem, smile], 400, "Each label may appear only once."),
    ]:
        response = api.post("/api/labels/order/", {"labels": order}, format="json")
        assert response.status_code == status
        assert response.json() == {"labels": [error]}
    assert [label.name for label in alice.labels.all()] == ["🙂", "🌈", "💎"]


def test_another_users_labels_cannot_be_ordered(api, alice, bob):
    smile, rainbow, _ = ids(alice)
    response = api.post(
        "/api/labels/order/", {"labels": [smile, rainbow, ids(bob)[0]]}, format="json"
    )
    assert response.status_code == 404
    assert response.json() == {"labels": [f"You have no label with id {ids(bob)[0]}."]}
    assert [label.name for label in bob.labels.all()] == ["🙂", "🌈", "💎"]
