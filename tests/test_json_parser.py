"""The site's JSON parser reads every body as DRF's own parser does: same values, same errors."""

import io
import json
import math

import pytest
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser as DRFJSONParser

from emojisite.api.parsers import JSONParser

DRAWING = json.dumps({"features": [[0, 0.3, 0.6, 1.0, 0.9] + [0] * 23] * 28}).encode()

BODIES = {
    "a drawing": DRAWING,
    "a label and a drawing": json.dumps({"label": "🙂", "features": [[0] * 28] * 28}).encode(),
    "unicode escapes": b'{"label": "\\ud83d\\ude42"}',
    "a lone surrogate": b'{"label": "\\ud83d"}',
    "raw UTF-8": '{"label": "💎"}'.encode(),
    "not UTF-8": b'{"label": "\xff\xfe"}',
    "a byte order mark": b'\xef\xbb\xbf{"features": []}',
    "a 30-digit integer": b'{"features": [[123456789012345678901234567890]]}',
    "a negative 20-digit integer": b'{"features": [[-92233720368547758090]]}',
    "the largest 64-bit integer": b'{"features": [[18446744073709551615]]}',
    "a 4,400-digit integer": b'{"features": [[' + b"1" * 4400 + b"]]}",
    "1e999": b'{"features": [[1e999]]}',
    "NaN": b'{"features": [[NaN]]}',
    "Infinity": b'{"features": [[-Infinity]]}',
    "minus zero": b'{"features": [[-0.0, -0, 0.30000000000000004, 5e-324, 1.5e-400]]}',
    "duplicate keys": b'{"features": 1, "features": [[0.3]]}',
    "a NUL escape": b'{"label": "\\u0000"}',
    "a raw control character": b'{"label": "a\tb"}',
    "truncated": DRAWING[:-20],
    "two documents": b"{} {}",
    "trailing comma": b'{"features": [1,]}',
    "single quotes": b"{'features': []}",
    "nested 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
    "nested 2,000 deep": b"[" * 2_000 + b"]" * 2_000,
    "nested 100 deep": b"[" * 100 + b"]" * 100,
    "whitespace around": b' \n\t{"features": []}\r\n ',
    "a bare number": b"0.5",
}


def parsed(parser, body, encoding="utf-8"):
    """What the parser makes of the body: its data, or its error's message."""
    try:
        return parser.parse(io.BytesIO(body), "application/json", {"encoding": encoding})
    except ParseError as error:
        return ("ParseError", str(error.detail))
    except RecursionError:  # DRF's own parser; the site's answers 400 instead
        return ("ParseError", "JSON parse error - the document is nested too deeply.")


def typed(value):
    """The value with every number's type and sign kept, so 1 ≠ 1.0 and 0.0 ≠ -0.0."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [typed(item) for item in value]
    if isinstance(value, float):
        return ("float", repr(value), math.copysign(1, value))
    return (type(value).__name__, value)


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_it_reads_each_body_as_drf_does(body):
    assert typed(parsed(JSONParser(), body)) == typed(parsed(DRFJSONParser(), body))


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_another_declared_encoding_is_decoded_as_declared(encoding):
    body = '{"label": "café"}'.encode()
    assert parsed(JSONParser(), body, encoding) == parsed(DRFJSONParser(), body, encoding)
