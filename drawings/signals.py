from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_tasks_db.models import DBTaskResult

from drawings.models import DEFAULT_LABELS, Classifier, Label
from drawings.pipeline_cache import loaded_pipelines


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def give_new_user_a_training_set(sender, instance, created, raw=False, **kwargs):
    """Every user starts with the teaching app's three emoji and an untrained classifier."""
    if created and not raw:
        Label.objects.bulk_create(
            Label(user=instance, name=name, position=position)
            for position, name in enumerate(DEFAULT_LABELS)
        )
        Classifier.objects.create(user=instance)


def forget_deleted_account(sender, user, **kwargs):
    """An account being deleted (accounts.models.account_deleted, connected in DrawingsConfig):
    its queued retrains go with it, and once that commits, its pipeline leaves this process."""
    DBTaskResult.objects.filter(
        task_path="drawings.tasks.retrain", args_kwargs={"args": [user.pk], "kwargs": {}}
    ).delete()
    user_id = user.pk
    transaction.on_commit(lambda: loaded_pipelines.discard(user_id))
