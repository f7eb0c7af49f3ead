"""Other processes in tests: forks of this one, and the site's own commands (gunicorn, worker)."""

import multiprocessing
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.db import connection, connections

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
