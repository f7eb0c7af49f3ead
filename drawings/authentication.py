"""API authentication: a token, read together with its user's classifier state."""

from django.utils.translation import gettext_lazy as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import AuthenticationFailed

from drawings.models import Classifier


class TokenWithClassifierAuthentication(TokenAuthentication):
    """Token authentication that reads the user's classifier state in the same query.

    Every guess needs both, and a query is a fifth of a guess's time; for other requests the
    join costs next to nothing. The pipeline and report columns are left out: a guess takes the
    pipeline from the process's cache.
    """

    def authenticate_credentials(self, key):
        try:
            token = (
                Token.objects.select_related("user__classifier")
                .defer("user__classifier__pickle", "user__classifier__report")
                .get(key=key)
            )
        except Token.DoesNotExist:
            raise AuthenticationFailed(_("Invalid token.")) from None
        if not token.user.is_active:
            raise AuthenticationFailed(_("User inactive or deleted."))
        return token.user, token


def classifier_state(request):
    """The user's classifier without its pipeline and report: read along with the token, or now."""
    if isinstance(request.successful_authenticator, TokenWithClassifierAuthentication):
        return request.user.classifier
    return Classifier.objects.defer("pickle", "report").get(user=request.user)
