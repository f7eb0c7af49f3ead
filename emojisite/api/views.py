"""The base of every API view that is not a viewset (an action, docs/architecture.md)."""

from rest_framework.views import APIView


class ActionView(APIView):
    """An APIView that builds its serializer in one place, as a generic view does (and DRF's own
    `authtoken.views.ObtainAuthToken`): `self.get_serializer(data=request.data)`, with the request
    in the context. The schema reads the same `get_serializer`."""

    serializer_class = None

    def get_serializer_class(self):
        return self.serializer_class

    def get_serializer_context(self):
        return {"request": self.request, "format": self.format_kwarg, "view": self}

    def get_serializer(self, *args, **kwargs):
        kwargs.setdefault("context", self.get_serializer_context())
        return self.get_serializer_class()(*args, **kwargs)
