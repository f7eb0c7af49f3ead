"""What one process keeps between requests: the few things worth not reading again on every guess.

Each `ProcessCache` is named for what it holds and keeps each entry under a stamp, the version or
generation the value was read at: a reader asks for the stamp it knows is current, and a value
read at another one is never served. Every cache made is registered, so `clear_all` empties them
at once (the tests, before and after each test).
"""

import threading
import time
import weakref
from collections import OrderedDict

_registry = weakref.WeakSet()


class ProcessCache:
    """Key → (stamp, value), least recently used first, bounded by entries or by bytes.

    `max_bytes` with `size(value)` bounds the values' memory (a pipeline is a few KB for a tree and
    a few MB for an SVM, so a count of entries says little); `max_entries` bounds their number.
    With `ordered_stamps` the stamps are versions that only go up: a value read late at an older
    version never replaces a newer one. `put(..., seconds=)` lets an entry expire, whatever its
    stamp.
    """

    def __init__(self, name, *, max_entries=None, max_bytes=None, size=None, ordered_stamps=False):
        if (max_bytes is None) == (max_entries is None) or (max_bytes is None) != (size is None):
            raise ValueError("give either max_entries, or max_bytes and size")
        self.name = name
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.size = size
        self.ordered_stamps = ordered_stamps
        self.bytes = 0
        self._entries = OrderedDict()  # key → (stamp, value, bytes, monotonic expiry or None)
        self._lock = threading.Lock()
        _registry.add(self)

    def __repr__(self):
        return f"<ProcessCache {self.name}: {len(self)} entries>"

    def entry(self, key):
        """(stamp, value) of the key's entry that has not expired, or None."""
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            stamp, value, _, expires = found
            if expires is not None and time.monotonic() > expires:
                self._pop(key)
                return None
            self._entries.move_to_end(key)
            return stamp, value

    def get(self, key, stamp):
        """The value kept under `key` if it was read at `stamp`, else None."""
        found = self.entry(key)
        if found is None or found[0] != stamp:
            return None
        return found[1]

    def put(self, key, stamp, value, seconds=None):
        """Keep `value`, read at `stamp`, for `seconds` (None: until pushed out or replaced)."""
        size = self.size(value) if self.size else 0
        expires = None if seconds is None else time.monotonic() + seconds
        with self._lock:
            current = self._entries.get(key)
            if current is not None:
                if self.ordered_stamps and current[0] > stamp:
                    return
                self._pop(key)
            if self.max_bytes is not None and size > self.max_bytes:
                return  # it would push out everything else, and still not fit
            self._entries[key] = (stamp, value, size, expires)
            self.bytes += size
            while self._over_budget():
                self._pop(next(iter(self._entries)))

    def discard(self, key):
        with self._lock:
            self._pop(key)

    def clear(self):
        with self._lock:
            self._entries.clear()
            self.bytes = 0

    def __len__(self):
        return len(self._entries)

    def _over_budget(self):
        if self.max_bytes is not None:
            return self.bytes > self.max_bytes
        return len(self._entries) > self.max_entries

    def _pop(self, key):
        found = self._entries.pop(key, None)
        if found is not None:
            self.bytes -= found[2]


def clear_all():
    """Empty every process cache (tests start from none)."""
    for process_cache in _registry:
        process_cache.clear()
