"""With DEBUG off, cookies stay on HTTPS and responses carry the security headers."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
# Whether to send every subdomain over HTTPS, or ask browsers to preload HSTS, or redirect here
# rather than at the proxy, depends on the domain the site is deployed on.
LEFT_TO_THE_DEPLOYMENT = {"security.W005", "security.W008", "security.W021"}


def test_check_deploy_finds_nothing_but_choices_left_to_the_deployment():
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("DEBUG", "SECURE"))
    }
    env["SECRET_KEY"] = "x" * 20 + "a-long-random-production-key-0123456789-abcdefghij"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = set(re.findall(r"\((security\.\w+)\)", result.stdout + result.stderr))
    assert found == LEFT_TO_THE_DEPLOYMENT


def test_session_and_csrf_cookies_are_secure_and_http_only(client, alice):
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
    assert response["Strict-Transport-Security"] == "max-age=31536000"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
