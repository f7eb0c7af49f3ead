"""What every process keeps of a checked token or session (drawings' guesses keep both) is
trusted only while the user's generation is unchanged: these announce a new one whenever a
token, a session or the user changes (emojisite.generations)."""

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from accounts.models import ApiToken
from emojisite.generations import API_TOKEN, SESSION, announce_change


@receiver(post_save, sender=ApiToken)
@receiver(post_delete, sender=ApiToken)
def forget_checked_token(sender, instance, raw=False, **kwargs):
    """A token made, replaced or revoked: no process may go on trusting what it checked before."""
    if not raw:
        announce_change(API_TOKEN, [instance.user_id])


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
@receiver(post_delete, sender=settings.AUTH_USER_MODEL)
def forget_checked_tokens_of_user(sender, instance, raw=False, **kwargs):
    """A user deactivated, deleted or otherwise changed (a new password): their tokens and
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
