from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from drawings.models import DEFAULT_LABELS, Classifier, Label


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def give_new_user_a_training_set(sender, instance, created, raw=False, **kwargs):
    """Every user starts with the teaching app's three emoji and an untrained classifier."""
    if created and not raw:
        Label.objects.bulk_create(
            Label(user=instance, name=name, position=position)
            for position, name in enumerate(DEFAULT_LABELS)
        )
        Classifier.objects.create(user=instance)
