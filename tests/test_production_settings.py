"""Over HTTPS, cookies stay on HTTPS; every response carries the security headers."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def production_setting(name, **env):
    """A setting as a production process computes it from its environment."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DEBUG", "SECURE"))}
    result = subprocess.run(
        [sys.executable, "-c", f"from emojisite import settings; print(settings.{name})"],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout.strip()


def test_over_https_cookies_are_secure_and_browsers_are_told_to_stay():
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT"):
        assert production_setting(name, HTTPS="true") == "True"
        assert production_setting(name) == "False"
    assert production_setting("SECURE_HSTS_SECONDS", HTTPS="true") == "31536000"


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
