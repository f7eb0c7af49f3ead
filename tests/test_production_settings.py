"""Over HTTPS, cookies stay on HTTPS; every response carries the security headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import BIN

ROOT = Path(__file__).resolve().parent.parent


def production_run(command, **env):
    """Run a command as a production process would, from this environment less DEBUG and the
    security settings, plus `env`."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DEBUG", "SECURE", "SECRET_KEY"))
    }
    return subprocess.run(
        command, cwd=ROOT, env={**environment, **env}, capture_output=True, text=True, timeout=60
    )


def production_setting(name, **env):
    """A setting as a production process computes it from its environment."""
    command = [sys.executable, "-c", f"from emojisite import settings; print(settings.{name})"]
    return production_run(command, **env).stdout.strip()


@pytest.mark.processes
def test_a_yes_or_no_setting_takes_the_usual_words():
    assert production_setting("SESSION_COOKIE_SECURE", HTTPS="Yes") == "True"
    assert production_setting("SESSION_COOKIE_SECURE", HTTPS=" on ") == "True"
    assert production_setting("SESSION_COOKIE_SECURE", HTTPS="0") == "False"
    assert production_setting("SESSION_COOKIE_SECURE", HTTPS="") == "False"


@pytest.mark.processes
def test_a_misspelt_yes_or_no_stops_the_start_and_names_the_variable():
    command = [sys.executable, "-c", "from emojisite import settings"]
    result = production_run(command, HTTPS="ture")
    assert result.returncode != 0
    assert "HTTPS='ture' is neither yes nor no" in result.stderr
    assert "true, 1, yes, on or false, 0, no, off" in result.stderr


SERVERS = {
    "gunicorn": [str(BIN / "gunicorn"), "emojisite.wsgi", "--bind", "127.0.0.1:0"],
    "the worker": [sys.executable, "manage.py", "db_worker", "--no-startup-delay"],
    "migrate": [sys.executable, "manage.py", "migrate", "--check"],
}


@pytest.mark.processes
@pytest.mark.parametrize("server", SERVERS)
def test_the_development_key_is_refused_with_debug_off(server):
    result = production_run(
        SERVERS[server], DATABASE_URL="sqlite:///:memory:", TASKS_BACKEND="database"
    )
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "SECRET_KEY is not set, and DEBUG is off" in output
    assert "secrets.token_urlsafe(50)" in output


@pytest.mark.processes
def test_with_debug_on_the_development_key_needs_no_setup():
    result = production_run([sys.executable, "manage.py", "check"], DEBUG="true")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.processes
def test_a_secret_key_of_ones_own_is_accepted():
    result = production_run(
        [sys.executable, "manage.py", "check"], SECRET_KEY="a-long-random-key-of-ones-own-1234"
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.processes
def test_over_https_cookies_are_secure_and_browsers_are_told_to_stay():
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT"):
        assert production_setting(name, HTTPS="true") == "True"
        assert production_setting(name) == "False"
    assert production_setting("SECURE_HSTS_SECONDS", HTTPS="true") == "31536000"


@pytest.mark.processes
def test_options_in_the_database_url_are_kept():
    options = production_setting(
        'DATABASES["default"]["OPTIONS"]', DATABASE_URL="postgres://u@db:5432/site?sslmode=require"
    )
    assert options == str({"sslmode": "require", "server_side_binding": True})


def test_session_and_csrf_cookies_are_secure_and_http_only(client, alice, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    response = client.post(
        "/accounts/login/", {"username": "alice", "password": "draw-a-rainbow-42"}, secure=True
    )
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"]
    assert session["samesite"] == "Lax"
    csrf = client.get("/accounts/login/", secure=True).cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"]


def test_responses_carry_the_security_headers(client, db):
    response = client.get("/accounts/login/", secure=True)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/", "/api/schema/", "/nowhere/"])
def test_every_response_allows_scripts_only_from_the_site_itself(client, db, path):
    policy = client.get(path)["Content-Security-Policy"]
    directives = dict(directive.strip().split(" ", 1) for directive in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"]


def test_debug_pages_go_without_the_policy_only_when_debugging(client, db, settings):
    """Django's debug pages for 404 and 500 run inline scripts; every other answer keeps it."""
    assert "Content-Security-Policy" in client.get("/api/predict/")
    settings.DEBUG = True
    assert "Content-Security-Policy" not in client.get("/nowhere/")
    assert "Content-Security-Policy" in client.get("/accounts/login/")
