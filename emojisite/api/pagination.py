from django.utils.translation import gettext as _
from rest_framework import pagination
from rest_framework.exceptions import NotFound


class PageNumberPagination(pagination.PageNumberPagination):
    """DRF's pages, except that `?page=` with no number is a page not found, as `?page=x` is,
    rather than the first page: the schema says a page is an integer."""

    def get_page_number(self, request, paginator):
        if request.query_params.get(self.page_query_param) == "":
            raise NotFound(self.invalid_page_message.format(page_number="", message=_("no number")))
        return super().get_page_number(request, paginator)
