"""What the benchmarks share: a throwaway database with made-up users, real servers, wrk.

Every benchmark empties the database at BENCH_DATABASE_URL (default: a SQLite file in the
system's temporary folder; PostgreSQL is what production runs, e.g.
postgres://postgres@127.0.0.1:5432/emojisite_bench, created if missing). Never point it at
data you want to keep.
"""

import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{Path(tempfile.gettempdir()) / 'emojisite-bench.sqlite3'}"
)
LABELS = ["🙂", "🌈", "💎"]
# What gunicorn.conf.py and `make worker` set: one thread for numpy's and SciPy's linear algebra.
ONE_BLAS_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def setup_django(lift_throttles=True, **environment):
    """Configure Django in this process on the bench database, migrated and emptied.

    The servers the benchmark starts inherit this environment; unless told otherwise they run
    2 gunicorn processes of 4 threads (gunicorn.conf.py), one per core of a small machine. The
    per-user API rates are raised out of reach (their counting still runs) unless
    `lift_throttles` is false: a benchmark's few made-up users send far more requests than any
    person, and a 429 measures nothing.
    """
    os.environ.update({"DATABASE_URL": DATABASE_URL, **environment})
    # The servers refuse the development key with DEBUG off (emojisite/checks.py).
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("WEB_CONCURRENCY", "2")
    os.environ.setdefault("GUNICORN_THREADS", "4")
    # No worker recycling mid-run: the replica, at three times the site's rate, restarted its
    # workers every few seconds, and wrk counted thousands of socket errors against it.
    os.environ.setdefault("GUNICORN_MAX_REQUESTS", "0")
    for scope in ("USER", "PREDICT", "TRAIN", "DELETE") if lift_throttles else ():
        os.environ.setdefault(f"THROTTLE_{scope}", "1000000/second")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "emojisite.settings")
    sys.path.insert(0, str(PROJECT))
    create_postgres_database()
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)


def create_postgres_database():
    if not DATABASE_URL.startswith("postgres"):
        return
    import psycopg

    base, name = DATABASE_URL.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def drawings(count, seed=0):
    """`count` made-up drawings with labels: noisy bars and diagonals, one shape per label."""
    rng = np.random.default_rng(seed)
    grids = np.zeros((count, 28, 28))
    labels = []
    for index in range(count):
        shape = index % len(LABELS)
        offset = rng.integers(-4, 5)
        cells = np.arange(5, 23)
        if shape == 0:
            grids[index, 14 + offset, cells] = 0.6
        elif shape == 1:
            grids[index, cells, 14 + offset] = 0.6
        else:
            grids[index, cells, np.clip(cells + offset, 0, 27)] = 0.6
        noise = rng.random((28, 28)) < 0.02
        grids[index][noise] = 0.3
        labels.append(LABELS[shape])
    return grids, labels


