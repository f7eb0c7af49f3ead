"""Every page and endpoint that reads or writes a user's data, as rows the security tests share.

A row's path and body are built from the owner's objects: `{"sample": id, "label": id,
"label_name": name, "user": id, "username": name, "classroom": id}`; every test user's password
is PASSWORD. Add a row here for every new page or endpoint; the isolation, anonymous-access and
CSRF tests then cover it. A class's pages and endpoints are in CLASSES, built from a class's
objects (`class_objects`) and tried by everyone but its teacher.
"""

import io
import json
import re
import zipfile
from dataclasses import dataclass, field

from accounts.models import ApiToken
from classrooms.models import Classroom, Membership
from drawings import training
from drawings.models import Classifier, Label, QuizResult, Sample
from tests.helpers import PASSWORD, horizontal_bar, vertical_bar

# Only the owner has this label, so it must never show up in anyone else's answer.
SECRET_LABEL = "🐙"


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # formatted with the owner's objects
    body: dict = field(default_factory=dict)  # string values formatted likewise
    # The path names one of the owner's objects by id: to anyone else it must look missing.
    by_id: bool = False

    def url(self, objects):
        return self.path.format(**objects)

    def data(self, objects):
        return {
            key: value.format(**objects) if isinstance(value, str) else value
            for key, value in self.body.items()
        }

    @property
    def writes(self):
        return self.method in ("POST", "PUT", "PATCH", "DELETE")

    def __str__(self):
        return f"{self.method} {self.path}"


API = [
    Endpoint("GET", "/api/samples/"),
    Endpoint("GET", "/api/samples/?label={label_name}"),
    Endpoint("GET", "/api/samples/{sample}/", by_id=True),
    Endpoint("DELETE", "/api/samples/{sample}/", by_id=True),
    Endpoint("PATCH", "/api/samples/{sample}/", {"label": "🌈"}, by_id=True),
    Endpoint("PATCH", "/api/samples/{sample}/", {"split": "test"}, by_id=True),
    Endpoint("GET", "/api/samples/?split=train"),
    Endpoint("GET", "/api/labels/"),
    Endpoint("POST", "/api/labels/", {"name": "{label_name}"}),
    Endpoint("DELETE", "/api/labels/{label}/", by_id=True),
    Endpoint("POST", "/api/train/", {"label": "{label_name}", "features": vertical_bar()}),
    Endpoint(
        "POST",
        "/api/train/",
        {"label": "{label_name}", "features": vertical_bar(), "split": "test"},
    ),
    Endpoint("POST", "/api/predict/", {"features": horizontal_bar()}),
    Endpoint("POST", "/api/predict/", {"features": vertical_bar(), "explain": True}),
    Endpoint("POST", "/api/delete/", {"label": "{label_name}"}),
    Endpoint("POST", "/api/delete/"),
    Endpoint("GET", "/api/model/"),
    Endpoint("GET", "/api/model/history/"),
    Endpoint("POST", "/api/labels/order/", {"labels": []}),
    Endpoint("POST", "/api/import/", {"file": "{label_name}"}),
    Endpoint("GET", "/api/export/"),
    Endpoint("GET", "/api/account/"),
    Endpoint("DELETE", "/api/account/", {"password": PASSWORD}),
    Endpoint("GET", "/api/tokens/"),
    Endpoint("DELETE", "/api/tokens/{token}/", by_id=True),
    Endpoint("GET", "/api/quiz/"),
    Endpoint("POST", "/api/quiz/", {"answers": [True, True, False, True, True]}),
]

PAGES = [
    Endpoint("GET", "/"),
    Endpoint("GET", "/gallery/"),
    Endpoint("GET", "/gallery/?split=test"),
    Endpoint("GET", "/gallery/{sample}/"),
    Endpoint("GET", "/model/"),
    Endpoint("POST", "/model/retrain/"),
    Endpoint("POST", "/accounts/password_change/", {"old_password": "x", "new_password1": "y"}),
    Endpoint("POST", "/accounts/logout/"),
    Endpoint("GET", "/accounts/"),
    Endpoint("POST", "/accounts/email/", {"email": "new@example.com", "password": PASSWORD}),
    Endpoint("POST", "/accounts/token/", {"name": "Intruder's"}),
    Endpoint("POST", "/accounts/token/{token}/revoke/", by_id=True),
    Endpoint("GET", "/accounts/download/"),
    Endpoint("POST", "/accounts/delete/", {"password": PASSWORD, "username": "{username}"}),
]

