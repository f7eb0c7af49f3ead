"""The teaching app's `samples.txt`: one JSON object `{"label": ..., "features": ...}` per line.

A test drawing's line also has `"split": "test"`, a key the teaching app's own lines never have:
its files import as training drawings and training drawings export as its lines, byte for byte.

Import is all or nothing. Every line is checked first, with the same rules as `POST /api/train/`;
only a file without a single bad line is stored (drawings.training_set.import_samples), in one
transaction, so an import never leaves half a file behind. Blank lines, Windows line ends, a
UTF-8 byte-order mark and a missing final newline are all fine.
"""

import itertools
import json
import re
from operator import itemgetter

import numpy as np
import orjson
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import StreamingHttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from drawings.ml.grid import GRID_SIZE
from drawings.models import Split, normalize_label_name
from drawings.packing import Packer
from drawings.serializers import TrainSerializer, grid_to_lists

# The values a line's "split" may take, as the fast path accepts them.
SPLITS = frozenset(Split.values)
FILENAME = "samples.txt"
CONTENT_TYPE = "text/plain; charset=utf-8"
# A line of 784 numbers written as "0.3, " is under 4 KB; anything far longer is not a sample.
MAX_LINE_BYTES = 64 * 1024
# How many bad lines an answer lists; the count of all of them is always given.
MAX_REPORTED_ERRORS = 100
# Rows read at a time by an export.
EXPORT_BATCH = 2000
# Lines parsed before their grids are checked together: about 12 MB of float64 at a time.
CHECK_BATCH_LINES = 2000
# A line as the teaching app writes it: a label, its features, perhaps a split. What stands
# between these two is the features' text; a line of any other shape takes the slow path.
BEFORE_FEATURES = re.compile(rb'\s*\{\s*"label"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*"features"\s*:\s*')
AFTER_FEATURES = re.compile(rb'\s*(?:,\s*"split"\s*:\s*"\w*"\s*)?\}\s*')
# All that JSON numbers, lists of them and the white space between can be written with.
NUMBER_TEXT = b"0123456789.-+eE,[] \t\r\n"
PROGRESS_EVERY = 5000


