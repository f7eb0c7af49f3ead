"""gunicorn settings for `make serve`, read from the environment like the site's own settings.

Each worker process keeps its own cache of unpickled classifiers (CLASSIFIER_CACHE_MB), so
memory grows with WEB_CONCURRENCY; threads share it. See docs/deploy.md for sizing.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Each worker listens on its own socket (SO_REUSEPORT) and the kernel spreads connections
# across them. On one shared socket, the first worker to wake took all 32 keep-alive
# connections of bench/many_users.py while the other sat idle (14.5 s of CPU against 0.2 s).
# Beware that a second server started on the same port then shares it instead of failing.
reuse_port = True
# Import Django, numpy and scikit-learn once, before forking: faster start, memory shared.
preload_app = True
# Restart a worker now and then so memory fragmentation cannot build up.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = max_requests // 10
# No runtime control socket: several instances on one host would all want the same path.
control_socket_disable = True
