"""Features of a drawing learned from real doodles: what the convolutional layers of a small
network, trained once by bench/doodle_net.py to name 305 categories of Quick, Draw! doodles
(Google, CC BY 4.0) put on the canvas as people's drawings look there, find in a drawing.

Letters and symbols (`glyph_net`) taught strokes and corners; doodles teach the wheels, ears,
petals and roofs that users' emoji are made of. As in `glyph_net`, the network's last layers,
which name categories, are left behind, and the convolutions run on numpy alone.
"""

import numpy as np
from sklearn.pipeline import Pipeline

from drawings.ml.glyph_net import GlyphFeatures, length_one
from drawings.ml.learned_offline import learned_file
from drawings.ml.preprocessing import CentredInBox, Smooth

SIDE = 24
# Channels of each 3×3 convolution, and which are followed by a 2×2 maximum; what the last finds
# is averaged over the image: FEATURES numbers a drawing.
CHANNELS = (16, 32, 64, 96, 192)
POOLED = (True, True, False, True, False)
FEATURES = CHANNELS[-1]


def prepare():
    """The steps that make a canvas the image the network reads: centred in a box and smoothed a
    little. Doodles are not straightened: an upright house is not a slanted letter."""
    return Pipeline([("centre", CentredInBox(box=20, size=SIDE)), ("smooth", Smooth(sigma=0.5))])


class DoodleFeatures(GlyphFeatures):
    """Each prepared drawing (a flattened SIDE×SIDE image) as what the network's convolutions
    find in it: FEATURES numbers, scaled to length 1, less what doodles have in common (the
    `centre` the weights file holds, the mean of those of the drawings the network learned
    from), scaled to length 1 again: the ridge classifier then weighs what tells a user's
    drawings apart, not what every doodle has (docs/classifier.md). Pipelines stored with
    earlier weights name them: doodle_net_1 (1,152 numbers) and doodle_net_2 (128), whose files
    hold no centre.

    `weights` names the file of the weights bench/doodle_net.py learned (see `learned_file`).
    """

    SIDE = SIDE
    FEATURES = FEATURES
    # The quickest batch size for a retrain's drawings, measured (docs/performance.md).
    BATCH = 32

    def __init__(self, weights="doodle_net_3"):
        super().__init__(weights)

    def transform(self, X):
        found = super().transform(X)
        centre = learned_file(self.weights, np.float32).get("centre")
        return found if centre is None else length_one(found - centre)
