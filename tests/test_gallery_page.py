"""The gallery page: every drawing as a picture, grouped by label, a page at a time; and the page
in a real browser: deleting with undo, moving, reordering, importing and adding labels."""

import re
import time

import numpy as np
import pytest

from drawings.models import Label, Sample
from drawings.views import GALLERY_PAGE_SIZE
from tests.axe import assert_accessible
from tests.helpers import (
    add_label_is_refused_beside_the_field,
    browsing,
    horizontal_bar,
    sign_in,
    vertical_bar,
)


@pytest.fixture
def gallery(client, alice):
    client.force_login(alice)

    def get(**params):
        response = client.get("/gallery/", params)
        assert response.status_code == 200
        return response

    return get


def test_it_shows_every_sample_as_a_picture_grouped_by_label_with_counts(gallery, trained):
    response = gallery()
    html = response.content.decode()
    assert html.count('<img class="sample__picture" src="data:image/png;base64,') == 4
    assert html.count('<section class="sample-group"') == 2
    shown = [(sample.label.name, sample.label.count) for sample in response.context["page"]]
    assert shown == [("🙂", 2), ("🙂", 2), ("🌈", 2), ("🌈", 2)]
    gem = Label.objects.get(name="💎")
    assert f'data-count-of="{gem.pk}">0<' in html


def test_it_follows_the_users_label_order(gallery, trained, alice):
    smile, rainbow, gem = Label.objects.filter(user=alice)
    Label.reorder(alice, [rainbow.pk, smile.pk, gem.pk])
    names = [sample.label.name for sample in gallery().context["page"].object_list]
    assert names == ["🌈", "🌈", "🙂", "🙂"]


def test_it_paginates(gallery, alice):
    label = alice.labels.first()
    Sample.objects.bulk_create(
        Sample(user=alice, label=label, features=np.zeros((28, 28)))
        for _ in range(GALLERY_PAGE_SIZE + 3)
    )
    first = gallery()
    assert len(first.context["page"].object_list) == GALLERY_PAGE_SIZE
    assert "Page 1 of 2" in first.content.decode()
    assert len(gallery(page=2).context["page"].object_list) == 3


def test_it_shows_one_label(gallery, trained, alice):
    rainbow = Label.objects.get(user=alice, name="🌈")
    response = gallery(label=rainbow.pk)
    assert {sample.label.name for sample in response.context["page"].object_list} == {"🌈"}
    assert "Show every label" in response.content.decode()


def test_another_users_label_is_not_found(client, trained, alice, bob):
    client.force_login(bob)
    rainbow = Label.objects.get(user=alice, name="🌈")
    assert client.get("/gallery/", {"label": rainbow.pk}).status_code == 404


def test_it_shows_only_the_users_own_samples(client, trained, bob, api_for):
    api_for(bob).post("/api/train/", {"label": "🐱", "features": vertical_bar()}, format="json")
    client.force_login(bob)
    response = client.get("/gallery/")
    assert [sample.label.name for sample in response.context["page"].object_list] == ["🐱"]


def test_it_offers_import_export_and_the_way_back(gallery):
    html = gallery().content.decode()
    for needle in ('id="import-form"', 'href="/api/export/"', 'href="/"', 'href="/model/"'):
        assert needle in html
    assert "up to 200 MB" in html
    assert "http://" not in html and "https://" not in html


