"""The guess throttle: DRF's per-user and per-scope rates in one read and one write of the cache."""

import time

from django.core.cache import cache
from rest_framework.throttling import BaseThrottle, SimpleRateThrottle

# The rates a guess counts against: the user's for the whole API, and the guesses' own.
SCOPES = ("user", "predict")


def rates():
    """Scope → (requests, seconds) for each scope that has a rate (tests change them)."""
    return {
        scope: SimpleRateThrottle.parse_rate(None, SimpleRateThrottle.THROTTLE_RATES[scope])
        for scope in SCOPES
        if SimpleRateThrottle.THROTTLE_RATES.get(scope)
    }


def throttle_key(scope, user_id):
    """The cache key of the user's history in a scope, as DRF's UserRateThrottle and
    ScopedRateThrottle name it."""
    return f"throttle_{scope}_{user_id}"


def throttle_keys(user_id):
    return [throttle_key(scope, user_id) for scope in rates()]


class GuessRateThrottle(BaseThrottle):
    """UserRateThrottle and ScopedRateThrottle("predict") as DRF checks them, with the same keys,
    histories and waits (so a guess still counts against the user's rate for the whole API), but
    both read with one get_many and written with one set_many: four cache round trips were a
    third of a guess's time. A token checked by GuessTokenAuthentication brings the histories,
    read with its generation, and then this reads nothing.
    """

    def allow_request(self, request, view):
        now = time.time()
        scoped = rates()
        keys = {scope: throttle_key(scope, request.user.pk) for scope in scoped}
        stored = getattr(request.user, "throttle_histories", None)
        if stored is None:
            stored = cache.get_many(keys.values())
        waits, allowed = [], {}
        for scope, (requests, duration) in scoped.items():
            history = [moment for moment in stored.get(keys[scope], []) if moment > now - duration]
            if len(history) >= requests:
                remaining = duration - (now - history[-1]) if history else duration
                available = requests - len(history) + 1
                waits.append(remaining / available if available > 0 else None)
            else:
                allowed[keys[scope]] = [now, *history]
        if allowed:
            longest = max(duration for _, duration in scoped.values())
            cache.set_many(allowed, longest)
        self.waits = waits
        return not waits

    def wait(self):
        return max((wait for wait in self.waits if wait is not None), default=None)
