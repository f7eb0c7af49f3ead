"""The teaching app's `samples.txt`: one JSON object `{"label": ..., "features": ...}` per line.

A test drawing's line also has `"split": "test"`, a key the teaching app's own lines never have:
its files import as training drawings and training drawings export as its lines, byte for byte.

Import is all or nothing. Every line is checked first, with the same rules as `POST /api/train/`;
only a file without a single bad line is stored (drawings.training_set.import_samples), in one
transaction, so an import never leaves half a file behind. Blank lines, Windows line ends, a
UTF-8 byte-order mark and a missing final newline are all fine.
"""

import json

from django.conf import settings
from django.http import StreamingHttpResponse

from drawings.fields import encode_features
from drawings.models import Split
from drawings.serializers import TrainSerializer, grid_to_lists

FILENAME = "samples.txt"
CONTENT_TYPE = "text/plain; charset=utf-8"
# A line of 784 numbers written as "0.3, " is under 4 KB; anything far longer is not a sample.
MAX_LINE_BYTES = 64 * 1024
# How many bad lines an answer lists; the count of all of them is always given.
MAX_REPORTED_ERRORS = 100
# Rows read at a time by an export.
EXPORT_BATCH = 2000
PROGRESS_EVERY = 5000


def size_limit_message(max_bytes):
    return (
        f"The file is larger than the import limit of {max_bytes // 2**20} MB "
        "(SAMPLES_IMPORT_MAX_MB). Split it and import the parts one after another."
    )


class ImportRejected(Exception):
    """Nothing was imported: why, and which lines were bad (at most MAX_REPORTED_ERRORS)."""

    def __init__(self, message, errors=(), bad_lines=0):
        super().__init__(message)
        self.message = message
        self.errors = list(errors)
        self.bad_lines = bad_lines

    def as_dict(self):
        return {"detail": self.message, "bad_lines": self.bad_lines, "lines": self.errors}


class BadLine(Exception):
    pass


def first_error(errors):
    """`field: message` for the first problem DRF found, e.g. `features: Expected 28 columns`."""
    field, messages = next(iter(errors.items()))
    message = messages[0] if isinstance(messages, list) else messages
    return str(message) if field == "non_field_errors" else f"{field}: {message}"


def parse_line(raw, number):
    """(label, features, split) of one line, validated by TrainSerializer, or BadLine saying why
    not."""
    length = len(raw.rstrip(b"\r\n"))
    if length > MAX_LINE_BYTES:
        raise BadLine(f"The line is {length} bytes long; a sample is at most {MAX_LINE_BYTES}.")
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as error:
        raise BadLine(f"Not UTF-8 text (byte {error.start + 1}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadLine(f"Not JSON: {error.msg} at column {error.colno}.") from None
    except RecursionError:
        raise BadLine("Not a sample: the JSON is nested too deeply.") from None
    if not isinstance(data, dict):
        raise BadLine('Expected an object {"label": ..., "features": [[...], ...]}.')
    given = TrainSerializer(data=data)
    if not given.is_valid():
        raise BadLine(first_error(given.errors))
    return (
        given.validated_data["label"],
        given.validated_data["features"],
        given.validated_data["split"],
    )


def read(lines, max_bytes=None, progress=None):
    """Check every line of a samples file given as bytes lines; return
    [(label, packed features, split)].

    Raises ImportRejected listing the bad lines by number (1 = first line of the file), or saying
    the file is over `max_bytes` (settings.SAMPLES_IMPORT_MAX_BYTES by default) or has no samples.
    """
    max_bytes = settings.SAMPLES_IMPORT_MAX_BYTES if max_bytes is None else max_bytes
    samples, errors, bad_lines, size = [], [], 0, 0
    number = 0
    for number, raw in enumerate(lines, start=1):
        size += len(raw)
        if size > max_bytes:
            raise ImportRejected(size_limit_message(max_bytes))
        if progress and number % PROGRESS_EVERY == 0:
            progress("read", number, None)
        if not raw.strip():
            continue
        try:
            label, features, split = parse_line(raw, number)
        except BadLine as bad:
            bad_lines += 1
            if len(errors) < MAX_REPORTED_ERRORS:
                errors.append({"line": number, "error": str(bad)})
            continue
        samples.append((label, encode_features(features), split))
    if bad_lines:
        raise ImportRejected(
            f"{bad_lines} of {number} lines are not valid samples; nothing was imported.",
            errors,
            bad_lines,
        )
    if not samples:
        raise ImportRejected("The file has no samples: expected one JSON object per line.")
    return samples


def export_lines(samples):
    """The samples as the teaching app writes them, oldest first: byte for byte its own lines."""
    rows = samples.order_by("created_at", "id").values_list("label__name", "features", "split")
    for name, features, split in rows.iterator(chunk_size=EXPORT_BATCH):
        line = {"label": name, "features": grid_to_lists(features)}
        if split != Split.TRAIN:
            line["split"] = split
        yield json.dumps(line) + "\n"


def download(samples):
    """The samples as a `samples.txt` attachment, streamed so a large set is never all in memory."""
    response = StreamingHttpResponse(export_lines(samples), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{FILENAME}"'
    return response
