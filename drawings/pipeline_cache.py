import threading
from collections import OrderedDict

from django.conf import settings


class LoadedPipelines:
    """The fitted pipelines this process has unpickled, most recently used last, at most `size`.

    Each entry remembers the classifier version it was loaded from, so a newer version stored by
    any process is loaded again instead of served stale. (Any other per-user, versioned thing
    worth keeping between requests is kept the same way: see `training_spaces`.)
    """

    def __init__(self, size):
        self.size = size
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
        with self._lock:
            current = self._entries.get(user_id)
            if current is not None and current[0] > version:
                return
            self._entries[user_id] = (version, pipeline)
            self._entries.move_to_end(user_id)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def discard(self, user_id):
        with self._lock:
            self._entries.pop(user_id, None)

    def clear(self):
        with self._lock:
            self._entries.clear()

    def __len__(self):
        return len(self._entries)


loaded_pipelines = LoadedPipelines(settings.CLASSIFIER_CACHE_SIZE)
# Each user's training drawings as their classifier compares them, for "why this guess":
# versioned by (classifier version, data version), so any change to the samples is seen.
# A few megabytes for a user with thousands of drawings: fewer users than pipelines are kept.
training_spaces = LoadedPipelines(max(1, settings.CLASSIFIER_CACHE_SIZE // 4))
