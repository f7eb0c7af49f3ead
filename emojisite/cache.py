"""Django's Redis cache, used as a cache: an outage costs speed, never an answer.

One Redis client per connection pool instead of one per call. A call that finds Redis down (or
not answering within TIMEOUT_SECONDS) is a miss: a read finds nothing, a write stores nothing;
it is logged once per outage, and Redis is left alone for CACHE_RETRY_SECONDS before it is tried
again, so the site goes on from the database and takes Redis back without a restart.

`link.session` counts the times this process's link to Redis may have been broken: every failed
call, and every connection opened (a Redis restarted, or cut off and back, is reconnected to).
Whoever keeps something because of what Redis said keeps it only within the session it read
that in (emojisite.generations): a change that could not be announced while Redis was away is
then never hidden by what was kept before.
"""

import functools
import logging
import threading
import time

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis import ConnectionPool
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# A Redis that doesn't connect or answer within this is taken for down.
TIMEOUT_SECONDS = 0.5
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class Link:
    """This process's link to Redis: its session (see the module's docstring), and until when
    to leave Redis alone after a failure."""

    def __init__(self):
        self.session = 0
        self.down_until = None
        self._lock = threading.Lock()

    def broken(self):
        with self._lock:
            self.session += 1

    def try_again(self):
        """Let the next call try Redis even if one failed just now: for a write that must not be
        skipped while Redis may be back."""
        if self.down_until is not None:
            self.down_until = time.monotonic()

    def usable(self):
        return self.down_until is None or time.monotonic() >= self.down_until

    def failed(self, error):
        self.broken()
        if self.down_until is None:
            logger.warning("The cache is unreachable (%s); going on without it.", error)
        self.down_until = time.monotonic() + settings.CACHE_RETRY_SECONDS

    def answered(self):
        if self.down_until is not None:
            self.down_until = None
            logger.warning("The cache answers again.")


link = Link()


class WatchedConnectionPool(ConnectionPool):
    """redis-py's pool, with every connection it opens or opens again breaking the session."""

    def make_connection(self):
        connection = super().make_connection()
        connection.register_connect_callback(self.connected)
        return connection

    def connected(self, connection):
        link.broken()


class ReusingRedisCacheClient(RedisCacheClient):
    """Django builds a new redis.Redis for every cache call, much of what a throttle check cost
    (docs/performance.md); a client is safe to share between threads (it takes a connection from
    its pool for each command), so each pool's is built once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._pool_class = WatchedConnectionPool

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


def tolerant(miss):
    """A cache method that answers `miss(*arguments)` instead of failing when Redis is away."""

    def decorate(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            if not link.usable():
                return miss(*args, **kwargs)
            try:
                answer = method(self, *args, **kwargs)
            except UNREACHABLE as error:
                link.failed(error)
                return miss(*args, **kwargs)
            link.answered()
            return answer

        return call

    return decorate


def nothing(*args, **kwargs):
    return None


def refused(*args, **kwargs):
    return False


class SharedRedisCache(RedisCache):
    """The cache the site's processes share. `clear` (which only tests and operators call) still
    raises when Redis is away."""

    def __init__(self, server, params):
        options = {
            "socket_connect_timeout": TIMEOUT_SECONDS,
            "socket_timeout": TIMEOUT_SECONDS,
            **params.get("OPTIONS", {}),
        }
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusingRedisCacheClient

    @tolerant(lambda key, default=None, version=None: default)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @tolerant(lambda keys, version=None: {})
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @tolerant(nothing)
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @tolerant(lambda data, timeout=DEFAULT_TIMEOUT, version=None: list(data))
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @tolerant(refused)
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @tolerant(refused)
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @tolerant(refused)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @tolerant(refused)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @tolerant(nothing)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)
