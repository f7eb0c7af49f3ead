import numpy as np
import pytest

from drawings.models import Label, Sample
from drawings.views import GALLERY_PAGE_SIZE
from tests.helpers import vertical_bar


@pytest.fixture
def page(client, alice):
    client.force_login(alice)

    def get(**params):
        response = client.get("/gallery/", params)
        assert response.status_code == 200
        return response

    return get


def test_it_shows_every_sample_as_a_picture_grouped_by_label_with_counts(page, trained):
    response = page()
    html = response.content.decode()
    assert html.count('<img class="sample__picture" src="data:image/png;base64,') == 4
    assert html.count('<section class="sample-group"') == 2
    shown = [(sample.label.name, sample.label.count) for sample in response.context["page"]]
    assert shown == [("🙂", 2), ("🙂", 2), ("🌈", 2), ("🌈", 2)]
    gem = Label.objects.get(name="💎")
    assert f'data-count-of="{gem.pk}">0<' in html


def test_it_follows_the_users_label_order(page, trained, alice):
    smile, rainbow, gem = Label.objects.filter(user=alice)
    Label.reorder(alice, [rainbow.pk, smile.pk, gem.pk])
    names = [sample.label.name for sample in page().context["page"].object_list]
    assert names == ["🌈", "🌈", "🙂", "🙂"]


def test_it_paginates(page, alice):
    label = alice.labels.first()
    Sample.objects.bulk_create(
        Sample(user=alice, label=label, features=np.zeros((28, 28)))
        for _ in range(GALLERY_PAGE_SIZE + 3)
    )
    first = page()
    assert len(first.context["page"].object_list) == GALLERY_PAGE_SIZE
    assert "Page 1 of 2" in first.content.decode()
    assert len(page(page=2).context["page"].object_list) == 3


def test_it_shows_one_label(page, trained, alice):
    rainbow = Label.objects.get(user=alice, name="🌈")
    response = page(label=rainbow.pk)
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


def test_it_offers_import_export_and_the_way_back(page):
    html = page().content.decode()
    for needle in ('id="import-form"', 'href="/api/export/"', 'href="/"', 'href="/model/"'):
        assert needle in html
    assert "up to 200 MB" in html
    assert "http://" not in html and "https://" not in html


def test_it_needs_a_signed_in_user(client):
    response = client.get("/gallery/")
    assert response.status_code == 302 and "/accounts/login/" in response.url
