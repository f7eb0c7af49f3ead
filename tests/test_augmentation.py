import numpy as np
import pytest
from scipy import ndimage
from sklearn.neighbors import KNeighborsClassifier

from drawings.ml.augmentation import Augmented, distorted


def bar_images(count, side=20):
    """`count` images of a vertical bar, one column further right each."""
    images = np.zeros((count, side, side))
    for i in range(count):
        images[i, 4:16, 4 + i] = 1
    return images.reshape(count, -1)


@pytest.mark.parametrize(
    "samples, max_samples, copies", [(10, 1000, 3), (300, 1000, 2), (500, 1000, 1), (1000, 1000, 0)]
)
def test_copies_are_made_only_while_the_training_set_stays_small(samples, max_samples, copies):
    X = np.tile(bar_images(2), (samples // 2, 1))
    y = np.array(["a", "b"] * (samples // 2))
    fitted = Augmented(KNeighborsClassifier(1), copies=3, max_samples=max_samples).fit(X, y)
    assert fitted.copies_ == copies
    assert fitted.estimator_.n_samples_fit_ == samples * (copies + 1)


def test_predictions_are_made_on_the_drawing_as_it_is():
    X, y = bar_images(2), np.array(["a", "b"])
    fitted = Augmented(KNeighborsClassifier(1), copies=3).fit(X, y)
    assert list(fitted.predict(X)) == ["a", "b"]
    assert fitted.predict_proba(X).shape == (2, 2)
    assert not hasattr(fitted, "decision_function")


def test_copies_are_altered_but_keep_their_ink_where_it_was():
    image = bar_images(1)[0].reshape(20, 20)
    rng = np.random.default_rng(0)
    copies = distorted(np.repeat(image[None], 20, axis=0), rng, rotation=12, stretch=0.1, shift=1)
    assert all(not np.array_equal(copy, image) for copy in copies)
    # A thinner pen takes up to half the ink of a one-cell stroke; a thicker one adds some.
    assert all(0.4 * image.sum() < copy.sum() < 2.5 * image.sum() for copy in copies)
    centre = np.array(ndimage.center_of_mass(image))
    assert all(np.abs(ndimage.center_of_mass(copy) - centre).max() < 3 for copy in copies)


def test_the_same_samples_give_the_same_fit():
    X, y = bar_images(4), np.array(["a", "a", "b", "b"])

    def fitted_rows():
        return Augmented(KNeighborsClassifier(1)).fit(X, y).estimator_._fit_X

    assert np.array_equal(fitted_rows(), fitted_rows())


def test_copies_match_scipys_interpolation_and_pens():
    # Each copy is the image turned, stretched and moved by bilinear interpolation, as
    # ndimage.affine_transform would; the pen then thickens or thins it as ndimage's grey
    # dilation and erosion do.
    image = bar_images(3)[2].reshape(20, 20)
    rng = np.random.default_rng(1)
    copies = distorted(np.repeat(image[None], 30, axis=0), rng, rotation=12, stretch=0.1, shift=1)
    rng = np.random.default_rng(1)
    angle = np.deg2rad(rng.uniform(-12, 12, size=(30, 1)))
    row_scale, column_scale = 1 + rng.uniform(-0.1, 0.1, size=(2, 30, 1))
    row_shift, column_shift = rng.uniform(-1, 1, size=(2, 30, 1))
    pens = rng.integers(3, size=30)
    centre = np.full(2, 9.5)
    for k in range(30):
        cos, sin = np.cos(angle[k, 0]), np.sin(angle[k, 0])
        matrix = np.array([[cos, -sin], [sin, cos]]) / [[row_scale[k, 0]], [column_scale[k, 0]]]
        offset = centre - matrix @ centre + [row_shift[k, 0], column_shift[k, 0]]
        moved = ndimage.affine_transform(
            image, matrix, offset=offset, order=1, mode="grid-constant"
        )
        expected = [
            moved,
            ndimage.grey_dilation(moved, size=(2, 2), mode="constant"),
            (moved + ndimage.grey_erosion(moved, size=(2, 2), mode="constant")) / 2,
        ][pens[k]]
        np.testing.assert_allclose(copies[k], expected, atol=1e-12)


class RecordsGroups(KNeighborsClassifier):
    __metadata_request__fit = {"groups": True}

    def fit(self, X, y, groups=None):
        self.groups_seen_ = groups
        return super().fit(X, y)


def test_the_estimator_can_be_told_which_sample_each_row_was_made_from():
    X, y = bar_images(4), np.array(["a", "a", "b", "b"])
    fitted = Augmented(RecordsGroups(1), copies=2).fit(X, y)
    assert list(fitted.estimator_.groups_seen_) == [0, 1, 2, 3] * 3
    assert np.array_equal(fitted.estimator_._fit_X[:4], X)
