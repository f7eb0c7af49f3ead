"""What the OpenAPI schema states beyond the serializers: the label rules as a pattern, the
format of a samples.txt, and every error status each operation can answer, with its body."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse

from drawings.models import LABEL_MAX_LENGTH

# Code points as ranges, spelled out because `\s` means something else to each regex engine
# that reads a pattern (Python's, ECMA 262's, Rust's): what no label may hold
# (models.FORBIDDEN_CATEGORIES: controls, line and paragraph separators, and lone surrogates, which
# only a JSON escape can carry and a character class must not name), and the white space
# str.strip() drops. tests/test_schema.py checks them against unicodedata.
CONTROLS = ((0x00, 0x1F), (0x7F, 0x9F), (0x2028, 0x2029))
SPACES = (
    (0x09, 0x0D),
    (0x1C, 0x20),
    (0x85, 0x85),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
)


def _char_class(ranges):
    """The inside of a regex character class holding `ranges`, e.g. `\\x00-\\x1f\\u2028`."""

    def char(code):
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return "".join(char(low) + (f"-{char(high)}" if high > low else "") for low, high in ranges)


# White space, as the inside of a character class.
SPACE_CHARS = _char_class(SPACES)
# Whitespace around a label is dropped, so a label is at least one other character, and at most
# LABEL_MAX_LENGTH once trimmed.
_LABEL_END = f"[^{_char_class(CONTROLS + SPACES)}]"
_LABEL_MIDDLE = f"[^{_char_class(CONTROLS)}]"
LABEL_PATTERN = (
    rf"^[{SPACE_CHARS}]*{_LABEL_END}(?:{_LABEL_MIDDLE}{{0,{LABEL_MAX_LENGTH - 2}}}{_LABEL_END})?"
    rf"[{SPACE_CHARS}]*$"
)
LABEL_RULES = (
    f"An emoji or a short word: 1 to {LABEL_MAX_LENGTH} characters once the spaces around it are "
    "dropped, with no control characters, lone surrogates or line separators; compared and "
    "stored in Unicode NFC form."
)


SAMPLES_TXT = {
    "type": "string",
    "minLength": 1,
    "description": (
        "A samples.txt: one JSON sample per line, "
        '{"label": "🙂", "features": [[0, 0.3, ...], ...]}, as the teaching app writes them.'
    ),
}

PROBLEM = {
    "type": "object",
    "properties": {"detail": {"type": "string", "minLength": 1}},
    "required": ["detail"],
}
FIELD_ERRORS = {
    "type": "object",
    "description": "For each field that is wrong, what is wrong with it.",
    "minProperties": 1,
    "additionalProperties": {"anyOf": [{"type": "array", "minItems": 1}, {"type": "object"}]},
}
# A 400, 404 or 409 names the field at fault where there is one, else says what is wrong.
ERRORS = {"anyOf": [FIELD_ERRORS, PROBLEM]}


def problem(description):
    return OpenApiResponse(PROBLEM, description=description)


BAD_REQUEST = OpenApiResponse(ERRORS, description="The request is not valid.")
NOT_FOUND = OpenApiResponse(ERRORS, description="You have nothing with that id or name.")
CONFLICT = OpenApiResponse(ERRORS, description="It doesn't fit your training set as it is now.")


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


class GuessTokenScheme(OpenApiAuthenticationExtension):
    """The guess's own token class reads the same `Authorization: Token ...` header as the rest
    of the API: it names the one `tokenAuth` scheme and defines no second one."""

    target_class = "drawings.authentication.GuessTokenAuthentication"
    name = []  # the scheme is defined once, by the API's default token class

    def get_security_requirement(self, auto_schema):
        return {"tokenAuth": []}

    def get_security_definition(self, auto_schema):
        return []
