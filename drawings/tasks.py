"""Work that follows a change to a user's training set: one retrain, however many changes come.

Where it runs is the TASKS setting: in the request with the immediate backend, or in
`manage.py db_worker` processes on any host with the database backend.
"""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks.backends.immediate import ImmediateBackend

from drawings import training
from drawings.models import Classifier

# A queued retrain not started by then is taken as lost (its worker died) and queued again.
QUEUED_RETRAIN_EXPIRES = timedelta(minutes=10)


@task()
def retrain(user_id):
    """Fit the user's classifier on their samples as they are now, unless it is up to date."""
    classifiers = Classifier.objects.filter(user_id=user_id)
    # Cleared before the samples are read, so a change committed from now on queues another run.
    classifiers.update(retrain_queued_at=None)
    classifier = classifiers.only("data_version", "trained_data_version").first()
    if classifier is not None and classifier.stale:
        training.fit_and_store(user_id)


def request_retrain(user_id):
    """Retrain the user's classifier now, or queue one unless one is queued and not yet started.

    With the immediate backend every change retrains in its own request, so the answer to that
    request reflects the change even while another request's retrain is under way.
    """
    if isinstance(task_backends[retrain.backend], ImmediateBackend):
        retrain.enqueue(user_id)
        return
    now = timezone.now()
    not_queued = Q(retrain_queued_at=None) | Q(retrain_queued_at__lt=now - QUEUED_RETRAIN_EXPIRES)
    if Classifier.objects.filter(not_queued, user_id=user_id).update(retrain_queued_at=now):
        retrain.enqueue(user_id)
