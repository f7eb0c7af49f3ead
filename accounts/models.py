import hashlib
import secrets
from datetime import timedelta
from datetime import timezone as dt_timezone

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import IntegrityError, models, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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


TOKEN_NAME_MAX_LENGTH = 64
TOKENS_PER_USER = 20
# How stale `ApiToken.last_used` may be: a token used again within it is not written again.
LAST_USED_PRECISION = timedelta(minutes=1)


TOKEN_NAME_TAKEN = _("You already have a token with this name.")
TOO_MANY_TOKENS = _(
    "You already have %(limit)d tokens, the most an account may hold: revoke one you no longer "
    "use first."
)


class TokenNameTaken(Exception):
    """Another of the user's tokens bears the name (given by a request sent at the same time)."""


class TooManyTokens(Exception):
    """The user already holds TOKENS_PER_USER tokens."""

    def __str__(self):
        return TOO_MANY_TOKENS % {"limit": TOKENS_PER_USER}


class ApiTokenQuerySet(models.QuerySet):
    def for_key(self, key):
        """The token whose key is `key`, with its user, or None: found by the key's hash, the
        only thing stored of it."""
        return self.select_related("user").filter(key_hash=token_hash(key)).first()

    def mark_used(self, digest, last_used):
        """Record that the token hashing to `digest` was just used, when its `last_used` (as
        read with it) is older than LAST_USED_PRECISION: one UPDATE at most a minute per token,
        and none on the reads in between."""
        now = timezone.now()
        if last_used is not None and timezone.is_naive(last_used):
            last_used = timezone.make_aware(last_used, dt_timezone.utc)  # SQLite's raw reads
        if last_used is None or now - last_used >= LAST_USED_PRECISION:
            self.filter(key_hash=digest).update(last_used=now)


class ApiToken(models.Model):
    """One of a user's named tokens for scripts; only its hash is stored, so it is shown once,
    when issued."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=TOKEN_NAME_MAX_LENGTH)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(default=timezone.now, editable=False)
    # Within LAST_USED_PRECISION; None until first used.
    last_used = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "API token"
        ordering = ["-created", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="api_token_name_unique_per_user")
        ]

    def __str__(self):
        return f"{self.name} ({self.user})"

    @classmethod
    def issue(cls, user, name=None):
        """A new token for the user, beside their others; returns the key (kept nowhere).
        TooManyTokens when they hold TOKENS_PER_USER; a name given is the caller's to validate
        (none: "Token", numbered if taken)."""
        name = name or cls.free_name(user, "Token")
        key = secrets.token_hex(20)
        try:
            with transaction.atomic():
                # Lock the user's row, so that two issues at once can't pass the cap together.
                user.__class__.objects.select_for_update().filter(pk=user.pk).first()
                if cls.objects.filter(user=user).count() >= TOKENS_PER_USER:
                    raise TooManyTokens
                cls.objects.create(user=user, name=name, key_hash=token_hash(key))
        except IntegrityError:
            raise TokenNameTaken from None
        return key

    @classmethod
    def name_is_taken(cls, user, name):
        return cls.objects.filter(user=user, name=name).exists()

    @classmethod
    def free_name(cls, user, name):
        """`name`, or `name (2)`, `name (3)`…: the first the user's tokens don't bear yet."""
        taken = set(cls.objects.filter(user=user).values_list("name", flat=True))
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name[: TOKEN_NAME_MAX_LENGTH - 6]} ({n})"
        return candidate

    @classmethod
    def revoke(cls, user, pk):
        """Revoke the user's token `pk` (only theirs): its name, or None if they have none such.
        Every process refuses it from its next request on (accounts.signals)."""
        token = cls.objects.filter(user=user, pk=pk).first()
        if token is None:
            return None
        token.delete()
        return token.name


def sessions_of(user):
    """The ids of the stored sessions signed in as the user (decoded: they don't index the user)."""
    pk = str(user.pk)
    return [
        session.pk
        for session in Session.objects.iterator(chunk_size=500)
        if session.get_decoded().get("_auth_user_id") == pk
    ]


def delete_account(user):
    """Delete the user and everything of theirs: their rows in every app (which cascade with the
    user), tokens, sessions, sign-in records, and whatever other apps keep of theirs outside
    their rows (`account_deleted`). Every way of deleting an account comes through here."""
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
