"""drf-spectacular's schema for every app's API, with the error answers each operation can give
(their bodies: emojisite.api.errors)."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer

from emojisite.api.errors import COMPONENTS, error, problem


def add_error_components(result, generator, request, public):
    """The error shapes as components, which every operation's error answers refer to."""
    for section, components in COMPONENTS.items():
        result.setdefault("components", {}).setdefault(section, {}).update(components)
    return result


BAD_REQUEST = error("The request is not valid.")
NOT_FOUND = error("You have nothing with that id or name.")


class AnyOf:
    """A response that is one of several shapes: serializers (as components) or raw schemas."""

    def __init__(self, *choices):
        self.choices = choices


class ErrorsAutoSchema(AutoSchema):
    """drf-spectacular's schema, plus the error answers of each operation that it leaves out.

    The API speaks JSON: an operation that parses JSON is described with that media type only,
    though the browsable API's HTML forms still post form bodies to it.
    """

    def _get_request_body(self, direction="request"):
        """drf-spectacular states a body for POST, PUT and PATCH only; a DELETE that takes one
        (deleting an account takes the password) declares it with extend_schema(request=...)."""
        if not self.deletes_with_body():
            return super()._get_request_body(direction)
        self.method = "POST"  # drf-spectacular's body code, as for any method with a body
        try:
            return super()._get_request_body(direction)
        finally:
            self.method = "DELETE"

    def _get_request_for_media_type(self, serializer, direction="request"):
        """A body stated as a raw schema (an import's samples.txt) or as one of several
        serializers is required, as one with a serializer of required fields is:
        drf-spectacular would leave it optional."""
        schema, required = super()._get_request_for_media_type(serializer, direction)
        return schema, required or isinstance(serializer, (dict, PolymorphicProxySerializer))

    def _map_serializer(self, serializer, direction, bypass_extensions=False):
        """A serializer whose body may hold nothing but its fields (`refuses_unknown_keys`)
        says so: one of two such bodies, as `oneOf`, then can't be both at once."""
        schema = super()._map_serializer(serializer, direction, bypass_extensions)
        if getattr(serializer, "refuses_unknown_keys", False):
            schema["additionalProperties"] = False
        return schema

    def deletes_with_body(self):
        return self.method == "DELETE" and getattr(self.view, "delete_takes_body", False)

    def map_parsers(self):
        media_types = super().map_parsers()
        return ["application/json"] if "application/json" in media_types else media_types

    def _get_response_for_code(
        self, serializer, status_code, media_types=None, direction="response"
    ):
        if isinstance(serializer, OpenApiResponse) and isinstance(serializer.response, AnyOf):
            choices = [
                choice
                if isinstance(choice, dict)
                else self.resolve_serializer(choice, direction).ref
                for choice in serializer.response.choices
            ]
            serializer = OpenApiResponse({"anyOf": choices}, description=serializer.description)
        return super()._get_response_for_code(serializer, status_code, media_types, direction)

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for status, response in self.error_responses().items():
            if str(status) not in responses:
                responses[str(status)] = self._get_response_for_code(response, str(status))
        return responses

    def error_responses(self):
        view = self.view
        takes_body = self.method in ("POST", "PUT", "PATCH") or self.deletes_with_body()
        queried = any(parameter["in"] == "query" for parameter in self._get_parameters())
        errors = {}
        if takes_body or queried:
            errors[400] = BAD_REQUEST
        if view.get_authenticators():
            errors[401] = problem("No credentials where they are needed, or a token not valid.")
            errors[403] = problem("Signed in by session without the CSRF token.")
        paginated = self._is_list_view() and getattr(view, "paginator", None) is not None
        if "{" in self.path or paginated:
            errors[404] = NOT_FOUND
        if takes_body:
            errors[413] = problem("The request body is over the size limit.")
            errors[415] = problem("The body is in a media type this operation doesn't take.")
        if view.get_throttles():
            errors[429] = problem("Too many requests; Retry-After says when to try again.")
        errors[503] = problem("The database, or your classifier, is unavailable for a moment.")
        return errors
