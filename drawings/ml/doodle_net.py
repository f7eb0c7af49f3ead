"""Features of a drawing learned from real doodles: what the convolutional layers of a small
network, trained once by bench/doodle_net.py to name 305 categories of Quick, Draw! doodles
(Google, CC BY 4.0) drawn on the canvas as a hand draws them, find in each part of it.

Letters and symbols (`glyph_net`) taught strokes and corners; doodles teach the wheels, ears,
petals and roofs that users' emoji are made of. As in `glyph_net`, the network's last layers,
which name categories, are left behind, and the convolutions run on numpy alone.
"""

from sklearn.pipeline import Pipeline

from drawings.ml.glyph_net import GlyphFeatures
from drawings.ml.preprocessing import CentredInBox, Smooth

SIDE = 24
# Kernels of each convolution (5×5, then 3×3), each followed by a 2×2 maximum.
CHANNELS = (32, 64, 128)
KERNELS = (5, 3, 3)
FEATURES = CHANNELS[-1] * (SIDE // 2 ** len(CHANNELS)) ** 2


def prepare():
    """The steps that make a canvas the image the network reads: centred in a box and smoothed a
    little. Doodles are not straightened: an upright house is not a slanted letter."""
    return Pipeline([("centre", CentredInBox(box=20, size=SIDE)), ("smooth", Smooth(sigma=0.5))])


class DoodleFeatures(GlyphFeatures):
    """Each prepared drawing (a flattened SIDE×SIDE image) as what the network's convolutions
    find in each part of it: FEATURES numbers, scaled to length 1.

    `weights` names the file of the weights bench/doodle_net.py learned (see `learned_file`).
    """

    SIDE = SIDE
    FEATURES = FEATURES
    # Its wider layers fill the cache sooner: batches of 8 took three quarters of the time of 64.
    BATCH = 8

    def __init__(self, weights="doodle_net_1"):
        super().__init__(weights)
