"""The per-process caches of what a guess loads: users' pipelines and their training drawings."""

import numpy as np
from django.conf import settings

from emojisite.process_cache import ProcessCache


def footprint(pipeline):
    """Bytes of the numpy arrays a fitted pipeline holds: nearly all of its memory (support
    vectors, coefficients), found by walking its attributes."""
    total, seen, pending = 0, set(), [pipeline]
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, np.ndarray):
            total += item.nbytes
        elif isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, (list, tuple)):
            pending.extend(item)
        elif hasattr(item, "__dict__"):
            pending.extend(vars(item).values())
    return total


# The fitted pipelines this process has unpickled, under the classifier version each was loaded
# from, so that a newer version stored by any process is loaded again instead of served stale.
loaded_pipelines = ProcessCache(
    "loaded pipelines",
    max_bytes=settings.CLASSIFIER_CACHE_MB * 2**20,
    size=footprint,
    ordered_stamps=True,
)
# Each user's training drawings as their classifier compares them, for "why this guess", under
# (classifier version, data version), so any change to the samples is seen. A few megabytes for
# a user with thousands of drawings: fewer users than pipelines are kept.
training_spaces = ProcessCache(
    "training spaces",
    max_bytes=settings.CLASSIFIER_CACHE_MB * 2**20 // 4,
    size=footprint,
    ordered_stamps=True,
)
