"""The model page's chart of accuracy over retrains, as numbers an inline SVG template draws.

Drawn on the server: no chart library and no script, and the page shows it as it loads.
"""

WIDTH, HEIGHT = 640, 220
# Room for the axis labels: left, right, top, bottom.
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 36
MAX_X_LABELS = 10


def accuracy_chart(records):
    """Where each retrain's cross-validated and test accuracy go on the chart, and its axes.

    `records` are TrainingRecords, oldest first. A line joins the retrains that measured that
    accuracy; one that could not (too few drawings, no test drawings) leaves it out.
    """
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_width / max(len(records) - 1, 1)

    def x(index):
        return round(LEFT + (index * step if len(records) > 1 else plot_width / 2), 1)

    def y(accuracy):
        return round(TOP + (1 - accuracy) * plot_height, 1)

    points = []
    for index, record in enumerate(records):
        points.append(
            {
                "record": record,
                "x": x(index),
                "cv_y": None if record.cv_accuracy is None else y(record.cv_accuracy),
                "test_y": None if record.test_accuracy is None else y(record.test_accuracy),
                "cv_percent": percent(record.cv_accuracy),
                "test_percent": percent(record.test_accuracy),
            }
        )
    every = -(-len(records) // MAX_X_LABELS) or 1  # label at most MAX_X_LABELS versions
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM,
        "label_y": HEIGHT - BOTTOM + 18,
        "title_y": HEIGHT - 4,
        "y_ticks": [{"y": y(value / 100), "label": f"{value}%"} for value in (0, 50, 100)],
        "points": points,
        "x_labels": [point for index, point in enumerate(points) if index % every == 0],
        "cv_line": polyline(points, "cv_y"),
        "test_line": polyline(points, "test_y"),
    }


def polyline(points, key):
    return " ".join(f"{point['x']},{point[key]}" for point in points if point[key] is not None)


def percent(fraction):
    return None if fraction is None else round(100 * fraction)
