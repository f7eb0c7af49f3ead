from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_tasks_db.models import DBTaskResult

from accounts.models import ApiToken
from drawings.models import DEFAULT_LABELS, Classifier, Label
from drawings.pipeline_cache import loaded_pipelines
from emojisite.generations import API_TOKEN, SESSION, announce_change


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def give_new_user_a_training_set(sender, instance, created, raw=False, **kwargs):
    """Every user starts with the teaching app's three emoji and an untrained classifier."""
    if created and not raw:
        Label.objects.bulk_create(
            Label(user=instance, name=name, position=position)
            for position, name in enumerate(DEFAULT_LABELS)
        )
        Classifier.objects.create(user=instance)


@receiver(post_save, sender=ApiToken)
@receiver(post_delete, sender=ApiToken)
def forget_checked_token(sender, instance, raw=False, **kwargs):
    """A token made, replaced or revoked: no process may go on trusting what it checked before."""
    if not raw:
        announce_change(API_TOKEN, [instance.user_id])


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
@receiver(post_delete, sender=settings.AUTH_USER_MODEL)
def forget_checked_tokens_of_user(sender, instance, raw=False, **kwargs):
    """A user deactivated, deleted or otherwise changed (a new password): their token and
    sessions are checked again everywhere.

    A queryset's update() sends no signal: deactivate users by saving them (as the admin does).
    """
    if not raw:
        announce_change(API_TOKEN, [instance.pk])
        announce_change(SESSION, [instance.pk])


@receiver(post_delete, sender=Session)
def forget_checked_session(sender, instance, **kwargs):
    """A session ended (signing out, its key rotated at sign-in, expired and cleared): no
    process may go on trusting what it checked before."""
    user_id = instance.get_decoded().get(SESSION_KEY)
    if user_id is not None:
        announce_change(SESSION, [user_id])


def forget_deleted_account(sender, user, **kwargs):
    """An account being deleted (accounts.models.account_deleted, connected in DrawingsConfig):
    its queued retrains go with it, and once that commits, its pipeline leaves this process."""
    DBTaskResult.objects.filter(
        task_path="drawings.tasks.retrain", args_kwargs={"args": [user.pk], "kwargs": {}}
    ).delete()
    user_id = user.pk
    transaction.on_commit(lambda: loaded_pipelines.discard(user_id))
