"""Refuse to serve or work with settings that would be unsafe in production."""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

DEVELOPMENT_KEY_REFUSED = (
    "SECRET_KEY is not set, and DEBUG is off: the built-in development key would sign sessions "
    "and password-reset links that anyone can forge. Make one with\n"
    '    python -c "import secrets; print(secrets.token_urlsafe(50))"\n'
    "and set it as SECRET_KEY, the same on every host (docs/deploy.md); or set DEBUG=true to "
    "develop."
)


def uses_development_key():
    return not settings.DEBUG and settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY


def refuse_development_key():
    """Stop a server (gunicorn, via emojisite.wsgi) from starting with the development key."""
    if uses_development_key():
        raise ImproperlyConfigured(DEVELOPMENT_KEY_REFUSED)


@checks.register(checks.Tags.security)
def development_key_check(app_configs, **kwargs):
    """Management commands (migrate, db_worker, retrain) refuse it too, as system checks."""
    if uses_development_key():
        return [checks.Error(DEVELOPMENT_KEY_REFUSED, id="emojisite.E001")]
    return []