ADMIN = [
    Endpoint("GET", "/admin/"),
    Endpoint("GET", "/admin/drawings/sample/"),
    Endpoint("GET", "/admin/drawings/sample/{sample}/change/", by_id=True),
    Endpoint("GET", "/admin/drawings/sample/{sample}/delete/", by_id=True),
    Endpoint("POST", "/admin/drawings/sample/{sample}/delete/", {"post": "yes"}, by_id=True),
    Endpoint(
        "POST",
        "/admin/drawings/sample/",
        {"action": "delete_selected", "_selected_action": "{sample}", "post": "yes"},
    ),
    Endpoint(
        "POST",
        "/admin/drawings/sample/",
        {"action": "relabel", "_selected_action": "{sample}", "label": "🌈", "apply": "yes"},
    ),
    Endpoint(
        "POST", "/admin/drawings/sample/", {"action": "export", "_selected_action": "{sample}"}
    ),
    Endpoint(
        "POST", "/admin/drawings/sample/", {"action": "make_test", "_selected_action": "{sample}"}
    ),
    Endpoint("GET", "/admin/drawings/sample/?split__exact=test"),
    Endpoint("GET", "/admin/drawings/label/"),
    Endpoint("GET", "/admin/drawings/label/{label}/change/", by_id=True),
    Endpoint("POST", "/admin/drawings/label/{label}/change/", {"name": "x"}, by_id=True),
    Endpoint("POST", "/admin/drawings/label/{label}/delete/", {"post": "yes"}, by_id=True),
    Endpoint("GET", "/admin/drawings/classifier/"),
    Endpoint("GET", "/admin/drawings/classifier/{user}/change/", by_id=True),
    Endpoint(
        "POST",
        "/admin/drawings/classifier/",
        {"action": "ask_for_retrains", "_selected_action": "{user}"},
    ),
    Endpoint("GET", "/admin/auth/user/{user}/change/", by_id=True),
    Endpoint("GET", "/admin/auth/user/{user}/password/", by_id=True),
    Endpoint("GET", "/admin/accounts/apitoken/"),
    Endpoint("POST", "/admin/accounts/apitoken/{token}/delete/", {"post": "yes"}, by_id=True),
    Endpoint("GET", "/admin/auth/user/{user}/delete/", by_id=True),
    Endpoint("POST", "/admin/auth/user/{user}/delete/", {"post": "yes"}, by_id=True),
    Endpoint(
        "POST",
        "/admin/auth/user/",
        {"action": "delete_selected", "_selected_action": "{user}", "post": "yes"},
    ),
    Endpoint("GET", "/admin/classrooms/classroom/"),
    Endpoint("GET", "/admin/classrooms/classroom/{classroom}/change/", by_id=True),
    Endpoint(
        "POST",
        "/admin/classrooms/classroom/",
        {"action": "renew_join_codes", "_selected_action": "{classroom}"},
    ),
    Endpoint("POST", "/admin/classrooms/classroom/{classroom}/delete/", {"post": "yes"}),
    Endpoint("GET", "/admin/classrooms/membership/"),
]

ALL = API + PAGES + ADMIN

# A class's pages and API, formatted with `{"classroom": id, "pupil": id}`. Joining by code is
# left out: the code is what lets anyone in. Leaving and the privacy setting act on the caller's
# own membership, so a classmate may use them; they must still never touch another pupil's.
CLASS_PAGES = [
    Endpoint("GET", "/classes/{classroom}/", by_id=True),
    Endpoint("POST", "/classes/{classroom}/labels/", {"labels": "🐙"}, by_id=True),
    Endpoint("POST", "/classes/{classroom}/join-code/", {"action": "renew"}, by_id=True),
    Endpoint("POST", "/classes/{classroom}/join-code/", {"action": "off"}, by_id=True),
    Endpoint("POST", "/classes/{classroom}/delete/", by_id=True),
    Endpoint("POST", "/classes/{classroom}/pupils/{pupil}/remove/", by_id=True),
    Endpoint("POST", "/classes/{classroom}/accounts/", {"count": "2"}, by_id=True),
    Endpoint("POST", "/classes/{classroom}/pupils/{pupil}/password/", by_id=True),
    Endpoint("GET", "/classes/{classroom}/export/", by_id=True),
    Endpoint("GET", "/classes/{classroom}/pupils/{pupil}/gallery/", by_id=True),
    Endpoint("GET", "/classes/{classroom}/pupils/{pupil}/model/", by_id=True),
    Endpoint("POST", "/classes/{classroom}/leave/", by_id=True),
    Endpoint("POST", "/classes/{classroom}/privacy/", {"shares_other_labels": "on"}, by_id=True),
]

