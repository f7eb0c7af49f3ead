"""What the OpenAPI schema states beyond the serializers: the label rules as a pattern, the
format of a samples.txt, and every error status each operation can answer, with its body."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer

from drawings.ml.grid import GRID_SIZE
from drawings.models import LABEL_MAX_LENGTH

# Code points as ranges, spelled out because `\s` means something else to each regex engine
# that reads a pattern (Python's, ECMA 262's, Rust's): what no label may hold
# (models.FORBIDDEN_CATEGORIES: controls, line and paragraph separators, and lone surrogates, which
# only a JSON escape can carry and a character class must not name), and the white space
# str.strip() drops. tests/test_schema.py checks them against unicodedata.
CONTROLS = ((0x00, 0x1F), (0x7F, 0x9F), (0x2028, 0x2029))
SURROGATES = ((0xD800, 0xDFFF),)
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
_HEX_DIGITS = "0123456789abcdef"


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


def _hex_numbers(low, high, digits=4):
    """A regex for the lowercase hex numbers of `digits` digits from `low` to `high`."""
    if digits == 1:
        return _hex_digit(low, high)
    step = 16 ** (digits - 1)
    (first, low_rest), (last, high_rest) = divmod(low, step), divmod(high, step)
    if first == last:
        return _HEX_DIGITS[first] + _group(_hex_numbers(low_rest, high_rest, digits - 1))
    ends = []
    if low_rest > 0:  # the first leading digit takes only the numbers from low_rest on
        ends.append(_HEX_DIGITS[first] + _group(_hex_numbers(low_rest, step - 1, digits - 1)))
        first += 1
    if high_rest < step - 1:
        ends.append(_HEX_DIGITS[last] + _group(_hex_numbers(0, high_rest, digits - 1)))
        last -= 1
    whole = [f"{_hex_digit(first, last)}[0-9a-f]{{{digits - 1}}}"] if first <= last else []
    return "|".join(whole + ends)


def _hex_digit(low, high):
    if low == high:
        return _HEX_DIGITS[low]
    spans = [(low, min(high, 9)), (max(low, 10), high)]
    inside = "".join(f"{_HEX_DIGITS[a]}-{_HEX_DIGITS[b]}" for a, b in spans if a <= b)
    return f"[{inside}]"


def _group(alternatives):
    return f"(?:{alternatives})" if "|" in alternatives else alternatives


def _allowed(excluded):
    """The ranges of code points of the Basic Multilingual Plane that `excluded` leaves."""
    allowed, start = [], 0
    for low, high in sorted(excluded):
        if low > start:
            allowed.append((start, low - 1))
        start = max(start, high + 1)
    return allowed + ([(start, 0xFFFF)] if start <= 0xFFFF else [])


def _json_char(excluded):
    """A label's character, any but `excluded`, inside a JSON string as json.dumps writes it:
    itself, a short escape, a \\u escape, or a character beyond the BMP as an escaped pair."""
    escapes = "|".join(_hex_numbers(low, high) for low, high in _allowed(excluded + SURROGATES))
    pair = r"\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}"
    return rf'(?:[^"\\{_char_class(excluded)}]|\\["\\/]|\\u(?:{escapes})|{pair})'


_JSON_LABEL = (
    f'"{_json_char(CONTROLS + SPACES)}'
    f"(?:{_json_char(CONTROLS)}{{0,{LABEL_MAX_LENGTH - 2}}}{_json_char(CONTROLS + SPACES)})?"
    '"'
)
# A number from 0 to 1 in decimals, as the canvas and json.dumps write them (0, 0.3, 1).
_CELL = r"(?:0|1|0\.[0-9]{1,20})"
_COLUMN = rf"\[(?:{_CELL}, ){{{GRID_SIZE - 1}}}{_CELL}\]"
_SAMPLE_LINE = (
    rf'\{{"label": {_JSON_LABEL}, "features": \[(?:{_COLUMN}, ){{{GRID_SIZE - 1}}}{_COLUMN}\]'
    r'(?:, "split": "(?:train|test)")?\}'
)
SAMPLES_TXT = {
    "type": "string",
    "pattern": rf"^(?:{_SAMPLE_LINE}\n)+$",
    "description": (
        "A samples.txt: one JSON sample per line, "
        '{"label": "🙂", "features": [[0, 0.3, ...], ...]}, and "split": "test" for a test '
        "drawing. The pattern is the file as the teaching app and GET /api/export/ write it (with "
        "json.dumps, numbers in decimals); the import also takes the same samples spelled "
        "otherwise in JSON (other spaces, key order, escapes or number forms, \\r\\n line ends, "
        "blank lines, a byte-order mark), which the pattern leaves out."
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


class GuessTokenScheme(OpenApiAuthenticationExtension):
    """The guess's own token class reads the same `Authorization: Token ...` header as the rest
    of the API: it names the one `tokenAuth` scheme and defines no second one."""

    target_class = "drawings.authentication.GuessTokenAuthentication"
    name = []  # the scheme is defined once, by the API's default token class

    def get_security_requirement(self, auto_schema):
        return {"tokenAuth": []}

    def get_security_definition(self, auto_schema):
        return []
