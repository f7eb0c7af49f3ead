import pytest
from django.contrib.auth import get_user_model

from drawings.models import Classifier, Sample
from tests.helpers import PASSWORD, browsing, horizontal_bar, vertical_bar


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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_admin_works_under_the_content_security_policy(live_server, browser):
    """The admin's own scripts (the action bar, the select-all box) run; no page breaks the CSP."""
    from playwright.sync_api import expect

    admin = get_user_model().objects.create_superuser("boss", password=PASSWORD)
    Sample.add(admin, "🙂", vertical_bar())
    Sample.add(admin, "🌈", horizontal_bar())
    with browsing(browser) as context:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", "boss")
        page.fill("#id_password", PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page.locator("#site-name")).to_be_visible()

        page.goto(live_server.url + "/admin/drawings/sample/")
        page.locator("#action-toggle").check()  # actions.js ticks every row
        expect(page.locator("input.action-select:checked")).to_have_count(2)
        expect(page.locator(".action-counter")).to_contain_text("2 of 2 selected")
        page.locator("tr", has_text="🙂").locator("th a").first.click()
        expect(page.locator("img").first).to_be_visible()
