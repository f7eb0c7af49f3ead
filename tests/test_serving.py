import json
import os
import secrets
import subprocess
import urllib.request

import pytest
import redis

from accounts.models import ApiToken
from tests.helpers import TEST_REDIS_URL, horizontal_bar, stroke, vertical_bar
from tests.processes import (
    BIN,
    PROJECT,
    environment,
    free_ports,
    start,
    stop,
    wait_until_listening,
)

pytestmark = pytest.mark.processes

PRODUCTION = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "HTTPS": "true",
    "ALLOWED_HOSTS": "emoji.example.org",
}


def gunicorn(port, **changes):
    return start(
        [BIN / "gunicorn", "emojisite.wsgi", "--workers", "1"],
        BIND=f"127.0.0.1:{port}",
        **changes,
    )


def call(port, path, token, body):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


@pytest.mark.django_db(transaction=True)
def test_two_web_servers_on_one_database_serve_each_others_samples(alice):
    token = ApiToken.issue(alice)
    diagonal = stroke([(cell, cell) for cell in range(4, 24)])
    ports = free_ports(2)
    servers = [gunicorn(port) for port in ports]
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_until_listening(f"http://127.0.0.1:{port}/accounts/login/", server)
        call(ports[0], "/api/train/", token, {"label": "🙂", "features": vertical_bar()})
        call(ports[0], "/api/train/", token, {"label": "🌈", "features": horizontal_bar()})
        guess = call(ports[1], "/api/predict/", token, {"features": horizontal_bar()})
        call(ports[1], "/api/train/", token, {"label": "💎", "features": diagonal})
        newer = call(ports[0], "/api/predict/", token, {"features": diagonal})
    finally:
        output = "".join(stop(server) for server in servers)
    assert (guess["guess"], guess["model_version"], guess["stale"]) == ("🌈", 2, False), output
    assert (newer["guess"], newer["model_version"]) == ("💎", 3), output


@pytest.mark.django_db(transaction=True)
def test_static_files_are_served_compressed_with_hashed_names(tmp_path):
    static = {"STATIC_ROOT": str(tmp_path), "STATIC_MANIFEST": "true"}
    manage = [BIN / "python", "manage.py", "collectstatic", "--no-input", "--verbosity", "0"]
    subprocess.run(manage, cwd=PROJECT, env=environment(**static), check=True)
    paths = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed = paths["drawings/draw.js"]
    # The page's modules import each other by their hashed names.
    imports = (tmp_path / hashed).read_text()
    assert f'from "./{paths["drawings/draw/canvas.js"].removeprefix("drawings/")}"' in imports
    assert f'from "../{paths["page.js"]}"' in imports
    [port] = free_ports(1)
    server = gunicorn(port, **static)
    try:
        wait_until_listening(f"http://127.0.0.1:{port}/accounts/login/", server)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/static/{hashed}", headers={"Accept-Encoding": "gzip"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            headers = response.headers
    finally:
        stop(server)
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]


def test_the_deployment_checks_pass_with_production_settings():
    result = subprocess.run(
        [BIN / "python", "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=environment(**PRODUCTION),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_an_unknown_tasks_backend_is_refused_with_the_choices():
    result = subprocess.run(
        [BIN / "python", "manage.py", "check"],
        cwd=PROJECT,
        env=environment(TASKS_BACKEND="celery"),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, database." in result.stderr


@pytest.fixture
def redis_url():
    try:
        redis.Redis.from_url(TEST_REDIS_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"needs Redis at {TEST_REDIS_URL} (apt-get install redis-server)")
    return TEST_REDIS_URL


def test_with_redis_url_every_process_shares_one_cache(redis_url):
    key = f"emojisite-test-{secrets.token_hex(8)}"

    def in_a_new_process(code):
        command = [BIN / "python", "manage.py", "shell", "--verbosity", "0", "-c", code]
        env = environment(REDIS_URL=redis_url)
        return subprocess.run(
            command, cwd=PROJECT, env=env, capture_output=True, text=True, check=True
        )

    in_a_new_process(f"from django.core.cache import cache; cache.set('{key}', 'shared', 30)")
    read = in_a_new_process(f"from django.core.cache import cache; print(cache.get('{key}'))")
    assert read.stdout.strip() == "shared"
