"""API authentication for guesses: a token this process has already checked, as long as the shared
cache says it has not changed. (Every other request: accounts.authentication.)"""

import functools

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from accounts.authentication import INACTIVE_USER, INVALID_TOKEN
from accounts.models import ApiToken, token_hash
from drawings import generations
from drawings.generations import API_TOKEN, CLASSIFIER, cache_is_shared, generation_key
from drawings.throttles import throttle_keys
from emojisite.process_cache import ProcessCache


class GuessUser:
    """Who a guess is for, as far as a guess needs to know: an active user, by id.

    When read in the same round trip of the shared cache as the token's generation (else None):
    `throttle_histories`, the user's throttle entries (GuessRateThrottle then reads none), and
    `classifier_generation`, under which this process may keep their classifier's versions
    (drawings.storage.classifier_state).
    """

    is_authenticated = True
    is_anonymous = False
    is_active = True

    def __init__(self, pk, throttle_histories=None, classifier_generation=None):
        self.pk = self.id = pk
        self.throttle_histories = throttle_histories
        self.classifier_generation = classifier_generation

    def __str__(self):
        return f"user {self.pk}"


# Token hash → the id of the user it belongs to, under the user's token generation when this
# process checked it. An entry is trusted while it is younger than API_TOKEN_CACHE_SECONDS and its
# generation is still the user's in the shared cache: one cache read per guess instead of a
# database query that builds a token, a user and a classifier. Revoking or replacing a token,
# deactivating or deleting its user replaces the generation (drawings.signals), so every process
# refuses the token from its next request on.
checked_tokens = ProcessCache("checked tokens", max_entries=100_000)


def checked_user(digest):
    """The GuessUser the token belongs to, if this process may still trust that."""
    entry = checked_tokens.entry(digest)
    if entry is None:
        return None
    generation, user_id = entry
    token_generation, user = guess_user(user_id)
    if token_generation == generation:
        return user
    checked_tokens.discard(digest)
    return None


def guess_user(user_id):
    """(the user's token generation or None, their GuessUser) from one read of the shared cache,
    which also brings their classifier generation (made if missing) and throttle histories."""
    token_key = generation_key(API_TOKEN, user_id)
    classifier_key = generation_key(CLASSIFIER, user_id)
    histories = throttle_keys(user_id)
    found = cache.get_many([token_key, classifier_key, *histories])
    user = GuessUser(
        user_id,
        {key: found[key] for key in histories if key in found},
        found.get(classifier_key) or generations.current(CLASSIFIER, user_id),
    )
    return found.get(token_key), user


@functools.cache
def token_owner_query():
    """The SQL of `token_owner`'s read (the token's hash its one parameter), compiled by the ORM
    once per process rather than on every read, which a guess by a token this process has not
    checked yet makes twice: compiling was most of the read (docs/performance.md)."""
    tokens = ApiToken.objects.filter(key_hash="").values_list("user_id", "user__is_active")
    sql, _ = tokens.query.sql_with_params()
    return sql


def token_owner(digest):
    """The id of the active user whose token hashes to `digest`, from the database; else refused."""
    with connection.cursor() as cursor:
        cursor.execute(token_owner_query(), [digest])
        found = cursor.fetchone()
    if found is None:
        raise AuthenticationFailed(INVALID_TOKEN)
    user_id, is_active = found
    if not is_active:
        raise AuthenticationFailed(INACTIVE_USER)
    return user_id


class GuessTokenAuthentication(TokenAuthentication):
    """Token authentication for guesses: the same header, answers and refusals, without building
    a token, a user and a classifier from the database on every guess (see checked_tokens).

    With a cache that is not shared between processes, nothing could tell one process that
    another revoked a token: the database is then asked every time.
    """

    def authenticate_credentials(self, key):
        digest = token_hash(key)
        if not (settings.API_TOKEN_CACHE_SECONDS > 0 and cache_is_shared()):
            return GuessUser(token_owner(digest)), None
        user = checked_user(digest)
        if user is None:
            # Read twice around the generation: a change committed after the first read and
            # announced before the generation was read is seen by the second.
            user_id = token_owner(digest)
            generation, user = guess_user(user_id)
            generation = generation or generations.current(API_TOKEN, user_id)
            if token_owner(digest) != user_id:
                raise AuthenticationFailed(INVALID_TOKEN)
            seconds = settings.API_TOKEN_CACHE_SECONDS
            checked_tokens.put(digest, generation, user_id, seconds=seconds)
        return user, None
