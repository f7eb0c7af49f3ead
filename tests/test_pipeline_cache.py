"""Each process keeps the pipelines it unpickled within a budget of bytes, not of entries."""

import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from drawings.pipeline_cache import footprint
from emojisite.process_cache import ProcessCache


def fitted_holding(kb):
    """A fitted pipeline whose arrays (a mean and a scale per column) hold `kb` KB."""
    columns = kb * 1024 // 8 // 3
    data = np.random.default_rng(0).random((2, columns))
    return Pipeline([("scale", StandardScaler())]).fit(data)


def pipelines_within(max_bytes):
    """A cache of pipelines as `loaded_pipelines` is, within `max_bytes`."""
    return ProcessCache("pipelines", max_bytes=max_bytes, size=footprint, ordered_stamps=True)


def test_the_footprint_counts_the_arrays_a_pipeline_holds():
    fitted = fitted_holding(30)
    scaler = fitted.named_steps["scale"]
    arrays = scaler.mean_.nbytes + scaler.var_.nbytes + scaler.scale_.nbytes
    assert footprint(fitted) == arrays
    assert 29 * 1024 < footprint(fitted) < 31 * 1024


def test_the_least_recently_used_go_once_the_bytes_are_spent():
    cache = pipelines_within(250 * 1024)
    for user_id in (1, 2):
        cache.put(user_id, 1, fitted_holding(100))
    cache.get(1, 1)
    cache.put(3, 1, fitted_holding(100))
    assert (cache.get(1, 1) is not None, cache.get(2, 1), cache.get(3, 1) is not None) == (
        True,
        None,
        True,
    )
    assert cache.bytes <= 250 * 1024
    for user_id in range(4, 30):  # many small ones fit where few large ones did
        cache.put(user_id, 1, fitted_holding(5))
    assert len(cache) > 20


def test_a_new_version_replaces_the_old_and_its_bytes():
    cache = pipelines_within(1024 * 1024)
    cache.put(1, 1, fitted_holding(100))
    cache.put(1, 2, fitted_holding(10))
    assert cache.get(1, 1) is None and cache.get(1, 2) is not None
    assert cache.bytes == footprint(cache.get(1, 2))
    cache.put(1, 1, fitted_holding(10))  # an older one read late is not kept
    assert cache.get(1, 2) is not None


def test_a_pipeline_larger_than_the_whole_budget_is_not_kept():
    cache = pipelines_within(50 * 1024)
    cache.put(1, 1, fitted_holding(10))
    cache.put(2, 1, fitted_holding(100))
    assert cache.get(2, 1) is None and cache.get(1, 1) is not None