def make_users(count, samples_each, prefix="user"):
    """`count` users with `samples_each` samples each and an API token; returns the tokens."""
    from django.contrib.auth import get_user_model

    from accounts.models import ApiToken, token_hash
    from drawings.models import Classifier, Label, Sample

    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        [user_model(username=f"{prefix}{index}") for index in range(count)], batch_size=2000
    )
    users = list(user_model.objects.filter(username__startswith=prefix).order_by("id"))
    Classifier.objects.bulk_create([Classifier(user=user) for user in users], batch_size=2000)
    labels = Label.objects.bulk_create(
        [
            Label(user=user, name=name, position=i)
            for user in users
            for i, name in enumerate(LABELS)
        ],
        batch_size=2000,
    )
    label_of = {(label.user_id, label.name): label for label in labels}
    grids, names = drawings(samples_each)
    for start in range(0, count, max(1, 20_000 // max(samples_each, 1))):
        chunk = users[start : start + max(1, 20_000 // max(samples_each, 1))]
        Sample.objects.bulk_create(
            [
                Sample(user=user, label=label_of[user.pk, name], features=grid)
                for user in chunk
                for grid, name in zip(grids, names, strict=True)
            ],
            batch_size=2000,
        )
    Classifier.note_change([user.pk for user in users])
    keys = [secrets.token_hex(20) for _ in users]
    ApiToken.objects.bulk_create(
        [
            ApiToken(user=user, name="Bench", key_hash=token_hash(key))
            for user, key in zip(users, keys, strict=True)
        ],
        batch_size=2000,
    )
    return keys


def signed_in_page(user_id):
    """The headers the drawing page sends: its session cookie and the CSRF token it echoes."""
    from django.contrib.auth import get_user_model
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.test import Client
    from django.utils.crypto import get_random_string

    browser = Client()
    browser.force_login(get_user_model().objects.get(pk=user_id))
    session = browser.cookies["sessionid"].value
    csrf = get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS)
    return {"Cookie": f"sessionid={session}; csrftoken={csrf}", "X-CSRFToken": csrf}


def start_gunicorn(app, port, chdir=PROJECT, **environment):
    """gunicorn with the site's gunicorn.conf.py serving `app`, listening on loopback."""
    env = {**os.environ, "BIND": f"127.0.0.1:{port}", **environment}
    command = [BIN / "gunicorn", "-c", PROJECT / "gunicorn.conf.py", "--chdir", chdir, app]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90  # importing scikit-learn is slow on a busy machine
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return server
        except urllib.error.HTTPError:
            return server  # it answered
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"gunicorn {app} did not start:\n{server.stderr.read().decode()}")


def start_worker(chdir=PROJECT):
    """One `manage.py db_worker` taking retrains from the database queue, as `make worker`
    starts it (one thread for numpy's linear algebra: the worker processes are the parallelism)."""
    command = [BIN / "python", "manage.py", "db_worker", "--interval", "0.2", "--no-reload"]
    env = {**os.environ, **dict.fromkeys(ONE_BLAS_THREAD, "1")}
    return subprocess.Popen(command, cwd=chdir, env=env, stdout=subprocess.DEVNULL)


def server_settings():
    """How the servers run, for the first line of a report."""
    database = os.environ["DATABASE_URL"].split(":")[0]
    # Without a shared cache, tokens are read from the database on every guess.
    cache = "Redis" if os.environ.get("REDIS_URL") else "none shared (no REDIS_URL)"
    return (
        f"WEB_CONCURRENCY={os.environ['WEB_CONCURRENCY']}, "
        f"GUNICORN_THREADS={os.environ['GUNICORN_THREADS']}, database {database}, cache {cache}"
    )


def stop(process):
    process.terminate()
    process.wait(timeout=20)


def worker_pids(server):
    """The gunicorn worker processes of `server` (its children)."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    return [int(pid) for pid in children]


def resident_mb(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def wrk(url, lua, connections=32, seconds=10, threads=2):
    """Run wrk with the Lua script `lua`; requests per second, p50 and p99 in ms, errors."""
    if shutil.which("wrk") is None:
        sys.exit("These benchmarks need wrk: apt-get install -y wrk")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(lua)
        script.flush()
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
        output = subprocess.run(
            [*command, "-s", script.name, url], capture_output=True, text=True, check=True
        )
    output = output.stdout + output.stderr
    if "Requests/sec" not in output:
        raise RuntimeError(f"wrk failed:\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        "p99": milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        "errors": count_errors(output),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
    }


def alternate(runs, rounds):
    """Call each of `runs` (name → function returning figures) in turn, `rounds` times over.

    Returns each run's median figures: load from other work on the machine then falls on all
    runs alike instead of on whichever happened to run while it lasted.
    """
    figures = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            figures[name].append(run())
    return {
        name: {key: statistics.median(result[key] for result in results) for key in results[0]}
        for name, results in figures.items()
    }


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def count_errors(output):
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(n) for n in socket.groups()) if socket else 0
    )


def post_script(body, tokens=(), headers=None):
    """A wrk script that POSTs the JSON `body`, as a random one of `tokens` if there are any,
    with `headers` besides (a session cookie and its CSRF header, as a page sends them)."""
    lua = [
        'wrk.method = "POST"',
        'wrk.headers["Content-Type"] = "application/json"',
        f"wrk.body = [==[{body}]==]",
    ]
    lua += [f'wrk.headers["{name}"] = "{value}"' for name, value in (headers or {}).items()]
    if tokens:
        lua.append("tokens = {" + ",".join(f'"{token}"' for token in tokens) + "}")
        lua.append(
            "request = function() return wrk.format(nil, nil, {"
            '["Content-Type"] = "application/json", '
            '["Authorization"] = "Token " .. tokens[math.random(#tokens)]}) end'
        )
    return "\n".join(lua) + "\n"


def show(rows, header):
    """Print rows of figures as an aligned table."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def drawing(rng):
    """A stroke of brush passes, the way the canvas writes them: 0.3, 0.6, 0.9, 1."""
    grid = [[0] * 28 for _ in range(28)]
    column, row = rng.randrange(28), rng.randrange(28)
    for _ in range(rng.randrange(40, 120)):
        column = min(27, max(0, column + rng.choice((-1, 0, 1))))
        row = min(27, max(0, row + rng.choice((-1, 0, 1))))
        grid[column][row] = min(1, round(grid[column][row] + 0.3, 1))
    return grid
