"""Answers for requests the views never get to handle well: oversized bodies, a database gone;
and the Content-Security-Policy header every answer carries."""

import logging

from csp.utils import build_policy
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"
DATABASE_UNAVAILABLE = _("The database is unavailable right now; try again in a minute.")


def problem(request, status, message):
    """A short error answer: JSON with `detail` for the API, plain text for pages."""
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": message}, status=status)
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


class BodySizeLimitMiddleware:
    """Answer 413 to a body over DATA_UPLOAD_MAX_MEMORY_SIZE before anything reads it.

    Django applies that limit only when `request.body` or `request.POST` is read, but DRF's parsers
    read the stream themselves. Multipart bodies are left to Django's upload handlers, which stream
    files to disk and apply the limit to the other fields.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        size = declared_length(request)
        if limit is not None and size > limit and request.content_type != "multipart/form-data":
            message = _("The request body is %(size)s bytes; at most %(limit)s bytes are accepted.")
            message %= {"size": size, "limit": limit}
            return problem(request, 413, message)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """Answer 503 with a message, not a 500, when the database can't be reached or gives up.

    Every write is one transaction, so a failed one leaves nothing half written.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("Database unavailable for %s %s: %s", request.method, request.path, exception)
        response = problem(request, 503, DATABASE_UNAVAILABLE)
        response["Retry-After"] = "60"
        return response


class ContentSecurityPolicyMiddleware:
    """settings.CONTENT_SECURITY_POLICY on every response, built by django-csp once per process.

    django-csp's own middleware builds the policy anew for every response, twice (once for a
    report-only policy), which was a fortieth of a guess; no page of the site uses a nonce and no
    view changes the policy, so one string serves them all. As with django-csp, Django's debug
    pages for 404 and 500, which run inline scripts, go without it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = build_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if not (settings.DEBUG and response.status_code in (404, 500)):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response
