import codecs
import io
import re

import orjson
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser as DRFJSONParser

# An integer too long for 64 bits, which orjson reads as a float where Python's json keeps it
# exact: a run of 19 digits sends a body the slow way (in a string or a decimal too: harmless).
LONG_NUMBER = re.compile(rb"\d{19}")


class JSONParser(DRFJSONParser):
    """DRF's JSON parser, with the same results and errors, reading UTF-8 bodies with orjson.

    orjson reads a drawing several times faster than Python's json (docs/performance.md).
    A body orjson refuses, or might read differently (another encoding, a long integer), goes
    through DRF's parser, so an error names the problem exactly as before. Nesting deeper than
    Python can parse is a 400, not a 500 (orjson reads up to 1,024 levels; json fewer, by how
    deep its caller's stack is).
    """

    def parse(self, stream, media_type=None, parser_context=None):
        body = stream.read()
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        if is_utf8(encoding) and not LONG_NUMBER.search(body):
            try:
                return orjson.loads(body)
            except orjson.JSONDecodeError:
                pass
        try:
            return super().parse(io.BytesIO(body), media_type, parser_context)
        except RecursionError as error:
            raise ParseError(_("JSON parse error - the document is nested too deeply.")) from error


def is_utf8(encoding):
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:  # DRF's parser answers that one
        return False
