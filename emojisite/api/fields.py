"""Serializer fields every app's API shares: short text exactly as the schema states it."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

# The white space str.strip() drops, as code point ranges, spelled out because `\s` means
# something else to each regex engine that reads a pattern (Python's, ECMA 262's, Rust's).
# tests/test_schema.py checks them against unicodedata.
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


def char_class(ranges):
    """The inside of a regex character class holding `ranges`, e.g. `\\x00-\\x1f\\u2028`."""

    def char(code):
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return "".join(char(low) + (f"-{char(high)}" if high > low else "") for low, high in ranges)


# White space, as the inside of a character class.
SPACE_CHARS = char_class(SPACES)


class TextField(serializers.CharField):
    """Short text exactly as the schema states it: a JSON string (DRF's CharField would take 0 as
    "0"), at most max_length characters as sent, with something besides spaces and no NUL."""

    def __init__(self, **kwargs):
        something = RegexValidator(
            rf"^[^\x00]*[^\x00{SPACE_CHARS}][^\x00]*$",
            _("Write something besides spaces, with no NUL."),
        )
        super().__init__(validators=[something], **kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        if len(data) > self.max_length:  # before the spaces around it are dropped
            self.fail("max_length", max_length=self.max_length)
        return super().to_internal_value(data)
