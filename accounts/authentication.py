"""Signing in to the API with a token, for every app's API (guesses have their own, quicker one:
drawings.authentication.GuessTokenAuthentication)."""

from django.utils.translation import gettext_lazy as _
from rest_framework import authentication
from rest_framework.exceptions import AuthenticationFailed

from accounts.models import ApiToken

INVALID_TOKEN = _("Invalid token.")
INACTIVE_USER = _("User inactive or deleted.")


class TokenAuthentication(authentication.TokenAuthentication):
    """DRF's `Authorization: Token <key>` header and answers, with the token looked up through
    its owner, `ApiToken.objects.for_key` (only its hash is stored), and its use recorded."""

    def authenticate_credentials(self, key):
        token = ApiToken.objects.for_key(key)
        if token is None:
            raise AuthenticationFailed(INVALID_TOKEN)
        if not token.user.is_active:
            raise AuthenticationFailed(INACTIVE_USER)
        ApiToken.objects.mark_used(token.key_hash, token.last_used)
        return token.user, token
