"""Sign-in lockout that a class behind one school address survives.

django-axes counts failures per username (`AXES_LOCKOUT_PARAMETERS = ["username"]`): after
`AXES_FAILURE_LIMIT` failures for one username, from any addresses together, that username is
locked, so spreading guesses at one account over many addresses buys nothing. An address is
locked only after `AXES_ADDRESS_FAILURE_LIMIT` failures from it across all usernames, a limit
that a school's pupils mistyping their passwords don't reach, while one address spraying guesses
at many accounts does. A sign-in resets only its own username's failures, so signing in to an
account of one's own never wipes the failures counted against someone else's.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def address_failures(request):
    """Failures from the request's address within the cool-off, whichever usernames they tried."""
    recent = AccessAttempt.objects.filter(
        ip_address=request.axes_ip_address,
        attempt_time__gte=get_cool_off_threshold(request),
    )
    return recent.aggregate(total=Sum("failures_since_start"))["total"] or 0


class SchoolAddressHandler(AxesDatabaseHandler):
    """django-axes' database handler, with an address over its own limit counted as locked."""

    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        if address_failures(request) >= settings.AXES_ADDRESS_FAILURE_LIMIT:
            return max(failures, get_failure_limit(request, credentials))
        return failures
