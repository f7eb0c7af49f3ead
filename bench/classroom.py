"""A class at once: pupils from one address sign in, join their class, draw with the page's live
guesses and press emoji, against the site deployed as docs/deploy.md says.

The site runs as deployed: gunicorn (gunicorn.conf.py, 2 processes of 4 threads on a 2-core
machine), PostgreSQL, Redis, TASKS_BACKEND=database with `--workers` `db_worker` processes (one,
as docs/deploy.md says for a 2-core host that also serves), DEBUG off and the default rate
limits. Each pupil, a thread with its own keep-alive connection from 127.0.0.1, already has a
few drawings of each label and a model fit on them. They arrive at random over `--arrive-over`
seconds (the same minute, by default); each signs in through the login form
(every fourth mistypes the password first), opens the class's join link and confirms, opens
the drawing page, then for `--seconds`: draws for a few seconds, the drawing growing every few
hundred ms and each change asking for a guess as static/drawings/draw/guess.js does (session cookie,
CSRF header, `explain`, one guess in flight); presses the emoji (the page's train request);
draws the next one, its guesses and a poll of /api/model/ every 1.5 s telling when a model with
the press answers; pauses, and again. Request loops end at `--seconds` and after
`--max-presses`.

Goals (docs/performance.md): 30 pupils: all sign in, guess p99 ≤ 100 ms, submit p99 ≤ 300 ms,
new model p99 ≤ 2 s, 0 errors; 90 pupils: all sign in, guess p99 ≤ 250 ms, new model
p99 ≤ 5 s, 0 errors. `--site` runs the same class against other checkouts (another branch's
tree, e.g. from `git archive`), alternating with this one, so load from other work on the
machine falls on all alike.

`--redis-stops SECONDS` plays the class with the cache failing: the bench runs a Redis of its
own for REDIS_URL and stops it that many seconds after the first pupil may arrive (0: before),
so the figures are those of a class with Redis down; every failed request is counted as an
error, as always.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench \\
        .venv/bin/python bench/classroom.py --pupils 30 90
"""

import argparse
import http.client
import json
import random
import re
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

from harness import (
    LABELS,
    PROJECT,
    drawings,
    make_users,
    setup_django,
    show,
    start_gunicorn,
    start_worker,
    stop,
)

PASSWORD = "class-bench-pw"
FORM = "application/x-www-form-urlencoded"
DRAW_SECONDS = 3  # one drawing, its guesses on
STEP_SECONDS = 0.3  # the drawing grows this often
PAUSE_SECONDS = 1  # after the new model answered, before the next drawing
MODEL_POLL_SECONDS = 1.5  # draw/model.js's MODEL_POLL_MS
MODEL_WAIT_SECONDS = 30  # a press whose model has not answered by then is an error
REQUEST_TIMEOUT = 60  # seconds; a request unanswered by then is an error
GOALS = {  # pupils at most → (guess p99 ms, submit p99 ms or None, new model p99 s)
    30: (100, 300, 2),
    90: (250, None, 5),
}


class Refused(Exception):
    """An answer the page would show as an error."""


