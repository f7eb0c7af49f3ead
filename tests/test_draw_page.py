import json

from tests.helpers import vertical_bar


def initial_state(response):
    html = response.content.decode()
    start = html.index('<script id="initial-state" type="application/json">') + 51
    return json.loads(html[start : html.index("</script>", start)])


def test_it_starts_from_the_users_labels_counts_and_model(client, alice, api):
    api.post("/api/train/", {"label": "🌈", "features": vertical_bar()}, format="json")
    client.force_login(alice)
    response = client.get("/")
    assert response.status_code == 200
    state = initial_state(response)
    assert [(label["name"], label["count"]) for label in state["labels"]] == [
        ("🙂", 0),
        ("🌈", 1),
        ("💎", 0),
    ]
    assert state["labels"][0]["spoken_name"] == "slightly smiling face"
    assert state["model"]["n_samples"] == 1
    assert state["urls"]["predict"] == "/api/predict/"


def test_it_shows_only_the_users_own_labels(client, alice, bob, api):
    api.post("/api/train/", {"label": "🐱", "features": vertical_bar()}, format="json")

    def labels_on_the_page_of(user):
        client.force_login(user)
        return [label["name"] for label in initial_state(client.get("/"))["labels"]]

    assert "🐱" in labels_on_the_page_of(alice)
    assert "🐱" not in labels_on_the_page_of(bob)


def test_it_loads_its_script_and_styles_from_this_site(client, alice):
    client.force_login(alice)
    html = client.get("/").content.decode()
    assert "/static/drawings/draw.js" in html
    assert "http://" not in html and "https://" not in html
