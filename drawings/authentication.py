"""API authentication: a token, read together with its user's classifier state; and for guesses,
a token this process has already checked, as long as the shared cache says it has not changed."""

import secrets
import threading
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from accounts.models import ApiToken, token_hash
from drawings.throttles import throttle_keys

INVALID_TOKEN = _("Invalid token.")
INACTIVE_USER = _("User inactive or deleted.")


class TokenWithClassifierAuthentication(TokenAuthentication):
    """Token authentication that reads the user's classifier state in the same query.

    Tokens are stored hashed (accounts.models.ApiToken): the key sent is hashed and looked up by
    its unique index. Guesses have their own (GuessTokenAuthentication); for other requests the
    join costs next to nothing. The pickle and report columns are left out.
    """

    def authenticate_credentials(self, key):
        try:
            token = (
                ApiToken.objects.select_related("user__classifier")
                .defer("user__classifier__pickle", "user__classifier__report")
                .get(key_hash=token_hash(key))
            )
        except ApiToken.DoesNotExist:
            raise AuthenticationFailed(INVALID_TOKEN) from None
        if not token.user.is_active:
            raise AuthenticationFailed(INACTIVE_USER)
        return token.user, token


# --- Guesses: tokens checked once per process, changes announced through the shared cache -----


def generation_key(user_id):
    return f"api-token-generation:{user_id}"


def token_generation(user_id):
    """The user's token generation in the shared cache: a random word that any change to their
    token or account replaces. One that went missing (evicted, a restarted Redis) is replaced by
    a new one too, so an entry checked against the old one is never taken for current."""
    key = generation_key(user_id)
    generation = cache.get(key)
    if generation is None:
        cache.add(key, secrets.token_hex(8), timeout=None)
        generation = cache.get(key)
    return generation


def tokens_changed(user_id):
    """Make every process check the user's token in the database again, once the change that
    calls this is committed (before, a process could read the old rows and trust them anew)."""
    transaction.on_commit(
        lambda: cache.set(generation_key(user_id), secrets.token_hex(8), timeout=None)
    )


class GuessUser:
    """Who a guess is for, as far as a guess needs to know: an active user, by id.

    `throttle_histories`: the user's throttle entries in the shared cache, when they were read
    in the same round trip as the token's generation (GuessRateThrottle then reads none); None
    when they were not read.
    """

    is_authenticated = True
    is_anonymous = False
    is_active = True

    def __init__(self, pk, throttle_histories=None):
        self.pk = self.id = pk
        self.throttle_histories = throttle_histories

    def __str__(self):
        return f"user {self.pk}"


class CheckedTokens:
    """Token hash → (user id, generation, monotonic expiry) of the tokens this process checked.

    An entry is trusted while it is younger than API_TOKEN_CACHE_SECONDS and its generation is
    still the user's in the shared cache: one cache read per guess instead of a database query
    that builds a token, a user and a classifier. Revoking or replacing a token, deactivating or
    deleting its user replaces the generation (drawings.signals), so every process refuses the
    token from its next request on.
    """

    MAX_ENTRIES = 100_000

    def __init__(self):
        self._entries = {}
        self._lock = threading.Lock()

    def user(self, digest):
        """The GuessUser the token belongs to, if this process may still trust that. The token's
        generation and the user's throttle histories come in one read of the shared cache."""
        entry = self._entries.get(digest)
        if entry is None:
            return None
        user_id, generation, expires = entry
        if time.monotonic() <= expires:
            histories = throttle_keys(user_id)
            found = cache.get_many([generation_key(user_id), *histories])
            if found.get(generation_key(user_id)) == generation:
                return GuessUser(user_id, {key: found[key] for key in histories if key in found})
        self._entries.pop(digest, None)
        return None

    def remember(self, digest, user_id, generation):
        with self._lock:
            if len(self._entries) >= self.MAX_ENTRIES:
                self._entries.clear()
            expires = time.monotonic() + settings.API_TOKEN_CACHE_SECONDS
            self._entries[digest] = (user_id, generation, expires)

    def clear(self):
        with self._lock:
            self._entries.clear()


checked_tokens = CheckedTokens()


def cache_is_shared():
    """Whether every process sees the same default cache: not so for local memory."""
    return not isinstance(caches["default"], (LocMemCache, DummyCache))


def token_owner(digest):
    """The id of the active user whose token hashes to `digest`, from the database; else refused."""
    found = ApiToken.objects.filter(key_hash=digest).values_list("user_id", "user__is_active")
    found = found.first()
    if found is None:
        raise AuthenticationFailed(INVALID_TOKEN)
    user_id, is_active = found
    if not is_active:
        raise AuthenticationFailed(INACTIVE_USER)
    return user_id


class GuessTokenAuthentication(TokenAuthentication):
    """Token authentication for guesses: the same header, answers and refusals, without building
    a token, a user and a classifier from the database on every guess (see CheckedTokens).

    With a cache that is not shared between processes, nothing could tell one process that
    another revoked a token: the database is then asked every time.
    """

    def authenticate_credentials(self, key):
        digest = token_hash(key)
        if not (settings.API_TOKEN_CACHE_SECONDS > 0 and cache_is_shared()):
            return GuessUser(token_owner(digest)), None
        user = checked_tokens.user(digest)
        if user is None:
            # Read twice around the generation: a change committed after the first read and
            # announced before the generation was read is seen by the second.
            user_id = token_owner(digest)
            generation = token_generation(user_id)
            if token_owner(digest) != user_id:
                raise AuthenticationFailed(INVALID_TOKEN)
            checked_tokens.remember(digest, user_id, generation)
            user = GuessUser(user_id)
        return user, None
