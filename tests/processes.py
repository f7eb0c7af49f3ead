"""Other processes in tests: forks of this one, and the site's own commands (gunicorn, worker)."""

import http.cookiejar
import json
import multiprocessing
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.parse import quote

import redis
from django.db import connection, connections

from tests.helpers import PASSWORD

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TIMEOUT = 120  # seconds for all forked processes together
# Children run like production processes, which refuse the development key (emojisite.checks).
SECRET_KEY = secrets.token_urlsafe(50)


def free_ports(count):
    """`count` different TCP ports nothing listens on now, for servers a test starts, so that
    tests running in parallel never ask for the same one."""
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [probe.getsockname()[1] for probe in probes]
    finally:
        for probe in probes:
            probe.close()


def database_url():
    """The URL of the database this test runs on, so a child process uses the same one."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    user = quote(db["USER"] or "", safe="")
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host = db["HOST"] or "localhost"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{user}{password}@{host}{port}/{db['NAME']}"


def environment(**changes):
    """This process's environment for a child, less what only a test process may set."""
    # The browser tests allow sync database calls from Playwright's event loop, in this process.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {"SECRET_KEY": SECRET_KEY, **inherited, **changes}


def start(command, **changes):
    """Run `command` from the project folder on the test database; stop it with `stop`."""
    env = environment(DATABASE_URL=database_url(), **changes)
    return subprocess.Popen(
        command, cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def stop(process):
    """End the process and return what it printed, for the assertion message."""
    process.terminate()
    try:
        output, _ = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return output


def api_call(port, token, path, body=None):
    """(status, answer) of an API request with a token to the server on `port`: `body` posted
    as JSON, or a GET without one."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def wait_until_listening(url, process, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited early:\n{process.communicate()[0]}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listening at {url} after {timeout} s:\n{stop(process)}")


def in_processes(*calls):
    """Run each (function, *args) in its own forked process, all released at once; their results.

    Each process opens its own database connection to the test database.
    """
    connections.close_all()
    context = multiprocessing.get_context("fork")
    results, start = context.Queue(), context.Barrier(len(calls))

    def run(index, function, *args):
        try:
            start.wait(timeout=30)
            results.put((index, function(*args)))
        except BaseException as error:
            results.put((index, error))
            raise
        finally:
            connections.close_all()

    processes = [context.Process(target=run, args=(i, *call)) for i, call in enumerate(calls)]
    for process in processes:
        process.start()
    try:
        answers = dict(results.get(timeout=TIMEOUT) for _ in processes)
    finally:
        for process in processes:
            process.join(timeout=10)
            process.kill()
    failed = [answer for answer in answers.values() if isinstance(answer, BaseException)]
    assert not failed, failed
    return [answers[i] for i in range(len(calls))]


class Visitor:
    """A person with a browser's cookies, on the pages of one server."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def csrf_token(self):
        return next(c.value for c in self.cookies if c.name == "csrftoken")

    def get(self, path):
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.read().decode()

    def post(self, path, form=None):
        data = urllib.parse.urlencode({**(form or {}), "csrfmiddlewaretoken": self.csrf_token()})
        with self.opener.open(self.base + path, data.encode(), timeout=30) as response:
            return response.read().decode()

    def sign_in(self, username):
        self.get("/accounts/login/")
        self.post("/accounts/login/", {"username": username, "password": PASSWORD})


class RedisServer:
    """A redis-server of the test's own, on a free port, to stop and start again mid-run. It
    saves nothing by itself (`--save ''`): stopped with `keep_data`, it writes its data first and
    reads it back when started again, as a Redis that persists its data does."""

    binary = shutil.which("redis-server")

    def __init__(self, folder):
        self.folder = folder
        [self.port] = free_ports(1)
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def client(self):
        return redis.Redis(port=self.port, socket_timeout=5)

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while True:
            try:
                self.client().ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.05)

    def stop(self, keep_data=False):
        if self.process is None:
            return
        if keep_data:
            self.client().save()
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process = None