CLASS_API = [
    Endpoint("GET", "/api/classes/"),
    Endpoint("GET", "/api/classes/{classroom}/", by_id=True),
    Endpoint("PATCH", "/api/classes/{classroom}/", {"name": "Taken over"}, by_id=True),
    Endpoint("PATCH", "/api/classes/{classroom}/", {"labels": ["🐙"]}, by_id=True),
    Endpoint("DELETE", "/api/classes/{classroom}/", by_id=True),
    Endpoint("POST", "/api/classes/{classroom}/join-code/", by_id=True),
    Endpoint("DELETE", "/api/classes/{classroom}/join-code/", by_id=True),
    Endpoint("GET", "/api/classes/{classroom}/pupils/", by_id=True),
    Endpoint("DELETE", "/api/classes/{classroom}/pupils/{pupil}/", by_id=True),
    Endpoint("POST", "/api/classes/{classroom}/accounts/", {"count": 2}, by_id=True),
    Endpoint("POST", "/api/classes/{classroom}/pupils/{pupil}/password/", by_id=True),
    Endpoint("GET", "/api/classes/{classroom}/export/", by_id=True),
    Endpoint("GET", "/api/classes/{classroom}/membership/", by_id=True),
    Endpoint(
        "PATCH", "/api/classes/{classroom}/membership/", {"shares_other_labels": True}, by_id=True
    ),
    Endpoint("DELETE", "/api/classes/{classroom}/membership/", by_id=True),
]

CLASSES = CLASS_PAGES + CLASS_API


def send(client, endpoint, objects, **extra):
    """Make the endpoint's request: JSON bodies for the API, form bodies for pages."""
    method = getattr(client, endpoint.method.lower())
    url, data = endpoint.url(objects), endpoint.data(objects)
    if endpoint.method == "GET":
        return method(url, **extra)
    if endpoint.path.startswith("/api/"):
        return method(url, data, content_type="application/json", **extra)
    return method(url, data, **extra)


def text(response):
    """A response's body as text, streamed (an export) or not, a zip's files one after another,
    with JSON's escapes undone (samples.txt writes 🐙 as \\ud83d\\udc19)."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type") == "application/zip":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            body = b"\n".join(archive.read(name) for name in archive.namelist())
    return re.sub(
        r"(\\u[0-9a-fA-F]{4})+", lambda escaped: json.loads(f'"{escaped[0]}"'), body.decode()
    )


def owned_by(user):
    """The user's objects that rows are built from, after giving them a secret label."""
    Sample.add(user, SECRET_LABEL, vertical_bar())
    Sample.add(user, "🌈", horizontal_bar())
    Sample.add(user, SECRET_LABEL, vertical_bar(12), split="test")
    training.fit_and_store(user.pk)
    QuizResult.objects.create(user=user, asked=5, right=3)
    sample = Sample.objects.filter(user=user).order_by("id").first()
    label = Label.objects.get(user=user, name=SECRET_LABEL)
    token = ApiToken.objects.for_key(ApiToken.issue(user))
    classroom = Classroom.objects.create(name="Owner's class", teacher=user)
    return {
        "sample": sample.pk,
        "label": label.pk,
        "label_name": SECRET_LABEL,
        "user": user.pk,
        "username": user.get_username(),
        "classroom": classroom.pk,
        "token": token.pk,
    }


def class_objects(classroom, pupil):
    """The objects CLASSES rows are built from: a class and one of its pupils, who has drawn a
    class label and, privately, SECRET_LABEL."""
    classroom.add_pupil(pupil)
    owned_by(pupil)
    Sample.add(pupil, classroom.labels[0], horizontal_bar())
    return {"classroom": classroom.pk, "pupil": pupil.pk}


def class_snapshot(classroom, pupil):
    """The class and the pupil's place in it, beside everything of the pupil's."""
    found = Classroom.objects.filter(pk=classroom.pk).values("name", "labels", "join_code")
    membership = pupil.memberships.filter(classroom=classroom.pk)
    made = Membership.objects.filter(classroom=classroom.pk, managed=True)
    return {
        "classroom": list(found),
        "membership": list(membership.values_list("shares_other_labels", flat=True)),
        "accounts made": sorted(made.values_list("pupil", flat=True)),
        "pupil": snapshot(pupil),
    }


def snapshot(user):
    """Everything of the user's that a request could change, in comparable form."""
    classifier = Classifier.objects.get(user=user)
    return {
        "samples": sorted(
            Sample.objects.filter(user=user).values_list("id", "label__name", "split")
        ),
        "labels": list(Label.objects.filter(user=user).values_list("id", "name", "position")),
        "classifier": (
            classifier.version,
            classifier.data_version,
            bytes(classifier.pickle or b""),
        ),
        "account": list(
            user.__class__.objects.filter(pk=user.pk).values_list("username", "email", "password")
        ),
        "tokens": list(
            ApiToken.objects.filter(user=user).values_list("id", "name", "key_hash", "created")
        ),
        "classes": list(
            Classroom.objects.filter(teacher=user).values_list("id", "name", "join_code", "labels")
        ),
        "quizzes": list(QuizResult.objects.filter(user=user).values_list("id", "right")),
    }
