import zlib

import numpy as np
from django.db import models

from drawings.ml.grid import GRID_SIZE
from drawings.packing import pack


def encode_features(grid):
    """Pack a 28×28 grid as zlib-compressed little-endian float64: exact, and small when sparse."""
    array = np.ascontiguousarray(grid, dtype="<f8").reshape(GRID_SIZE, GRID_SIZE)
    return pack(array.tobytes())


def decode_features(blob):
    return np.frombuffer(zlib.decompress(bytes(blob)), dtype="<f8").reshape(GRID_SIZE, GRID_SIZE)


class FeaturesField(models.BinaryField):
    """A drawing as a numpy array `features[column][row]`, stored compactly as bytes."""

    def from_db_value(self, value, expression, connection):
        return None if value is None else decode_features(value)

    def get_prep_value(self, value):
        if value is None or isinstance(value, (bytes, memoryview)):
            return value
        return encode_features(value)

    def value_to_string(self, obj):
        return self.value_from_object(obj).tolist()
