"""What a process keeps between requests: under a stamp, within a bound, for a time, and emptied
all at once."""

from emojisite import process_cache
from emojisite.process_cache import ProcessCache


def test_a_value_is_served_only_at_the_stamp_it_was_read_at():
    states = ProcessCache("states", max_entries=10)
    states.put(1, "generation-a", "state")
    assert (states.get(1, "generation-a"), states.get(1, "generation-b")) == ("state", None)
    assert states.entry(1) == ("generation-a", "state")
    states.put(1, "generation-b", "newer")  # stamps that are not versions: the last one wins
    assert states.get(1, "generation-b") == "newer"


def test_the_least_recently_used_go_once_the_entries_are_spent():
    tokens = ProcessCache("tokens", max_entries=2)
    tokens.put("a", 1, "alice")
    tokens.put("b", 1, "bob")
    tokens.get("a", 1)
    tokens.put("c", 1, "carol")
    assert [tokens.get(key, 1) for key in "abc"] == ["alice", None, "carol"]


def test_an_entry_expires_after_its_seconds(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("emojisite.process_cache.time.monotonic", lambda: now[0])
    tokens = ProcessCache("tokens", max_entries=10)
    tokens.put("a", 1, "alice", seconds=60)
    tokens.put("b", 1, "bob")
    now[0] += 61
    assert (tokens.get("a", 1), tokens.get("b", 1), len(tokens)) == (None, "bob", 1)


def test_clear_all_empties_every_process_cache():
    made = [ProcessCache(name, max_entries=10) for name in ("one", "two")]
    for cache in made:
        cache.put(1, 1, "kept")
    process_cache.clear_all()
    assert [len(cache) for cache in made] == [0, 0]