class Browser:
    """One pupil's browser: a keep-alive connection, its cookies, the CSRF header the page sends."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        self.cookies = {}

    def send(self, method, path, body=None, content_type="application/json"):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if method == "POST":
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Content-Type"] = content_type
            if content_type == "application/json":
                body = json.dumps(body)
            else:
                body = urllib.parse.urlencode(body)
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()  # reconnects on the next request
            raise
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return response.status, data

    def api(self, method, path, body=None, expect=200):
        status, data = self.send(method, path, body)
        if status != expect:
            raise Refused(f"{method} {path}: {status}")
        return json.loads(data)


class Figures:
    """What every pupil measured, appended from their threads."""

    def __init__(self):
        self.sign_ins, self.guesses, self.submits, self.new_models = [], [], [], []
        self.errors, self.drawing = [], []  # (started, ended) of each pupil's drawing

    def error(self, what):
        self.errors.append(str(what)[:120])


def timed(call, into):
    started = time.perf_counter()
    answer = call()
    into.append(time.perf_counter() - started)
    return answer


def sign_in(browser, username, mistype):
    status, page = browser.send("GET", "/accounts/login/")
    form_token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    tries = [PASSWORD + "x", PASSWORD] if mistype else [PASSWORD]
    for password in tries:
        form = {"username": username, "password": password, "csrfmiddlewaretoken": form_token}
        status, page = browser.send("POST", "/accounts/login/", form, FORM)
        if status == 302:
            return
        if password == PASSWORD or status != 200:
            raise Refused(f"sign-in of {username}: {status}")


def join(browser, code):
    path = f"/classes/join/{code}/"
    status, _ = browser.send("GET", path)
    if status != 200:
        raise Refused(f"join link: {status}")
    form = {"csrfmiddlewaretoken": browser.cookies["csrftoken"]}
    status, _ = browser.send("POST", path, form, FORM)
    if status != 302:
        raise Refused(f"join: {status}")


def strokes(grid):
    """The inked cells of a grid in the order a pen would lay them, column by column."""
    cells = [(c, r) for c in range(28) for r in range(28) if grid[c][r]]
    return sorted(cells, key=lambda cell: (cell[0] + cell[1], cell[0]))


class Pupil:
    def __init__(self, port, username, mistype, code, figures, seconds, max_presses, seed, arrives):
        self.browser = Browser(port)
        self.username, self.mistype, self.code = username, mistype, code
        self.figures, self.seconds, self.max_presses = figures, seconds, max_presses
        self.deadline = time.monotonic() + seconds + MODEL_WAIT_SECONDS + 600  # until signed in
        self.rng = random.Random(seed)
        self.arrives = arrives  # seconds after the start
        self.grids, self.labels = drawings(len(LABELS) * 4, seed=seed)
        self.waiting = None  # (pressed at, model version the press answered) until it answers

    def run(self, start):
        start.wait()
        time.sleep(self.arrives)
        try:
            timed(lambda: sign_in(self.browser, self.username, self.mistype), self.figures.sign_ins)
            join(self.browser, self.code)
            status, _ = self.browser.send("GET", "/")
            if status != 200:
                raise Refused(f"drawing page: {status}")
        except Exception as error:
            self.figures.error(error)
            return
        presses, started = 0, time.perf_counter()
        self.deadline = time.monotonic() + self.seconds
        while time.monotonic() < self.deadline and presses < self.max_presses:
            try:
                self.draw_and_press()
                presses += 1
                self.wait_for_model()
                self.idle(PAUSE_SECONDS)
            except Exception as error:
                self.figures.error(error)
                self.waiting = None
                self.idle(PAUSE_SECONDS)
        self.figures.drawing.append((started, time.perf_counter()))

    def draw_and_press(self):
        index = self.rng.randrange(len(self.labels))
        grid, label = self.grids[index].tolist(), self.labels[index]
        drawing = [[0] * 28 for _ in range(28)]
        cells = strokes(grid)
        steps = int(DRAW_SECONDS / STEP_SECONDS)
        for step in range(steps):
            step_started = time.monotonic()
            for column, row in cells[step * len(cells) // steps : (step + 1) * len(cells) // steps]:
                drawing[column][row] = grid[column][row]
            self.guess(drawing)
            self.idle(STEP_SECONDS - (time.monotonic() - step_started))
        press = {"label": label, "features": grid}
        answer = timed(
            lambda: self.browser.api("POST", "/api/train/", press, 201), self.figures.submits
        )
        self.waiting = (time.perf_counter(), answer["model"]["version"], time.monotonic())
        self.last_poll = time.monotonic()
        self.check_model(answer["model"])

    def guess(self, drawing):
        body = {"features": drawing, "explain": True}
        answer = timed(
            lambda: self.browser.api("POST", "/api/predict/", body), self.figures.guesses
        )
        self.check_model({"version": answer["model_version"], "stale": answer["stale"]})

    def check_model(self, model):
        """Stop the clock at the first answer from a model that has the press."""
        if self.waiting is None:
            return
        pressed, version, _ = self.waiting
        if not model["stale"] and (model["version"] or 0) > (version or 0):
            self.figures.new_models.append(time.perf_counter() - pressed)
            self.waiting = None

    def wait_for_model(self):
        """Draw on while the model trains, polling it as the page does, until it answers."""
        grid = self.grids[self.rng.randrange(len(self.grids))].tolist()
        cells = strokes(grid)
        drawing, shown = [[0] * 28 for _ in range(28)], 0
        while self.waiting is not None:
            if time.monotonic() - self.waiting[2] > MODEL_WAIT_SECONDS:
                raise Refused("new model did not answer in time")
            if time.monotonic() >= self.last_poll + MODEL_POLL_SECONDS:
                self.last_poll = time.monotonic()
                self.check_model(self.browser.api("GET", "/api/model/"))
                continue
            step_started = time.monotonic()
            for column, row in cells[shown : shown + max(1, len(cells) // 10)]:
                drawing[column][row] = grid[column][row]
            shown += max(1, len(cells) // 10)
            self.guess(drawing)
            self.idle(STEP_SECONDS - (time.monotonic() - step_started))

    def idle(self, seconds):
        time.sleep(max(0, min(seconds, self.deadline + MODEL_WAIT_SECONDS - time.monotonic())))


def prepare_class(pupils, samples_each):
    """The bench database emptied, a teacher's class with a join code, and `pupils` accounts
    with `samples_each` drawings over the labels and a model fit on them; returns the code."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.db import connections
    from django.db.models import F

    from classrooms.models import Classroom
    from drawings import training
    from drawings.models import Classifier

    call_command("flush", interactive=False, verbosity=0)
    make_users(pupils, samples_each, prefix="pupil")
    users = get_user_model().objects
    users.filter(username__startswith="pupil").update(password=make_password(PASSWORD))
    teacher = users.create_user("teacher", password=PASSWORD)
    classroom = Classroom.objects.create(name="Class 4B", teacher=teacher)
    first = users.get(username="pupil0").pk
    fitted = training.fit_and_store(first)  # every pupil has the same drawings: one fit serves all
    Classifier.objects.filter(user__username__startswith="pupil").exclude(user_id=first).update(
        pickle=Classifier.objects.values_list("pickle", flat=True).get(user_id=first),
        version=fitted.version,
        trained_data_version=F("data_version"),
        trained_at=fitted.trained_at,
        n_samples=fitted.n_samples,
        counts=fitted.counts,
        algorithm=fitted.algorithm,
        report=fitted.report,
    )
    connections.close_all()
    return classroom.join_code


