import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from drawings.models import Classifier, Label, Sample

CHANGELIST = "/admin/drawings/sample/"


@pytest.fixture
def make_staff(client, db):
    def staff(*codenames):
        user = get_user_model().objects.create_user(
            "keeper", password="keeper-password-77", is_staff=True
        )
        user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
        client.force_login(user)
        return client

    return staff


@pytest.fixture
def superuser(client, db):
    root = get_user_model().objects.create_superuser("root", password="root-password-77")
    client.force_login(root)
    return client


def ids(user, name):
    return list(Sample.objects.filter(user=user, label__name=name).values_list("pk", flat=True))


def act(client, action, selected, changelist=CHANGELIST, **extra):
    return client.post(changelist, {"action": action, "_selected_action": selected, **extra})


def test_the_list_and_detail_show_the_drawing(superuser, trained, alice):
    html = superuser.get(CHANGELIST).content.decode()
    assert html.count('<img src="data:image/png;base64,') == 4
    sample = Sample.objects.filter(user=alice).first()
    html = superuser.get(f"{CHANGELIST}{sample.pk}/change/").content.decode()
    assert 'width="224"' in html


def test_relabel_asks_for_the_label_then_moves_and_retrains(superuser, trained, alice):
    selected = ids(alice, "🙂")
    form = act(superuser, "relabel", selected)
    assert form.status_code == 200
    assert b"Move these 2 samples to a label" in form.content
    response = act(superuser, "relabel", selected, apply="Move", label="🐱")
    assert response.status_code == 302
    assert set(Sample.objects.filter(pk__in=selected).values_list("label__name", flat=True)) == {
        "🐱"
    }
    assert Label.objects.filter(user=alice, name="🐱").exists()
    # It used to mark the classifier stale and leave it so until alice's next submit.
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.version, classifier.stale, classifier.counts) == (
        5,
        False,
        {"🌈": 2, "🐱": 2},
    )


def test_relabel_refuses_a_bad_label_with_the_reason(superuser, trained, alice):
    response = act(superuser, "relabel", ids(alice, "🙂"), apply="Move", label="x" * 40)
    assert response.status_code == 200
    assert "A label has at most 32 characters; this one has 40." in response.content.decode()
    assert len(ids(alice, "🙂")) == 2


def test_export_downloads_the_selection_as_samples_txt(make_staff, trained, alice):
    client = make_staff("view_sample")
    response = act(client, "export", ids(alice, "🌈"))
    assert response["Content-Disposition"] == 'attachment; filename="samples.txt"'
    lines = b"".join(response.streaming_content).splitlines()
    assert len(lines) == 2 and all(b'"\\ud83c\\udf08"' in line for line in lines)


def test_staff_without_delete_permission_cannot_delete(make_staff, trained, alice):
    client = make_staff("view_sample", "change_sample")
    act(client, "delete_selected", ids(alice, "🙂"), post="yes")
    assert len(ids(alice, "🙂")) == 2
    sample = ids(alice, "🙂")[0]
    assert client.post(f"{CHANGELIST}{sample}/delete/", {"post": "yes"}).status_code == 403
    assert Sample.objects.filter(pk=sample).exists()


def test_staff_without_change_permission_cannot_relabel(make_staff, trained, alice):
    client = make_staff("view_sample")
    act(client, "relabel", ids(alice, "🙂"), apply="Move", label="🐱")
    assert len(ids(alice, "🙂")) == 2


def test_staff_with_delete_permission_can_delete(make_staff, trained, alice):
    client = make_staff("view_sample", "delete_sample")
    assert act(client, "delete_selected", ids(alice, "🙂"), post="yes").status_code == 302
    assert ids(alice, "🙂") == []
    # It used to mark the classifier stale and leave it so until alice's next submit.
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.version, classifier.stale, classifier.counts) == (5, False, {"🌈": 2})


def test_retrain_refits_the_selected_classifiers(make_staff, trained, alice):
    Sample.objects.filter(pk__in=ids(alice, "🙂")).delete()
    client = make_staff("view_classifier", "change_classifier")
    response = act(client, "ask_for_retrains", [alice.pk], "/admin/drawings/classifier/")
    assert response.status_code == 302
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.stale, classifier.n_samples) == (False, 2)


def test_retrain_needs_the_change_permission(make_staff, trained, alice):
    Sample.objects.filter(pk__in=ids(alice, "🙂")).delete()
    client = make_staff("view_classifier")
    act(client, "ask_for_retrains", [alice.pk], "/admin/drawings/classifier/")
    assert Classifier.objects.get(user=alice).stale


def test_the_user_admin_shows_sample_counts_and_model_status(superuser, trained, alice):
    response = superuser.get("/admin/auth/user/")
    html = response.content.decode()
    assert "v4 on 4 samples" in html and "not trained" in html
    html = superuser.get(f"/admin/auth/user/{alice.pk}/change/").content.decode()
    assert "Training set" in html and "v4 on 4 samples" in html


def test_renaming_a_label_retrains_its_owners_classifier(superuser, trained, alice):
    label = Label.objects.get(user=alice, name="🙂")
    response = superuser.post(
        f"/admin/drawings/label/{label.pk}/change/", {"name": "😀", "position": label.position}
    )
    assert response.status_code == 302
    # It used to mark the classifier stale and leave it so until alice's next submit.
    classifier = Classifier.objects.get(user=alice)
    assert (classifier.version, classifier.stale, classifier.counts) == (
        5,
        False,
        {"😀": 2, "🌈": 2},
    )


def test_an_admin_can_add_a_label_for_a_user(superuser, alice):
    response = superuser.post(
        "/admin/drawings/label/add/", {"user": alice.pk, "name": "🐱", "position": 9}
    )
    assert response.status_code == 302
    assert Label.objects.filter(user=alice).last().name == "🐱"
