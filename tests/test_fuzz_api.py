"""Fuzz every API operation from its own OpenAPI schema, with every check schemathesis has.

Schemathesis generates valid and invalid requests from /api/schema/ (its examples, coverage and
fuzzing phases; not yet its stateful phase); each runs through the real WSGI application against
the test database, signed in with the token of a user who has real samples and labels, whose ids
the valid requests use half the time. Its own checks (status codes, content types, headers and
bodies as the schema states them, valid data accepted, invalid data refused, ...) run on every
answer, and the project's are added to them: no answer is a 401, and every 4xx names the
problem. At the end, every operation must have answered a 2xx at least once. FUZZ_EXAMPLES sets
the number of examples per operation (default 25); see docs/reliability.md.
"""

import random
from collections import Counter, defaultdict

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

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

schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
statuses = defaultdict(Counter)  # operation → status → count, over the whole module
fuzz_settings = settings(
    max_examples=FUZZ_EXAMPLES,
    derandomize=FUZZ_DERANDOMIZE,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
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
    reading, moving and deleting a sample or label, reordering labels, getting a token, and
    changing, leaving or joining a class are tried on things that exist, not only on ids nobody
    has. A class the user teaches (with a pupil) and one they are a pupil of are made again
    whenever a request has deleted or left them."""

    def __init__(self, user):
        for column in range(8, 20, 2):
            Sample.add(user, "🙂", vertical_bar(column))
            Sample.add(user, "🌈", horizontal_bar(column))
        training.retrain(user.pk)
        self.user = user
        self.token = ApiToken.issue(user)
        self.other = get_user_model().objects.create_user("teacher", password=PASSWORD)
        self.chance = random.Random(0)

    def taught_class(self):
        classroom = Classroom.objects.taught_by(self.user).first()
        if classroom is None:
            classroom = Classroom.objects.create(name="Year 4", teacher=self.user, labels=["🙂"])
        classroom.add_pupil(self.other)  # again, if a request took them out
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
        elif path == "/api/classes/join/":
            case.body = {"code": self.joined_class().join_code}
        elif path == "/api/classes/{id}/membership/":
            case.path_parameters["id"] = self.joined_class().pk
        elif path.startswith("/api/classes/{id}/"):
            taught = self.taught_class()
            case.path_parameters["id"] = taught.pk
            if "pupil_id" in case.path_parameters:
                case.path_parameters["pupil_id"] = self.other.pk

    def call_and_validate(self, case):
        cache.clear()  # fuzz the handlers, not the throttles
        self.use(case)
        response = case.call_and_validate(
            headers={"Authorization": f"Token {self.token}"}, additional_checks=PROJECT_CHECKS
        )
        statuses[case.operation.label][response.status_code] += 1
        # A new token replaces the one before (an OPTIONS probe also answers 200, with no token).
        if case.operation.path == "/api/token/" and case.method == "POST":
            if response.status_code == 200:
                self.token = response.json()["token"]
        return response


@pytest.fixture
def real_data(alice):
    return RealData(alice)


@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@fuzz_settings
def test_the_api_answers_as_its_schema_says(case, real_data):
    real_data.call_and_validate(case)


def test_every_operation_answered_a_success():
    """Run after the fuzzing above (pytest keeps the file's order); prints the counts."""
    if not statuses:
        pytest.skip("run with the fuzz tests above")
    for operation, counts in sorted(statuses.items()):
        print(operation, dict(sorted(counts.items())))
    operations = {op.label for op in (result.ok() for result in schema.get_all_operations())}
    never = sorted(
        op for op in operations - NEVER_TO_SUCCEED if not any(200 <= s < 300 for s in statuses[op])
    )
    assert not never, f"never answered a 2xx: {never}"
