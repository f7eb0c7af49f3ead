from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.views import RedirectURLMixin
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.generic import CreateView
from rest_framework import status
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.settings import api_settings

from accounts.forms import SignUpForm


class SignUpView(RedirectURLMixin, CreateView):
    """Create an account and sign straight in: to the page asked for (`next`, e.g. a class's
    join link), or else to the drawing page."""

    form_class = SignUpForm
    template_name = "registration/signup.html"
    next_page = reverse_lazy("draw")

    def form_valid(self, form):
        user = form.save()
        # Named, because django-axes adds a second backend that only ever refuses.
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(self.get_success_url())

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.get_redirect_url(), **kwargs)


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

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except ValidationError:
            if getattr(request, "axes_locked_out", False):
                raise SignInLockedOut(settings.AXES_COOLOFF_MESSAGE) from None
            raise