def test_it_needs_a_signed_in_user(client):
    response = client.get("/gallery/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


# The gallery in Chromium (Playwright): each test marked browser.


@pytest.fixture
def page(browser, live_server, alice):
    """alice's gallery with two 🙂 drawings, signed in through her session cookie."""
    for column in (10, 20):
        Sample.add(alice, "🙂", vertical_bar(column))
    with browsing(browser, viewport={"width": 1000, "height": 800}) as context:
        sign_in(context, live_server, alice)
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(live_server.url + "/gallery/")
        yield page


def eventually(check, seconds=5):
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def delete_button(card):
    return card.get_by_role("button", name=re.compile("^Delete this"))


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_delete_can_be_undone_and_is_sent_once_the_page_is_left(page, alice):
    from playwright.sync_api import expect

    deletes = []
    page.on("request", lambda request: deletes.append(request) if request.method == "DELETE" else 0)
    cards = page.locator(".sample")
    expect(cards).to_have_count(2)
    first, second = cards.nth(0), cards.nth(1)

    delete_button(first).click()
    expect(first).to_be_hidden()
    assert_accessible(page)  # with the undo bar showing
    page.get_by_role("button", name="Undo").click()
    expect(first).to_be_visible()
    expect(page.locator("#gallery-status")).to_have_text("Kept the drawing.")
    assert Sample.objects.filter(user=alice).count() == 2
    assert deletes == []

    kept_id = int(first.get_attribute("data-sample-id"))
    delete_button(second).click()
    expect(second).to_be_hidden()
    page.get_by_role("link", name="Back to drawing").click()
    page.wait_for_url(re.compile(r"/$"))
    eventually(lambda: Sample.objects.filter(user=alice).count() == 1)
    assert Sample.objects.get(user=alice).pk == kept_id


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_deleting_another_drawing_sends_the_first_delete(page, alice):
    from playwright.sync_api import expect

    cards = page.locator(".sample")
    delete_button(cards.nth(0)).click()
    delete_button(cards.nth(1)).click()
    expect(page.locator(".sample")).to_have_count(1)  # the first one is gone for good
    eventually(lambda: Sample.objects.filter(user=alice).count() == 1)
    expect(page.locator('.label-row[data-label-name="🙂"] .count')).to_have_text("1")
    # The second is sent on leaving the page; waited for here, so that no request is still
    # running when the test's database is emptied.
    page.get_by_role("link", name="Back to drawing").click()
    eventually(lambda: not Sample.objects.filter(user=alice).exists())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_move_a_drawing_and_reorder_labels(page, alice):
    from playwright.sync_api import expect

    page.locator(".sample").first.get_by_label("Label of this drawing").select_option("🌈")
    expect(page.locator("#gallery-status")).to_have_text("Moved the drawing to 🌈.")
    expect(page.locator('.label-row[data-label-name="🌈"] .count')).to_have_text("1")
    assert Sample.objects.filter(user=alice, label__name="🌈").count() == 1

    page.get_by_role("button", name="Move 🙂 down").click()
    expect(page.locator("#gallery-status")).to_have_text("Moved 🙂 down.")
    assert [label.name for label in Label.objects.filter(user=alice)] == ["🌈", "🙂", "💎"]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_import_upload_lists_bad_lines_then_imports_a_good_file(page, alice, tmp_path):
    from playwright.sync_api import expect

    from drawings.samples_file import export_lines

    Sample.add(alice, "🐱", horizontal_bar())
    good = "".join(export_lines(Sample.objects.filter(user=alice, label__name="🐱")))
    bad = tmp_path / "bad.txt"
    bad.write_text(good + "{oops\n")
    page.set_input_files("#import-file", str(bad))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#import-result")).to_contain_text("1 of 2 lines are not valid samples")
    expect(page.locator("#import-result li")).to_have_text(re.compile(r"^Line 2: Not JSON"))
    assert_accessible(page)
    assert Sample.objects.filter(user=alice).count() == 3

    ok = tmp_path / "samples.txt"
    ok.write_text(good * 2)
    page.set_input_files("#import-file", str(ok))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#gallery-status")).to_have_text("Imported 2 drawings (🐱 2).")
    expect(page.locator(".sample-group[data-label-id] .sample")).to_have_count(5)
    assert Sample.objects.filter(user=alice, label__name="🐱").count() == 3


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_add_label_form_says_what_is_wrong_beside_the_field(page, alice):
    add_label_is_refused_beside_the_field(page)
    assert Label.objects.filter(user=alice).count() == 3


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_add_a_label_delete_all_of_one_and_remove_another(page, alice):
    from playwright.sync_api import expect

    page.fill("#new-label", "🐱")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("#gallery-status")).to_have_text("Added label 🐱.")
    expect(page.locator('.label-row[data-label-name="🐱"]')).to_be_visible()

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete all 🙂").click()
    expect(page.locator("#gallery-status")).to_have_text("Deleted 2 drawings of 🙂.")
    expect(page.locator(".sample")).to_have_count(0)

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Remove label 💎").click()
    expect(page.locator("#gallery-status")).to_have_text("Removed label 💎.")
    assert [label.name for label in Label.objects.filter(user=alice)] == ["🙂", "🌈", "🐱"]
    assert not Sample.objects.filter(user=alice).exists()