def size_limit_message(max_bytes):
    message = _(
        "The file is larger than the import limit of %(mb)s MB (SAMPLES_IMPORT_MAX_MB). "
        "Split it and import the parts one after another."
    )
    return message % {"mb": max_bytes // 2**20}


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


def decoded(raw, number):
    """The text of one line, or BadLine if it is too long or not UTF-8."""
    length = len(raw.rstrip(b"\r\n"))
    if length > MAX_LINE_BYTES:
        message = _("The line is %(length)s bytes long; a sample is at most %(most)s.")
        raise BadLine(message % {"length": length, "most": MAX_LINE_BYTES})
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as error:
        raise BadLine(_("Not UTF-8 text (byte %(byte)s).") % {"byte": error.start + 1}) from None


def parse_line(raw, number):
    """(label, features, split) of one line, checked as `POST /api/train/` checks, or BadLine
    saying why.

    The slow path, one line and one DRF serializer at a time: `read` sends only the lines its
    bulk check refuses here, so their errors are exactly what they always were.
    """
    text = decoded(raw, number)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        message = _("Not JSON: %(problem)s at column %(column)s.")
        raise BadLine(message % {"problem": error.msg, "column": error.colno}) from None
    except RecursionError:
        raise BadLine(_("Not a sample: the JSON is nested too deeply.")) from None
    if not isinstance(data, dict):
        raise BadLine(_('Expected an object {"label": ..., "features": [[...], ...]}.'))
    given = TrainSerializer(data=data)
    if not given.is_valid():
        raise BadLine(first_error(given.errors))
    return (
        given.validated_data["label"],
        given.validated_data["features"],
        given.validated_data["split"],
    )


def quickly_parsed(raw, number):
    """The JSON object on a line by orjson, a few times quicker than json; None if it is not one.

    orjson is stricter than json (no NaN, no lone surrogates, integers of at most 64 bits, which
    it reads as floats past that): whatever it refuses, or reads differently, takes the slow path.
    """
    try:
        data = orjson.loads(decoded(raw, number))
    except (BadLine, orjson.JSONDecodeError):
        return None
    return data if type(data) is dict else None


def grid_shaped(grid):
    """Whether `grid` is 28 lists of 28 somethings; what they are is checked in bulk."""
    return (
        type(grid) is list
        and len(grid) == GRID_SIZE
        and set(map(type, grid)) == {list}
        and set(map(len, grid)) == {GRID_SIZE}
    )


class LabelNames(dict):
    """Label names as given → their checked NFC form; a name that is not valid maps to None."""

    def __missing__(self, given):
        try:
            name = normalize_label_name(given)
        except ValidationError:
            name = None
        self[given] = name
        return name


def numbers_only(raw):
    """Whether a line's features are written with nothing but numbers: no `true`, `null`, `NaN`
    or string, and no list where a cell should be (a grid has 29 brackets `[`).

    Reading the text is a few times quicker than looking at the type of each of its 784 cells
    (docs/performance.md). A line that fails is checked by `parse_line`, which names its problem.
    """
    before = BEFORE_FEATURES.match(raw)
    end = raw.rfind(b"]") + 1
    if before is None or not AFTER_FEATURES.fullmatch(raw, end):
        return False
    features = raw[before.end() : end]
    return not features.translate(None, NUMBER_TEXT) and features.count(b"[") == GRID_SIZE + 1


def in_bulk(grids):
    """The grids, whose cells are all numbers (`numbers_only`), as one float64 array
    (n, 28, 28); None if a cell is past float64's range."""
    cells = itertools.chain.from_iterable(itertools.chain.from_iterable(grids))
    try:
        array = np.fromiter(cells, np.float64, count=len(grids) * GRID_SIZE * GRID_SIZE)
    except OverflowError:  # an integer past float64's range
        return None
    return array.reshape(len(grids), GRID_SIZE, GRID_SIZE)


def checked(lines, label_names):
    """Check lines [(number, raw, parsed object)] together: ([(number, label, grid, split)],
    [errors]).

    Labels are looked up among the names already checked, each grid's shape checked, its text
    seen to hold only numbers, and the numbers of all grids converted and range-checked by numpy
    at once. A line refused by any of that goes through `parse_line`, which names the problem as
    the API would; a line that passes has the values it would give.
    """
    fast, slow = [], []
    for number, raw, data in lines:
        given = data.get("label")
        label = label_names[given] if type(given) is str else None
        grid = data.get("features")
        split = data.get("split", Split.TRAIN)
        if label is None or not grid_shaped(grid) or split not in SPLITS or not numbers_only(raw):
            slow.append((number, raw))
        else:
            fast.append((number, raw, label, grid, split))
    good = []
    if fast:
        array = in_bulk([grid for _, _, _, grid, _ in fast])
        if array is None:
            slow.extend((number, raw) for number, raw, _, _, _ in fast)
        else:
            in_range = ((array >= 0) & (array <= 1)).all(axis=(1, 2))  # NaN fails both
            for (number, raw, label, _, split), grid, ok in zip(fast, array, in_range, strict=True):
                if ok:
                    good.append((number, label, grid, split))
                else:
                    slow.append((number, raw))
    errors = []
    for number, raw in slow:
        try:
            label, features, split = parse_line(raw, number)
        except BadLine as bad:
            errors.append({"line": number, "error": str(bad)})
        else:
            good.append((number, label, np.asarray(features, dtype=np.float64), split))
    good.sort(key=itemgetter(0))
    errors.sort(key=itemgetter("line"))
    return good, errors


def read(lines, max_bytes=None, progress=None):
    """Check every line of a samples file given as bytes lines; return
    [(label, packed features, split)].

    Lines are parsed one by one and checked CHECK_BATCH_LINES at a time (`checked`); the grids of
    a batch are packed by a process of their own (drawings.packing) while the next batch is read.
    Raises ImportRejected listing the bad lines by number (1 = first line of the file), or saying
    the file is over `max_bytes` (settings.SAMPLES_IMPORT_MAX_BYTES by default) or has no samples.
    """
    max_bytes = settings.SAMPLES_IMPORT_MAX_BYTES if max_bytes is None else max_bytes
    labels, splits, errors, bad_lines, size = [], [], [], 0, 0
    label_names, batch = LabelNames(), []

    with Packer() as packer:

        def check_batch():
            nonlocal bad_lines
            good, bad = checked(batch, label_names)
            batch.clear()
            bad_lines += len(bad)
            errors.extend(bad[: MAX_REPORTED_ERRORS - len(errors)])
            if bad_lines or not good:
                return  # nothing will be stored, or nothing to pack
            labels.extend(label for _, label, _, _ in good)
            splits.extend(split for _, _, _, split in good)
            packer.send(np.array([grid for _, _, grid, _ in good], dtype="<f8"))

        number = 0
        for number, raw in enumerate(lines, start=1):
            size += len(raw)
            if size > max_bytes:
                raise ImportRejected(size_limit_message(max_bytes))
            if progress and number % PROGRESS_EVERY == 0:
                progress("read", number, None)
            if not raw.strip():
                continue
            data = quickly_parsed(raw, number)
            if data is not None:
                batch.append((number, raw, data))
                if len(batch) == CHECK_BATCH_LINES:
                    check_batch()
                continue
            check_batch()  # the lines before it first, so errors stay in the file's order
            try:
                label, features, split = parse_line(raw, number)
            except BadLine as bad:
                bad_lines += 1
                if len(errors) < MAX_REPORTED_ERRORS:
                    errors.append({"line": number, "error": str(bad)})
            else:
                line = {"label": label, "features": features, "split": split}
                batch.append((number, raw, line))
        check_batch()
        if bad_lines:
            raise ImportRejected(
                ngettext(
                    "%(bad)s of %(count)s line is not a valid sample; nothing was imported.",
                    "%(bad)s of %(count)s lines are not valid samples; nothing was imported.",
                    number,
                )
                % {"bad": bad_lines, "count": number},
                errors,
                bad_lines,
            )
        grids = packer.packed()
    if not grids:
        raise ImportRejected(_("The file has no samples: expected one JSON object per line."))
    return list(zip(labels, grids, splits, strict=True))


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
