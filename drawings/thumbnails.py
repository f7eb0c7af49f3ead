"""A drawing as a small picture: a PNG with one pixel per cell, ink dark on white paper.

Inlined as a data: URI, a page of a hundred thumbnails costs one request and about 40 KB; the
browser scales them up with `image-rendering: pixelated`.
"""

import base64
import io

import numpy as np
from PIL import Image


def png(features):
    """The 28×28 grid `features[column][row]` as a grayscale PNG, rows top to bottom."""
    ink = np.asarray(features, dtype=np.float64).T
    pixels = np.rint(255 * (1 - ink)).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def data_uri(features):
    return "data:image/png;base64," + base64.b64encode(png(features)).decode("ascii")
