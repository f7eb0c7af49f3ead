"""A signed-in user's language: kept on their account when they choose one in the menu, and
given back to the browser as Django's language cookie when they sign in, on any computer.

LocaleMiddleware reads that cookie before the browser's Accept-Language, so no request pays for
looking the choice up: only a sign-in does.
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts.models import LanguageChoice


def set_language_cookie(response, language):
    """The cookie as Django's set_language sets it."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


class AccountLanguageMiddleware:
    """Hand the language kept on the account of a user who just signed in to their browser."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = getattr(request, "account_language", None)
        if language:
            set_language_cookie(response, language)
        return response


@receiver(user_logged_in, dispatch_uid="accounts.language.on_sign_in")
def on_sign_in(sender, request, user, **kwargs):
    if request is not None:
        request.account_language = LanguageChoice.of(user)


@require_POST
def set_language(request):
    """Django's set_language (the cookie, then back to `next`), also kept on a signed-in
    user's account."""
    response = django_set_language(request)
    language = request.POST.get("language")
    chosen = isinstance(response, HttpResponseRedirect) and language in dict(settings.LANGUAGES)
    if chosen and request.user.is_authenticated:
        LanguageChoice.keep(request.user, language)
    return response
