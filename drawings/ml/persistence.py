"""A fitted pipeline as the bytes the database keeps, and back."""

import importlib
import io
import pickle
import sys
import threading

import joblib

# Pickles stored before the ML code became this package name its classes by their old modules;
# drawings.pipeline held Calibrated and CompactSVC, both found in drawings.ml.pipelines.
MOVED_MODULES = {
    "drawings.pipeline": "drawings.ml.pipelines",
    "drawings.preprocessing": "drawings.ml.preprocessing",
    "drawings.augmentation": "drawings.ml.augmentation",
}
_old_names = threading.Lock()


class PickledByC:
    """Stands for a pipeline in a joblib file as one `pickle.loads` of its bytes.

    joblib reads its files with Python's pure-Python unpickler, many times slower than the C one
    on a pipeline of a few hundred objects: most of a cache miss, which each guess by a user no
    worker has cached pays (docs/performance.md). Written this way, joblib's unpickler
    reads five opcodes and hands the rest to the C one. The arrays are a few KB, so joblib's
    streaming of large arrays has nothing to save; the file is still joblib's, read by
    `joblib.load`, and the pipeline in it is pickled with its own `__getstate__`s as before.
    """

    def __init__(self, pipeline):
        self.pipeline = pipeline

    def __reduce__(self):
        return pickle.loads, (pickle.dumps(self.pipeline, protocol=pickle.HIGHEST_PROTOCOL),)


def pickled(pipeline):
    """The fitted pipeline as the bytes the database keeps."""
    buffer = io.BytesIO()
    # Uncompressed: support vectors barely compress, and zlib made saving and loading a pipeline
    # several times slower (docs/performance.md#figures-behind-the-codes-comments).
    joblib.dump(PickledByC(pipeline), buffer)
    return buffer.getvalue()


def unpickled(blob):
    """A fitted pipeline back from bytes that `pickled` wrote; only ever the server's own.

    One pickled whole by joblib (before PickledByC) loads as it always did; one stored before
    the move is read with its old module names standing for the new ones.
    """
    try:
        return joblib.load(io.BytesIO(bytes(blob)))
    except ModuleNotFoundError as error:
        if error.name not in MOVED_MODULES:
            raise
    with _old_names:
        for old, new in MOVED_MODULES.items():
            sys.modules[old] = importlib.import_module(new)
        try:
            return joblib.load(io.BytesIO(bytes(blob)))
        finally:
            for old in MOVED_MODULES:
                del sys.modules[old]
