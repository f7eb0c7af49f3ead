from django.utils.translation import gettext as _
from django.views import defaults

from emojisite.middleware import API_PREFIX, problem


def page_not_found(request, exception):
    """API clients get a JSON 404 like every other API error; people get Django's page."""
    if request.path.startswith(API_PREFIX):
        return problem(request, 404, _("No API endpoint matches %(path)s") % {"path": request.path})
    return defaults.page_not_found(request, exception)
