"""Fuzz every API operation from its own OpenAPI schema, with every check schemathesis has.

Schemathesis generates valid and invalid requests from /api/schema/ (its examples, coverage and
fuzzing phases), and scenarios of calls that pass the ids one answer gives to the next (its
stateful phase, following the links it infers from the schema); each runs through the real WSGI
application against the test database, signed in with the token of a user who has real samples,
labels and classes, whose ids the fuzzed valid requests use half the time. Every check it has
runs on every answer (status codes, content types, headers and bodies as the schema states them,
valid data accepted, invalid data refused, authentication not ignored, deleted things gone, ...),
and the project's are added to them: no answer is a 401, and every 4xx names the problem. All but
`--checks all`'s 10 s limit on an answer: here every change retrains in its request, on whatever
machine runs the suite (the long run, on a busy one, saw an import take 24 s), so the suite would
pass or fail by the machine's load; the outside run in docs/reliability.md has it. At the end,
every operation must have answered a 2xx at least once. FUZZ_EXAMPLES sets the number of examples
per operation (default 25) and of scenarios (four times as many); see docs/reliability.md.
"""

import random
from collections import Counter, defaultdict

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, Phase, settings

from accounts.models import ApiToken
from classrooms.models import Classroom
from drawings import training
from drawings.models import Label, Sample
from tests.helpers import (
    FUZZ_DERANDOMIZE,
    FUZZ_EXAMPLES,
    PASSWORD,
    horizontal_bar,
    vertical_bar,
)

# `make test-all` runs this tier in one process: its last test checks what all the others
# answered, and schemathesis gives every case one test id, which pytest-xdist can't spread.
pytestmark = pytest.mark.fuzz

schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
statuses = defaultdict(Counter)  # operation → status → count, over the whole module
fuzz_settings = settings(
    max_examples=FUZZ_EXAMPLES,
    derandomize=FUZZ_DERANDOMIZE,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# As schemathesis runs its stateful phase: scenarios of up to 6 calls, generated and not shrunk.
scenario_settings = settings(
    phases=[Phase.generate],
    max_examples=4 * FUZZ_EXAMPLES,
    stateful_step_count=6,
    derandomize=FUZZ_DERANDOMIZE,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


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


def signed_in(ctx, response, case):
    """Every request carries a valid token: a 401 means authentication broke, and the fuzzer is
    testing the refusal instead of the API. (Asking for a token with a wrong password is 401.)"""
    if case.operation.path != "/api/token/":
        assert response.status_code != 401, f"401 with a valid token: {response.text[:200]}"


PROJECT_CHECKS = [names_the_problem, signed_in]
# Operations the fuzzer must not make succeed, each tested elsewhere: deleting the fuzzed account
# would end the run (tests/test_account_delete.py deletes accounts).
NEVER_TO_SUCCEED = {"DELETE /api/account/"}


class RealData:
    """The fuzzed user's token and ids, put into half the valid requests that name ids, so that
    reading, moving and deleting a sample or label, reordering labels, getting or revoking a
    token, and changing, leaving or joining a class are tried on things that exist, not only on
    ids nobody has. The user teaches a class (with a pupil, and one whose account they made) and
    is a pupil of another, each made again whenever a request has deleted or left it."""

    def __init__(self, user):
        for column in range(8, 20, 2):
            Sample.add(user, "🙂", vertical_bar(column))
            Sample.add(user, "🌈", horizontal_bar(column))
        training.fit_and_store(user.pk)
        self.user = user
        self.token = ApiToken.issue(user)
        self.other = get_user_model().objects.create_user("teacher", password=PASSWORD)
        self.chance = random.Random(0)
        self.taught_class()
        self.joined_class()

    def taught_class(self):
        classroom = Classroom.objects.taught_by(self.user).first()
        if classroom is None:
            classroom = Classroom.objects.create(name="Year 4", teacher=self.user, labels=["🙂"])
        classroom.add_pupil(self.other)  # again, if a request took them out
        if not classroom.memberships.filter(managed=True).exists():
            classroom.make_accounts(["Made"])  # whose password the teacher may set
        return classroom

    def joined_class(self):
        classroom = Classroom.objects.taught_by(self.other).filter(memberships__pupil=self.user)
        if not classroom.exists():
            made = Classroom.objects.create(name="Year 5", teacher=self.other, labels=["🌈"])
            made.add_pupil(self.user)
        return classroom.first()

    def use(self, case):
        if not (case.meta and case.meta.generation.mode.is_positive):
            return
        if self.chance.random() < 0.5:
            return
        path = case.operation.path
        if path == "/api/samples/{id}/":
            ids = Sample.objects.filter(user=self.user).values_list("pk", flat=True)
            case.path_parameters["id"] = self.chance.choice(list(ids) or [1])
        elif path == "/api/labels/{id}/":
            ids = Label.objects.filter(user=self.user).values_list("pk", flat=True)
            case.path_parameters["id"] = self.chance.choice(list(ids) or [1])
        elif path == "/api/labels/order/":
            ids = list(Label.objects.filter(user=self.user).values_list("pk", flat=True))
            self.chance.shuffle(ids)
            case.body = {"labels": ids}
        elif path == "/api/token/":
            case.body = {"username": self.user.username, "password": PASSWORD}
        elif path == "/api/tokens/{id}/":
            case.path_parameters["id"] = self.spare_token()
        elif path == "/api/classes/join/":
            case.body = {"code": self.joined_class().join_code}
        elif path == "/api/classes/{id}/membership/":
            case.path_parameters["id"] = self.joined_class().pk
        elif path.startswith("/api/classes/{id}/"):
            taught = self.taught_class()
            case.path_parameters["id"] = taught.pk
            if path.endswith("/password/"):
                made = taught.memberships.filter(managed=True).first()
                case.path_parameters["pupil_id"] = made.pupil_id
            elif "pupil_id" in case.path_parameters:
                case.path_parameters["pupil_id"] = self.other.pk

    def spare_token(self):
        """The id of one of the user's tokens other than the one the fuzzer signs in with."""
        tokens = ApiToken.objects.filter(user=self.user)
        spare = tokens.exclude(pk=ApiToken.objects.for_key(self.token).pk).first()
        return spare.pk if spare else ApiToken.objects.for_key(ApiToken.issue(self.user)).pk

    def headers(self):
        # A new token when the one before is gone: revoked by DELETE /api/tokens/{id}/ with an
        # id from GET /api/tokens/, or made in a scenario that was rolled back.
        if ApiToken.objects.for_key(self.token) is None:
            self.token = ApiToken.issue(self.user)
        return {"Authorization": f"Token {self.token}"}

    def answered(self, case, response):
        statuses[case.operation.label][response.status_code] += 1
        # A new token replaces the one before (an OPTIONS probe also answers 200, with no token).
        if case.operation.path == "/api/token/" and case.method == "POST":
            if response.status_code == 200:
                self.token = response.json()["token"]

    def call_and_validate(self, case):
        cache.clear()  # fuzz the handlers, not the throttles
        self.use(case)
        response = case.call_and_validate(headers=self.headers(), additional_checks=PROJECT_CHECKS)
        self.answered(case, response)


@pytest.fixture
def real_data(alice):
    return RealData(alice)


@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@fuzz_settings
def test_the_api_answers_as_its_schema_says(case, real_data):
    real_data.call_and_validate(case)


@pytest.fixture
def connection_kept():
    """The app's requests keep the test's database connection, as under Django's test client:
    the app would close a connection in a transaction after each request, and end the scenario."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
def test_sequences_of_calls_answer_as_the_schema_says(real_data, connection_kept):
    """Schemathesis's stateful phase: scenarios of calls in which the ids one answer gives (a
    sample trained, a label or class made) are used by the next calls, following the links it
    infers from the schema, with every check on every answer."""

    class Scenarios(schema.as_state_machine()):
        def setup(self):
            # Each scenario's changes are rolled back, so that the same draws make the same calls.
            self.scenario = transaction.atomic()
            self.scenario.__enter__()

        def teardown(self):
            transaction.set_rollback(True)
            self.scenario.__exit__(None, None, None)

        def before_call(self, case):
            cache.clear()

        def get_call_kwargs(self, case):
            return {"headers": real_data.headers()}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            real_data.answered(case, response)
            # The headers named as the request's own, so that ignored_auth knows the token for
            # one the test gave, not one it generated, and tries the call without it.
            case.validate_response(
                response,
                additional_checks=PROJECT_CHECKS,
                headers=kwargs["headers"],
                transport_kwargs=kwargs,
                recorder=self.recorder,
            )

    Scenarios.run(settings=scenario_settings)


def test_every_operation_answered_a_success():
    """Runs after the fuzzing and the scenarios above (pytest-django runs the tests that use no
    database last); prints the counts."""
    if not statuses:
        pytest.skip("run with the fuzz tests above")
    for operation, counts in sorted(statuses.items()):
        print(operation, dict(sorted(counts.items())))
    operations = {op.label for op in (result.ok() for result in schema.get_all_operations())}
    never = sorted(
        op for op in operations - NEVER_TO_SUCCEED if not any(200 <= s < 300 for s in statuses[op])
    )
    assert not never, f"never answered a 2xx: {never}"
