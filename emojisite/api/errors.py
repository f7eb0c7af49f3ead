"""The API's error answers, one shape for every app: each is a named component of the schema.

A 400 (or a 404 or 409 about a field) is a `ValidationError`: for each field that is wrong, what
is wrong with it. Every other error is a `Problem`: `{"detail": "..."}`. An operation's error
answers are `ERROR` (either), or a `problem(...)` where only a detail can come back.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse
from rest_framework import status
from rest_framework.exceptions import APIException


class Conflict(APIException):
    """A request that is well formed but doesn't fit what the user has as it is now."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = _("This doesn't fit your training set as it is now.")
    default_code = "conflict"


# The components, added to the schema by SPECTACULAR_SETTINGS["APPEND_COMPONENTS"].
COMPONENTS = {
    "schemas": {
        "Problem": {
            "type": "object",
            "description": "What is wrong, in a sentence.",
            "properties": {"detail": {"type": "string", "minLength": 1}},
            "required": ["detail"],
        },
        "ValidationError": {
            "type": "object",
            "description": "For each field that is wrong, what is wrong with it: a list of "
            "messages, or for a field made of fields (or of list items), the same again.",
            "minProperties": 1,
            "additionalProperties": {
                "anyOf": [
                    {
                        "type": "array",
                        "minItems": 1,
                        "items": {"anyOf": [{"type": "string"}, {"type": "object"}]},
                    },
                    {"type": "object"},
                ]
            },
        },
        "Error": {
            "description": "A ValidationError where a field is at fault, else a Problem.",
            "anyOf": [
                {"$ref": "#/components/schemas/ValidationError"},
                {"$ref": "#/components/schemas/Problem"},
            ],
        },
    }
}
PROBLEM = {"$ref": "#/components/schemas/Problem"}
VALIDATION_ERROR = {"$ref": "#/components/schemas/ValidationError"}
ERROR = {"$ref": "#/components/schemas/Error"}


def problem(description):
    """An error answer that is only ever a Problem, described for one operation."""
    return OpenApiResponse(PROBLEM, description=description)


def error(description):
    """An error answer that names the field at fault where there is one, else says what."""
    return OpenApiResponse(ERROR, description=description)
