import pytest
from django.contrib.auth import get_user_model

from drawings.models import Classifier, Sample


@pytest.fixture
def admin_client_with_data(client, trained, bob):
    admin = get_user_model().objects.create_superuser("root", password="root-password-77")
    client.force_login(admin)
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/admin/drawings/sample/",
        "/admin/drawings/sample/?q=alice",
        "/admin/drawings/sample/?label__name=🙂",
        "/admin/drawings/label/",
        "/admin/drawings/classifier/",
    ],
)
def test_the_changelists_render(admin_client_with_data, path):
    assert admin_client_with_data.get(path).status_code == 200


def test_search_by_username(admin_client_with_data, api_for, bob):
    api_for(bob).post("/api/train/", {"label": "🙂", "features": [[0] * 28] * 28}, format="json")
    response = admin_client_with_data.get("/admin/drawings/sample/", {"q": "bob"})
    assert response.context["cl"].result_count == 1


def test_bulk_delete_retrains_the_classifier(admin_client_with_data, alice):
    ids = list(Sample.objects.filter(user=alice, label__name="🙂").values_list("pk", flat=True))
    response = admin_client_with_data.post(
        "/admin/drawings/sample/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert response.status_code == 302
    assert Sample.objects.filter(user=alice).count() == 2
    # It used to mark the classifier stale and leave it so until alice's next submit.
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.version, classifier.stale, classifier.n_samples) == (5, False, 2)


def test_classifiers_are_read_only(admin_client_with_data, alice):
    response = admin_client_with_data.get(f"/admin/drawings/classifier/{alice.pk}/change/")
    assert response.status_code == 200
    assert b'name="version"' not in response.content
    assert admin_client_with_data.get("/admin/drawings/classifier/add/").status_code == 403


def test_non_staff_users_are_kept_out(client, alice):
    client.force_login(alice)
    response = client.get("/admin/drawings/sample/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url
