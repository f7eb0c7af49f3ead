"""Generations in the shared cache: for each user and kind of state (their API tokens, their
signed-in sessions, their classifier's versions), a random word that every committed change to
that state replaces.

A process may keep what it read from the database for as long as the word it read it under is
still current: one cache read, which a guess makes anyway, instead of a database query. A word
that went missing (evicted, a restarted Redis) is replaced by a new one, so what was kept under
the old one is never taken for current.

A word is handed out `trusted`: marked with the process's session with the cache
(emojisite.cache), so what was kept before Redis was lost (a change made meanwhile could not
replace the word) is never matched after it comes back; and None while the cache can't be read,
when nothing kept may be trusted and the database is read instead.
"""

import secrets

from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction

from emojisite.cache import link

API_TOKEN = "api-token"
SESSION = "session"
CLASSIFIER = "classifier"


def cache_is_shared():
    """Whether every process sees the same default cache: not so for local memory, where nothing
    could tell one process of a change made by another."""
    return not isinstance(caches["default"], (LocMemCache, DummyCache))


def trusted(word):
    """`word`, as read from the cache just now, in the form kept things are matched against:
    None stays None (nothing to trust)."""
    if word is None:
        return None
    return f"{word}@{link.session}"


def generation_key(kind, user_id):
    return f"{kind}-generation:{user_id}"


def current(kind, user_id):
    """The user's generation of `kind` (made if it is missing), `trusted`: None when the cache
    can't be read. Read it before reading what it guards: a change committed after that read
    then replaces it."""
    key = generation_key(kind, user_id)
    generation = cache.get(key)
    if generation is None:
        cache.add(key, secrets.token_hex(8), timeout=None)
        generation = cache.get(key)
    return trusted(generation)


def announce_change(kind, user_ids):
    """Replace the users' generations of `kind` once the change that calls this is committed
    (before, a process could read the old rows and keep them under the new word)."""
    user_ids = list(user_ids)
    transaction.on_commit(lambda: replace(kind, user_ids))


def replace(kind, user_ids):
    """New words for the users' generations of `kind`. Tried even while this process leaves a
    Redis that failed alone: another process may read it again already, and must not go on
    trusting what the change made untrue."""
    link.try_again()
    cache.set_many(
        {generation_key(kind, user_id): secrets.token_hex(8) for user_id in user_ids},
        timeout=None,
    )
