"""A signed-in user's language: kept on their account, copied into the session when they sign
in, and chosen before the browser's own (LocaleMiddleware has read the cookie and
Accept-Language)."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.translation import check_for_language
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts.models import LanguageChoice

SESSION_KEY = "language"


class AccountLanguageMiddleware:
    """Speak the signed-in user's language, whatever the browser asks for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.session.get(SESSION_KEY)
        if language and check_for_language(language):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


@receiver(user_logged_in, dispatch_uid="accounts.language.on_sign_in")
def on_sign_in(sender, request, user, **kwargs):
    """A user who chose a language on their account finds it on signing in anywhere."""
    language = LanguageChoice.of(user)
    if language:
        request.session[SESSION_KEY] = language


@require_POST
def set_language(request):
    """Django's set_language (the cookie, then back to `next`), also kept on a signed-in
    user's account."""
    response = django_set_language(request)
    language = request.POST.get("language")
    chosen = isinstance(response, HttpResponseRedirect) and language in dict(settings.LANGUAGES)
    if chosen and request.user.is_authenticated:
        LanguageChoice.keep(request.user, language)
        request.session[SESSION_KEY] = language
    return response
