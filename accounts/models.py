import hashlib
import secrets

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone

# Sent by delete_account in its transaction, before the user row goes, with `user`: an app that
# keeps something of the user's outside the rows that cascade with it deletes or forgets it here.
account_deleted = Signal()


def token_hash(key):
    """The SHA-256 of a token, which is all the database keeps of it.

    A token is 160 random bits, not a password people choose: one fast hash can't be reversed or
    guessed, and lets a request find its token in one indexed lookup rather than a slow hasher
    per row.
    """
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def for_key(self, key):
        """The token whose key is `key`, with its user, or None: found by the key's hash, the
        only thing stored of it."""
        return self.select_related("user").filter(key_hash=token_hash(key)).first()


class ApiToken(models.Model):
    """A user's token for scripts; only its hash is stored, so it is shown once, when issued."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, models.CASCADE, primary_key=True, related_name="api_token"
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(default=timezone.now, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "API token"

    def __str__(self):
        return f"API token of {self.user}"

    @classmethod
    def issue(cls, user):
        """A new token for the user, replacing any earlier one; returns the key (kept nowhere)."""
        key = secrets.token_hex(20)
        cls.objects.update_or_create(
            user=user, defaults={"key_hash": token_hash(key), "created": timezone.now()}
        )
        return key

    @classmethod
    def revoke(cls, user):
        return cls.objects.filter(user=user).delete()[0] > 0


def sessions_of(user):
    """The ids of the stored sessions signed in as the user (decoded: they don't index the user)."""
    pk = str(user.pk)
    return [
        session.pk
        for session in Session.objects.iterator(chunk_size=500)
        if session.get_decoded().get("_auth_user_id") == pk
    ]


def delete_account(user):
    """Delete the user and everything of theirs: labels, samples, classifier, token, sessions,
    sign-in records, and whatever other apps keep of theirs (`account_deleted`: drawings drops
    queued retrains and the loaded pipeline). Every way of deleting an account comes through
    here."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    with transaction.atomic():
        Session.objects.filter(pk__in=sessions_of(user)).delete()
        for record in (AccessAttempt, AccessFailureLog, AccessLog):
            record.objects.filter(username=user.get_username()).delete()
        account_deleted.send(sender=user.__class__, user=user)
        user.delete()


class LanguageChoice(models.Model):
    """The language a user chose in the menu, so that it follows them to any computer."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, models.CASCADE, primary_key=True, related_name="language_choice"
    )
    language = models.CharField(max_length=7, choices=settings.LANGUAGES)

    def __str__(self):
        return f"{self.user}: {self.language}"

    @classmethod
    def of(cls, user):
        return cls.objects.filter(user=user).values_list("language", flat=True).first()

    @classmethod
    def keep(cls, user, language):
        cls.objects.update_or_create(user=user, defaults={"language": language})
