"""API authentication for guesses: a token or a signed-in session this process has already
checked, as long as the shared cache says it has not changed. (Every other request:
accounts.authentication.)"""

import functools

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, load_backend
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from accounts.authentication import INACTIVE_USER, INVALID_TOKEN
from accounts.models import ApiToken, token_hash
from drawings.throttles import throttle_keys
from emojisite import generations
from emojisite.generations import (
    API_TOKEN,
    CLASSIFIER,
    SESSION,
    cache_is_shared,
    generation_key,
)
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
# database query that builds a token and a user. Issuing or revoking any of the
# user's tokens, deactivating or deleting the user replaces the generation (accounts.signals), so
# every process refuses a revoked token from its next request on.
checked_tokens = ProcessCache("checked tokens", max_entries=100_000)
# Session key → the id of its user, under the user's session generation, trusted as tokens are and
# never past the session's expiry. Signing out, a key rotated at sign-in, a session cleared, a
# user deactivated, deleted or changed (a new password) replaces the generation (accounts.signals).
checked_sessions = ProcessCache("checked sessions", max_entries=100_000)


def checked_user(digest, checked=checked_tokens, kind=API_TOKEN):
    """The GuessUser the token (or the session of `checked_sessions`, kind SESSION) belongs to,
    if this process may still trust that."""
    entry = checked.entry(digest)
    if entry is None:
        return None
    generation, user_id = entry
    current_generation, user = guess_user(user_id, kind)
    if current_generation == generation:
        return user
    checked.discard(digest)
    return None


def guess_user(user_id, kind=API_TOKEN):
    """(the user's generation of `kind` or None, their GuessUser) from one read of the shared
    cache, which also brings their classifier generation (made if missing) and throttle
    histories; generations `trusted`, None while the cache can't be read."""
    token_key = generation_key(kind, user_id)
    classifier_key = generation_key(CLASSIFIER, user_id)
    histories = throttle_keys(user_id)
    found = cache.get_many([token_key, classifier_key, *histories])
    user = GuessUser(
        user_id,
        {key: found[key] for key in histories if key in found},
        generations.trusted(found.get(classifier_key)) or generations.current(CLASSIFIER, user_id),
    )
    return generations.trusted(found.get(token_key)), user


@functools.cache
def token_owner_query():
    """The SQL of `token_owner`'s read (the token's hash its one parameter), compiled by the ORM
    once per process rather than on every read, which a guess by a token this process has not
    checked yet makes twice: compiling was most of the read (docs/performance.md)."""
    tokens = ApiToken.objects.filter(key_hash="").values_list(
        "user_id", "user__is_active", "last_used"
    )
    sql, _ = tokens.query.sql_with_params()
    return sql


def token_owner(digest):
    """The id of the active user whose token hashes to `digest`, from the database; else refused.
    The token's `last_used` is recorded here, when it is older than a minute: a process that
    trusts a checked token reads nothing, and so writes nothing either."""
    with connection.cursor() as cursor:
        cursor.execute(token_owner_query(), [digest])
        found = cursor.fetchone()
    if found is None:
        raise AuthenticationFailed(INVALID_TOKEN)
    user_id, is_active, last_used = found
    if not is_active:
        raise AuthenticationFailed(INACTIVE_USER)
    ApiToken.objects.mark_used(digest, last_used)
    return user_id


class GuessTokenAuthentication(TokenAuthentication):
    """Token authentication for guesses: the same header, answers and refusals, without building
    a token and a user from the database on every guess (see checked_tokens).

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
            if generation is not None:  # else the cache can't be read: nothing would tell
                seconds = settings.API_TOKEN_CACHE_SECONDS  # this process of a change
                checked_tokens.put(digest, generation, user_id, seconds=seconds)
        return user, None


def session_owner(key):
    """(user id, seconds left) of the unexpired session `key` in the database, if its user is
    active and signed in with their current password, as auth.get_user checks; else None.
    Unlike auth.get_user it changes nothing (a session signed in under a fallback secret, which
    auth.get_user would rotate, is None here)."""
    now = timezone.now()
    row = Session.objects.filter(session_key=key, expire_date__gt=now).first()
    data = row.get_decoded() if row is not None else {}
    backend_path = data.get(BACKEND_SESSION_KEY)
    if SESSION_KEY not in data or backend_path not in settings.AUTHENTICATION_BACKENDS:
        return None
    user_model = load_backend(backend_path).get_user(data[SESSION_KEY])
    if user_model is None or not constant_time_compare(
        data.get(HASH_SESSION_KEY, ""), user_model.get_session_auth_hash()
    ):
        return None
    return user_model.pk, (row.expire_date - now).total_seconds()


def sessions_checked_once():
    """Whether this process may keep the sessions it checked: only when every deletion of a
    session is seen (the database engine's rows send signals) and told to every process (a
    shared cache)."""
    return (
        settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
        and settings.API_TOKEN_CACHE_SECONDS > 0
        and cache_is_shared()
    )


class GuessSessionAuthentication(SessionAuthentication):
    """Session authentication for the drawing page's guesses: the same cookie, CSRF check,
    answers and refusals, without loading the session and the user from the database on every
    guess (see checked_sessions). A session this process has not checked, or may no longer
    trust, goes through Django's own check (SessionAuthentication)."""

    def authenticate(self, request):
        key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if not key or not sessions_checked_once():
            return super().authenticate(request)
        user = checked_user(key, checked_sessions, SESSION)
        if user is None:
            # Read twice around the generation, as for tokens.
            found = session_owner(key)
            if found is None:
                return super().authenticate(request)
            user_id, seconds_left = found
            generation, user = guess_user(user_id, SESSION)
            generation = generation or generations.current(SESSION, user_id)
            confirmed = session_owner(key)
            if confirmed is None or confirmed[0] != user_id:
                return super().authenticate(request)
            if generation is not None:  # else the cache can't be read, as for tokens
                seconds = min(settings.API_TOKEN_CACHE_SECONDS, seconds_left)
                checked_sessions.put(key, generation, user_id, seconds=seconds)
        self.enforce_csrf(request)
        return user, None
