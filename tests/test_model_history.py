"""Each retrain keeps a record, and the model page charts accuracy over them."""

import pytest

from drawings import charts, training
from drawings.models import Sample, TrainingRecord
from tests.helpers import horizontal_bar, vertical_bar


@pytest.fixture
def three_retrains(alice):
    """Retrains on 2, then 4 training drawings, then with a test drawing too."""
    Sample.add(alice, "🙂", vertical_bar(13))
    Sample.add(alice, "🌈", horizontal_bar(13))
    training.fit_and_store(alice.pk)
    Sample.add(alice, "🙂", vertical_bar(15))
    Sample.add(alice, "🌈", horizontal_bar(15))
    training.fit_and_store(alice.pk)
    Sample.add(alice, "🌈", horizontal_bar(10), split="test")
    training.fit_and_store(alice.pk)


def test_the_history_after_three_retrains(api, three_retrains):
    history = api.get("/api/model/history/").json()
    assert [record["version"] for record in history] == [1, 2, 3]
    assert [record["counts"] for record in history] == [
        {"🙂": 1, "🌈": 1},
        {"🙂": 2, "🌈": 2},
        {"🙂": 2, "🌈": 2},
    ]
    assert [record["cv_accuracy"] for record in history] == [None, 1.0, 1.0]
    assert [record["test_accuracy"] for record in history] == [None, None, 1.0]
    assert [record["test_drawings"] for record in history] == [0, 0, 1]
    assert all(record["trained_at"] for record in history)


def test_the_history_is_the_users_own(api_for, bob, three_retrains):
    assert api_for(bob).get("/api/model/history/").json() == []


def test_the_model_page_draws_it_as_an_inline_svg(client, alice, three_retrains):
    client.force_login(alice)
    html = client.get("/model/").content.decode()
    svg = html.split('<svg class="history-chart"')[1].split("</svg>")[0]
    assert "<script" not in svg and "style=" not in svg
    assert svg.count('class="history-chart__cv-dot"') == 2
    assert svg.count('class="history-chart__test-dot"') == 1
    assert "Version 3, 4 training drawings: 100% cross-validated, 100% on 1 test drawings." in html


def test_without_retrains_the_page_says_what_the_chart_will_show(client, alice):
    client.force_login(alice)
    html = client.get("/model/").content.decode()
    assert "Each retrain adds a point here" in html and "<svg" not in html


def record(version, cv, test=None):
    return TrainingRecord(version=version, counts={}, cv_accuracy=cv, test_accuracy=test)


def test_the_chart_puts_accuracy_on_the_height_and_retrains_across():
    chart = charts.accuracy_chart([record(1, 0.0), record(2, 0.5, 1.0), record(3, 1.0)])
    top, bottom = float(charts.TOP), float(charts.HEIGHT - charts.BOTTOM)
    xs = [point["x"] for point in chart["points"]]
    assert xs == [
        charts.LEFT,
        (charts.LEFT + charts.WIDTH - charts.RIGHT) / 2,
        charts.WIDTH - charts.RIGHT,
    ]
    assert [point["cv_y"] for point in chart["points"]] == [bottom, (top + bottom) / 2, top]
    assert chart["cv_line"] == f"{xs[0]},{bottom} {xs[1]},{(top + bottom) / 2} {xs[2]},{top}"
    assert chart["test_line"] == f"{xs[1]},{top}"


def test_the_chart_labels_at_most_ten_versions():
    chart = charts.accuracy_chart([record(version, 0.9) for version in range(1, 51)])
    assert len(chart["x_labels"]) == 10