def flush_redis(url):
    import redis

    redis.Redis.from_url(url).flushdb()


def start_redis(port):
    """A Redis of the bench's own on `port`, keeping nothing on disk, to be stopped mid-run."""
    folder = tempfile.mkdtemp(prefix="classroom-redis-")
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    server = subprocess.Popen([*command, "--dir", folder], stdout=subprocess.DEVNULL)
    from redis.exceptions import ConnectionError as RedisConnectionError

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            flush_redis(f"redis://127.0.0.1:{port}/0")
            return server
        except RedisConnectionError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"redis-server on port {port} did not start")


def play(site, pupils, args):
    """Run one class against the checkout `site`; returns its figures."""
    redis_server = start_redis(args.redis_port) if args.redis_stops is not None else None
    code = prepare_class(pupils, args.samples)
    flush_redis(args.redis)
    server = start_gunicorn("emojisite.wsgi", args.port, chdir=site)
    workers = [start_worker(site) for _ in range(args.workers)]
    figures = Figures()
    outage = None
    if redis_server is not None:
        outage = threading.Timer(args.redis_stops, redis_server.terminate)
    try:
        time.sleep(2)  # the worker's start-up
        start = threading.Event()
        threads = [
            threading.Thread(
                target=Pupil(
                    args.port,
                    f"pupil{index}",
                    index % 4 == 1 and args.mistypes,
                    code,
                    figures,
                    args.seconds,
                    args.max_presses,
                    seed=index,
                    arrives=random.Random(index).uniform(0, args.arrive_over),
                ).run,
                args=(start,),
                daemon=True,
            )
            for index in range(pupils)
        ]
        for thread in threads:
            thread.start()
        if outage is not None:
            outage.start()
        start.set()
        for thread in threads:
            thread.join(timeout=args.seconds + 2 * MODEL_WAIT_SECONDS + 600)
    finally:
        for worker in workers:
            stop(worker)
        stop(server)
        if redis_server is not None:
            outage.cancel()
            stop(redis_server)
    return summary(figures, pupils)


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(figures, pupils):
    drawing = figures.drawing or [(0, 1)]
    elapsed = max(end for _, end in drawing) - min(start for start, _ in drawing)
    return {
        "pupils": pupils,
        "signed in": len(figures.sign_ins),
        "sign-in p99 s": percentile(figures.sign_ins, 0.99),
        "guesses/s": len(figures.guesses) / elapsed,
        "guess p50 ms": 1000 * percentile(figures.guesses, 0.5),
        "guess p99 ms": 1000 * percentile(figures.guesses, 0.99),
        "presses": len(figures.submits),
        "submit p99 ms": 1000 * percentile(figures.submits, 0.99),
        "new model p50 s": percentile(figures.new_models, 0.5),
        "new model p99 s": percentile(figures.new_models, 0.99),
        "errors": len(figures.errors),
        "first error": figures.errors[0] if figures.errors else "",
    }


