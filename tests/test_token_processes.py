"""A revoked token is refused on the very next request, by every server process, and the
user's other tokens keep working there."""

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.conf import global_settings

from accounts.models import ApiToken
from tests.helpers import PASSWORD
from tests.processes import BIN, Visitor, free_ports, start, stop, wait_until_listening

pytestmark = pytest.mark.processes


def gunicorn(port):
    return start([BIN / "gunicorn", "emojisite.wsgi", "--workers", "1"], BIND=f"127.0.0.1:{port}")


def status_with_token(port, token):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/labels/", headers={"Authorization": f"Token {token}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db(transaction=True)
def test_a_revoked_token_alone_is_refused_by_the_other_server_at_once(alice, settings):
    # Hashed as the servers expect: the fast hasher of the other tests is not among theirs.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    alice.set_password(PASSWORD)
    alice.save()
    ports = free_ports(2)
    servers = [gunicorn(port) for port in ports]
    try:
        for port, server in zip(ports, servers, strict=True):
            # Generous: two servers import scikit-learn at once on a shared machine.
            wait_until_listening(f"http://127.0.0.1:{port}/accounts/login/", server, timeout=60)
        first = ApiToken.issue(alice)
        before = [status_with_token(port, first) for port in ports]

        on_a, on_b = Visitor(ports[0]), Visitor(ports[1])
        on_a.sign_in("alice")
        page = on_a.post("/accounts/token/", {"name": "Second"})
        second = re.search(r'id="new-token"[^>]*value="([0-9a-f]{40})"', page).group(1)
        after_creating = [status_with_token(ports[1], first), status_with_token(ports[1], second)]

        on_b.sign_in("alice")
        on_b.post(f"/accounts/token/{ApiToken.objects.for_key(first).pk}/revoke/")
        after_revoking = [status_with_token(ports[0], first), status_with_token(ports[0], second)]

        obtained = json.loads(
            urllib.request.urlopen(
                urllib.request.Request(
                    f"http://127.0.0.1:{ports[1]}/api/token/",
                    json.dumps({"username": "alice", "password": PASSWORD}).encode(),
                    {"Content-Type": "application/json"},
                ),
                timeout=30,
            ).read()
        )["token"]
        obtained_on_a = [status_with_token(ports[0], obtained), status_with_token(ports[0], second)]
    finally:
        output = "".join(stop(server) for server in servers)
    assert before == [200, 200], output
    assert after_creating == [200, 200], output
    assert after_revoking == [401, 200], output
    assert obtained_on_a == [200, 200], output
