import threading
from collections import OrderedDict

import numpy as np
from django.conf import settings


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


class LoadedPipelines:
    """The fitted pipelines this process has unpickled, most recently used last, holding at most
    `max_bytes` of arrays between them: a user's pipeline is a few KB for a tree and a few MB
    for an SVM fit on hundreds of drawings, so a count of entries says little about memory.

    Each entry remembers the classifier version it was loaded from, so a newer version stored by
    any process is loaded again instead of served stale.
    """

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, user_id, version):
        with self._lock:
            entry = self._entries.get(user_id)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(user_id)
            return entry[1]

    def put(self, user_id, version, pipeline):
        size = footprint(pipeline)
        with self._lock:
            current = self._entries.get(user_id)
            if current is not None and current[0] > version:
                return
            if current is not None:
                self.bytes -= self._entries.pop(user_id)[2]
            if size > self.max_bytes:
                return  # it would push out everything else, and still not fit
            self._entries[user_id] = (version, pipeline, size)
            self.bytes += size
            while self.bytes > self.max_bytes:
                self.bytes -= self._entries.popitem(last=False)[1][2]

    def discard(self, user_id):
        with self._lock:
            self._entries.pop(user_id, None)

    def clear(self):
        with self._lock:
            self._entries.clear()
            self.bytes = 0

    def __len__(self):
        return len(self._entries)


loaded_pipelines = LoadedPipelines(settings.CLASSIFIER_CACHE_MB * 2**20)
