"""Fuzz every API operation from its own OpenAPI schema: no 5xx, and every 4xx says what is wrong.

Schemathesis generates valid and invalid requests from /api/schema/; each runs through the real
WSGI application against the test database, signed in with a token. FUZZ_EXAMPLES sets the number
of examples per operation and mode (default 25, a few seconds each); see docs/reliability.md.
"""

from collections import Counter

import pytest
import schemathesis
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error

from tests.conftest import FUZZ_DERANDOMIZE, FUZZ_EXAMPLES

schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
statuses = Counter()


@pytest.fixture(scope="module", autouse=True)
def report_the_count(request):
    """Print how many requests were fuzzed, by status, for docs/reliability.md."""
    yield
    plugins = request.config.pluginmanager
    counts = ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items()))
    with plugins.get_plugin("capturemanager").global_and_fixture_disabled():
        plugins.get_plugin("terminalreporter").write_line(
            f"\nfuzzed {statuses.total()} API requests ({counts})"
        )


@pytest.fixture
def token(alice):
    return Token.objects.create(user=alice).key


def names_the_problem(ctx, response, case):
    """A 4xx answers JSON that says what is wrong: a `detail` (beside which other facts may
    stand, as an import's count of bad lines), or messages per field."""
    if 400 <= response.status_code < 500:
        body = response.json()
        assert body, f"{response.status_code} with an empty body"
        if isinstance(body, dict) and "detail" in body:
            messages = [body["detail"]]
        else:
            messages = body.values() if isinstance(body, dict) else body
        assert all(messages), f"{response.status_code} with an empty message: {body}"


@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@settings(
    max_examples=FUZZ_EXAMPLES,
    derandomize=FUZZ_DERANDOMIZE,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_never_fails_and_names_every_problem(case, token):
    cache.clear()  # fuzz the handlers, not the throttles
    response = case.call_and_validate(
        headers={"Authorization": f"Token {token}"},
        checks=[not_a_server_error, names_the_problem],
    )
    statuses[response.status_code] += 1