def holds(result):
    """Whether a class's figures hold the goals of its size (a class over 30 has 90's)."""
    guess, submit, new_model = GOALS[30 if result["pupils"] <= 30 else 90]
    return (
        result["signed in"] == result["pupils"]
        and result["errors"] == 0
        and result["guess p99 ms"] <= guess
        and (submit is None or result["submit p99 ms"] <= submit)
        and result["new model p99 s"] <= new_model
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pupils", type=int, nargs="+", default=[30, 90])
    parser.add_argument("--seconds", type=int, default=60, help="of drawing, from the start")
    parser.add_argument("--samples", type=int, default=9, help="drawings each pupil has")
    parser.add_argument("--max-presses", type=int, default=100, help="per pupil")
    parser.add_argument("--no-mistypes", dest="mistypes", action="store_false")
    parser.add_argument(
        "--arrive-over", type=float, default=60, help="seconds over which pupils sign in"
    )
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--site", action="append", default=[], help="another checkout, run alternately"
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/11")
    parser.add_argument(
        "--redis-stops",
        type=float,
        metavar="SECONDS",
        help="run a Redis of the bench's own (on --port + 1) and stop it this long after the start",
    )
    parser.add_argument("--workers", type=int, default=1, help="db_worker processes")
    parser.add_argument("--port", type=int, default=8300)
    args = parser.parse_args()
    if args.redis_stops is not None:
        if shutil.which("redis-server") is None:
            parser.error("--redis-stops needs redis-server: apt-get install -y redis-server")
        args.redis_port = args.port + 1
        args.redis = f"redis://127.0.0.1:{args.redis_port}/0"
    setup_django(lift_throttles=False, TASKS_BACKEND="database", REDIS_URL=args.redis)
    sites = [PROJECT, *(Path(site).resolve() for site in args.site)]
    results = []
    for _ in range(args.rounds):
        for pupils in args.pupils:
            for site in sites:
                result = {"site": site.name, **play(site, pupils, args)}
                results.append(result)
                print(json.dumps(result), flush=True)

    from django.conf import settings

    outage = (
        "Redis up"
        if args.redis_stops is None
        else f"Redis stopped {args.redis_stops:g} s after the start"
    )
    print(
        f"\n{args.seconds} s of drawing after each sign-in, "
        f"sign-ins over {args.arrive_over:.0f} s, "
        f"{args.samples} drawings each, mistypes {'on' if args.mistypes else 'off'}, one address, "
        f"default rate limits, {settings.CLASSIFIER_ALGORITHM}, {args.workers} db_worker, {outage}"
    )
    keys = [key for key in results[0] if key != "first error"]
    show(
        [
            [f"{r[key]:.2f}" if isinstance(r[key], float) else r[key] for key in keys]
            + ["yes" if holds(r) else "no"]
            for r in results
        ],
        [*keys, "goals"],
    )
    for site in sites:
        held = [r["pupils"] for r in results if r["site"] == site.name and holds(r)]
        largest = max(held) if held else "none measured"
        print(f"{site.name}: largest class that holds the goals: {largest}")
    for r in results:
        if r["errors"]:
            print(f"{r['site']}, {r['pupils']} pupils, first error: {r['first error']}")


if __name__ == "__main__":
    main()
