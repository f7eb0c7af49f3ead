"""What the OpenAPI schema states of drawings beyond the serializers: the label rules as a
pattern, the format of a samples.txt, a conflict with a training set, and the guess's token.
(Every operation's error answers: emojisite.api.schema.)"""

from drf_spectacular.extensions import OpenApiAuthenticationExtension

from drawings.ml.grid import GRID_SIZE
from drawings.models import LABEL_MAX_LENGTH
from emojisite.api.errors import error
from emojisite.api.fields import SPACE_CHARS, SPACES, char_class

# Code points as ranges, spelled out as emojisite.api.fields.SPACES is: what no label may hold
# (models.FORBIDDEN_CATEGORIES: controls, line and paragraph separators, and lone surrogates, which
# only a JSON escape can carry and a character class must not name). tests/test_schema.py checks
# them against unicodedata.
CONTROLS = ((0x00, 0x1F), (0x7F, 0x9F), (0x2028, 0x2029))
SURROGATES = ((0xD800, 0xDFFF),)
_HEX_DIGITS = "0123456789abcdef"

# Whitespace around a label is dropped, so a label is at least one other character, and at most
# LABEL_MAX_LENGTH once trimmed.
_LABEL_END = f"[^{char_class(CONTROLS + SPACES)}]"
_LABEL_MIDDLE = f"[^{char_class(CONTROLS)}]"
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
    return rf'(?:[^"\\{char_class(excluded)}]|\\["\\/]|\\u(?:{escapes})|{pair})'


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

CONFLICT = error("It doesn't fit your training set as it is now.")


class GuessTokenScheme(OpenApiAuthenticationExtension):
    """The guess's own token class reads the same `Authorization: Token ...` header as the rest
    of the API: it names the one `tokenAuth` scheme and defines no second one."""

    target_class = "drawings.authentication.GuessTokenAuthentication"
    name = []  # the scheme is defined once, by the API's default token class
    scheme = "tokenAuth"

    def get_security_requirement(self, auto_schema):
        return {self.scheme: []}

    def get_security_definition(self, auto_schema):
        return []


class GuessSessionScheme(GuessTokenScheme):
    """The guess's own session class reads the same session cookie as the rest of the API."""

    target_class = "drawings.authentication.GuessSessionAuthentication"
    scheme = "cookieAuth"
