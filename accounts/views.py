from django.conf import settings
from django.contrib.auth import login
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.generic import CreateView
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.exceptions import APIException, AuthenticationFailed, ValidationError
from rest_framework.settings import api_settings

from accounts.forms import SignUpForm
from drawings.schema import problem


class SignUpView(CreateView):
    """Create an account and sign straight in to the drawing page."""

    form_class = SignUpForm
    template_name = "registration/signup.html"
    success_url = reverse_lazy("draw")

    def form_valid(self, form):
        user = form.save()
        # Named, because django-axes adds a second backend that only ever refuses.
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(self.success_url)


class SignInLockedOut(APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "locked_out"


class ObtainTokenView(ObtainAuthToken):
    """DRF's token for scripts, answering a django-axes lockout as the sign-in page does: 429.

    django-axes flags the DRF request it was given, which its middleware never sees. Unlike DRF's
    own view, this one is throttled and parses bodies like the rest of the API.
    """

    throttle_classes = api_settings.DEFAULT_THROTTLE_CLASSES
    parser_classes = api_settings.DEFAULT_PARSER_CLASSES
    # Signing in needs no credentials but the username and password in the body.
    authentication_classes = []

    def get_authenticate_header(self, request):
        return "Token"  # so that a wrong password is a 401, as an unknown token is

    @extend_schema(
        responses={
            200: {"type": "object", "properties": {"token": {"type": "string"}}},
            401: problem("The username or password is wrong."),
        }
    )
    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except ValidationError as error:
            if getattr(request, "axes_locked_out", False):
                raise SignInLockedOut(settings.AXES_COOLOFF_MESSAGE) from None
            # A well-formed request with the wrong password is refused authentication: 401.
            if "authorization" in {e.code for e in error.detail.get("non_field_errors", [])}:
                raise AuthenticationFailed(error.detail["non_field_errors"][0]) from None
            raise
