import io

import numpy as np
from PIL import Image

from drawings.thumbnails import data_uri, png
from tests.helpers import stroke


def test_a_drawing_becomes_a_28_pixel_png_ink_dark_on_white():
    # features[column][row]: column 3, row 20 is left of centre, near the bottom.
    image = Image.open(io.BytesIO(png(stroke([(3, 20)], value=1))))
    assert (image.format, image.size) == ("PNG", (28, 28))
    pixels = np.asarray(image)
    assert pixels[20, 3] == 0
    assert (pixels == 255).sum() == 28 * 28 - 1


def test_partial_ink_is_grey():
    pixels = np.asarray(Image.open(io.BytesIO(png(stroke([(0, 0)], value=0.3)))))
    assert pixels[0, 0] == 178


def test_it_is_small_enough_to_inline():
    uri = data_uri(stroke([(c, 14) for c in range(5, 23)]))
    assert uri.startswith("data:image/png;base64,")
    assert len(uri) < 400
