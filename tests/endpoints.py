"""Every page and endpoint that reads or writes a user's data, as rows the security tests share.

A row's path and body are built from the owner's objects: `{"sample": id, "label": id,
"label_name": name, "user": id}`. Add a row here for every new page or endpoint; the isolation,
anonymous-access and CSRF tests then cover it.
"""

from dataclasses import dataclass, field

from drawings import training
from drawings.models import Classifier, Label, QuizResult, Sample
from tests.conftest import horizontal_bar, vertical_bar

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
    Endpoint("GET", "/api/quiz/"),
    Endpoint("POST", "/api/quiz/", {"asked": 5, "right": 4}),
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
        "POST", "/admin/drawings/classifier/", {"action": "retrain", "_selected_action": "{user}"}
    ),
    Endpoint("GET", "/admin/auth/user/{user}/change/", by_id=True),
    Endpoint("GET", "/admin/auth/user/{user}/password/", by_id=True),
    Endpoint("GET", "/admin/authtoken/tokenproxy/"),
]

ALL = API + PAGES + ADMIN


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
    """A response's body as text, streamed (an export) or not."""
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def owned_by(user):
    """The user's objects that rows are built from, after giving them a secret label."""
    Sample.add(user, SECRET_LABEL, vertical_bar())
    Sample.add(user, "🌈", horizontal_bar())
    Sample.add(user, SECRET_LABEL, vertical_bar(12), split="test")
    training.retrain(user.pk)
    QuizResult.objects.create(user=user, asked=5, right=3)
    sample = Sample.objects.filter(user=user).order_by("id").first()
    label = Label.objects.get(user=user, name=SECRET_LABEL)
    return {"sample": sample.pk, "label": label.pk, "label_name": SECRET_LABEL, "user": user.pk}


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
        "password": user.__class__.objects.get(pk=user.pk).password,
        "quizzes": list(QuizResult.objects.filter(user=user).values_list("id", "right")),
    }
