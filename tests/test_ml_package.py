"""drawings.ml: a package of its own that imports no Django, whose estimators follow
scikit-learn's conventions, and that still loads the pipelines stored before it existed."""

import io
import pickle
import subprocess
import sys
from types import ModuleType

import joblib
import numpy as np
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC
from sklearn.utils.estimator_checks import parametrize_with_checks

from drawings import storage
from drawings.ml import persistence, pipelines
from drawings.ml.augmentation import Augmented
from drawings.ml.calibration import Calibrated
from drawings.ml.doodle_net import DoodleFeatures
from drawings.ml.glyph_net import GlyphFeatures
from drawings.ml.grid import as_matrix
from drawings.ml.learned_offline import SideBySide
from drawings.ml.pipelines import (
    CompactLogisticRegression,
    CompactRidgeClassifier,
    CompactSVC,
    PairwiseMeanSVC,
)
from drawings.ml.preprocessing import (
    CentredInBox,
    Deskew,
    InkLevel,
    PixelsAndDirections,
    PixelsAndSoftDirections,
    ShapeSpace,
    Smooth,
    StrokeDirections,
)
from drawings.models import Classifier
from tests.helpers import (
    diagonal,
    drawings_of_three_shapes,
    horizontal_bar,
    pickled_whole_by_joblib,
    stroke,
    vertical_bar,
)
from tests.processes import PROJECT, database_url, environment

TRANSFORMERS = [
    CentredInBox(),
    Deskew(),
    Smooth(),
    StrokeDirections(),
    PixelsAndDirections(),
    PixelsAndSoftDirections(),
]
ESTIMATORS = [
    *TRANSFORMERS,
    InkLevel(),
    ShapeSpace(),
    GlyphFeatures(),
    DoodleFeatures(),
    SideBySide([("centred", Pipeline([("centre", CentredInBox())]))]),
    Augmented(LogisticRegression()),
    Calibrated(SVC(), fallback=LogisticRegression()),
    CompactSVC(),
    PairwiseMeanSVC(),
    CompactLogisticRegression(),
    CompactRidgeClassifier(),
]

# scikit-learn's checks make their data with 1 to 10 features; these need a square image per
# row, so these checks fail on the shape of their data alone. What they check is checked on
# drawings below (test_estimators_on_drawings_*).
NOT_SQUARE_IMAGES = "its data has 2, 3, 5 or 10 features a row, not a square image"
NEEDS_SQUARE_IMAGES = [
    "check_dict_unchanged",
    "check_dont_overwrite_parameters",
    "check_dtype_object",
    "check_estimators_dtypes",
    "check_estimators_fit_returns_self",
    "check_estimators_nan_inf",
    "check_estimators_overwrite_params",
    "check_estimators_pickle",
    "check_f_contiguous_array_estimator",
    "check_fit2d_1sample",
    "check_fit2d_predict1d",
    "check_fit_check_is_fitted",
    "check_fit_idempotent",
    "check_fit_score_takes_y",
    "check_methods_sample_order_invariance",
    "check_methods_subset_invariance",
    "check_n_features_in",
    "check_pipeline_consistency",
    "check_readonly_memmap_input",
]
TRANSFORMER_NEEDS_SQUARE_IMAGES = [
    "check_transformer_data_not_an_array",
    "check_transformer_general",
    "check_transformer_preserve_dtypes",
    "check_transformers_unfitted_stateless",
]
CLASSIFIER_NEEDS_SQUARE_IMAGES = [
    "check_classifier_data_not_an_array",
    "check_classifiers_classes",
    "check_classifiers_one_label",
    "check_classifiers_train",
    "check_decision_proba_consistency",
    "check_supervised_y_2d",
]
# The shape space and the network features take rows as wide as those their basis or weights
# were learned on (625 features, 400 pixels), and no others.
NOT_BASIS_WIDTH = "its data has 1 to 10 features a row, not the width it was learned on"
NEEDS_BASIS_WIDTH = [
    "check_fit2d_1feature",
    "check_n_features_in_after_fitting",
    "check_positive_only_tag_during_fit",
]


# CompactSVC and CompactLogisticRegression pickle their largest arrays as float16 and float32:
# after pickling, their decision values are the same up to that rounding (test_pipeline's
# test_the_svm_stores_its_support_vectors_in_half_precision and its logistic regression twin).
ROUNDED = "decision values after pickling differ by {} rounding, about {}"
# As scikit-learn lists for SVC itself: libsvm's sample weights are not the same as repeating
# samples.
SVC_WEIGHTS = "sample_weight is not equivalent to removing/repeating samples (as for SVC)"
# CompactLogisticRegression's decision values skip scikit-learn's input checks: its rows are the
# network features, dense and finite; a row of another width is still refused.
UNCHECKED = "decision values check the width of rows only, as a guess needs"
ON_SQUARE_IMAGES = dict.fromkeys(
    NEEDS_SQUARE_IMAGES + TRANSFORMER_NEEDS_SQUARE_IMAGES, NOT_SQUARE_IMAGES
)
ON_BASIS_WIDTH = dict.fromkeys(
    NEEDS_SQUARE_IMAGES + TRANSFORMER_NEEDS_SQUARE_IMAGES + NEEDS_BASIS_WIDTH, NOT_BASIS_WIDTH
)
# The checks each estimator is expected to fail, with why; an image transformer not named here
# fails ON_SQUARE_IMAGES.
EXPECTED_FAILED_CHECKS = {
    CompactSVC: {
        "check_sample_weight_equivalence_on_dense_data": SVC_WEIGHTS,
        "check_sample_weight_equivalence_on_sparse_data": SVC_WEIGHTS,
        "check_estimators_pickle": ROUNDED.format("float16", "1e-3"),
    },
    PairwiseMeanSVC: {
        # Only the scores are asked for: predict stays libsvm's count of pairwise votes.
        "check_classifiers_train": "predict counts votes; the decision values are their means",
        "check_sample_weight_equivalence_on_dense_data": SVC_WEIGHTS,
        "check_sample_weight_equivalence_on_sparse_data": SVC_WEIGHTS,
        "check_estimators_pickle": ROUNDED.format("float16", "1e-3"),
    },
    CompactLogisticRegression: {
        "check_estimators_nan_inf": UNCHECKED,
        "check_estimator_sparse_array": UNCHECKED,
        "check_estimator_sparse_matrix": UNCHECKED,
        "check_estimators_pickle": ROUNDED.format("float32", "1e-7"),
    },
    CompactRidgeClassifier: {
        # scikit-learn skips it for RidgeClassifier too: a direct solve has no iterations.
        "check_non_transformer_estimators_n_iter": "its direct solvers count no iterations",
    },
    # Like every transformer here, a guess checks only the shape of its rows (fitted_rows).
    InkLevel: {"check_estimators_nan_inf": "transform checks the shape of rows, not their numbers"},
    Calibrated: {},
    ShapeSpace: ON_BASIS_WIDTH,
    GlyphFeatures: ON_BASIS_WIDTH,
    DoodleFeatures: ON_BASIS_WIDTH,
    Augmented: dict.fromkeys(
        NEEDS_SQUARE_IMAGES + CLASSIFIER_NEEDS_SQUARE_IMAGES, NOT_SQUARE_IMAGES
    ),
}


def expected_failed_checks(estimator):
    return EXPECTED_FAILED_CHECKS.get(type(estimator), ON_SQUARE_IMAGES)


@pytest.mark.estimator_checks
@parametrize_with_checks(ESTIMATORS, expected_failed_checks=expected_failed_checks)
def test_scikit_learns_estimator_checks(estimator, check):
    check(estimator)


def drawings(count=12, seed=0):
    """Canvas rows of random strokes, as many as `count`, with labels of two kinds."""
    rng = np.random.default_rng(seed)
    grids = [
        stroke({(int(c), int(r)) for c, r in rng.integers(3, 25, size=(8, 2))})
        if i % 2
        else vertical_bar(int(rng.integers(5, 23)))
        for i in range(count)
    ]
    return as_matrix(grids), np.array(["|", "*"] * (count // 2))


def outputs(estimator, X):
    method = "transform" if hasattr(estimator, "transform") else "predict_proba"
    return getattr(estimator, method)(X)


@pytest.mark.parametrize("estimator", [*TRANSFORMERS, Augmented(LogisticRegression())], ids=str)
def test_estimators_on_drawings_fit_the_same_whatever_the_order_and_after_pickling(estimator):
    X, y = drawings()
    fitted = clone(estimator).fit(X, y)
    again = clone(estimator).fit(X, y)
    order = np.random.default_rng(1).permutation(len(X))
    np.testing.assert_allclose(outputs(again, X), outputs(fitted, X))
    np.testing.assert_allclose(outputs(fitted, X[order]), outputs(fitted, X)[order])
    np.testing.assert_allclose(outputs(fitted, X[:3]), outputs(fitted, X)[:3])
    restored = pickle.loads(pickle.dumps(fitted))
    np.testing.assert_allclose(outputs(restored, X), outputs(fitted, X))
    assert fitted.n_features_in_ == X.shape[1]


@pytest.mark.parametrize("estimator", [*TRANSFORMERS, Augmented(LogisticRegression())], ids=str)
def test_estimators_on_drawings_refuse_a_drawing_of_another_size(estimator):
    X, y = drawings()
    fitted = clone(estimator).fit(X, y)
    with pytest.raises(ValueError, match="784 features"):
        outputs(fitted, X[:, :400])


@pytest.mark.processes
def test_the_package_imports_without_django():
    script = (
        "import pkgutil, importlib, sys, drawings.ml\n"
        "for module in pkgutil.iter_modules(drawings.ml.__path__):\n"
        "    importlib.import_module(f'drawings.ml.{module.name}')\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'django'))\n"
    )
    env = {k: v for k, v in environment().items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.processes
@pytest.mark.django_db(transaction=True)
def test_a_retrain_with_nothing_to_do_does_not_import_scikit_learn(trained):
    # Run from cron, `retrain` mostly finds nothing to do: it must start in a fraction of the
    # second that scikit-learn and SciPy take to import.
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "manage.py", "retrain"],
        cwd=PROJECT,
        env=environment(DATABASE_URL=database_url()),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Retrained 0 users" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "drawings.fields" in imported  # the app did load
    assert not {name for name in imported if name.split(".")[0] in ("sklearn", "scipy")}


# Where each class of the svm pipeline lived before the ML code became drawings/ml (d8d2d47):
# pipelines stored then name them so. PixelsAndSoftDirections came later, under its own name.
MODULES_BEFORE_THE_PACKAGE = {
    Augmented: "drawings.augmentation",
    Calibrated: "drawings.pipeline",
    CompactSVC: "drawings.pipeline",
    CentredInBox: "drawings.preprocessing",
    Deskew: "drawings.preprocessing",
    Smooth: "drawings.preprocessing",
}
ASKED = as_matrix([vertical_bar(4), horizontal_bar(20), diagonal(10, 8), diagonal(5, 5)])


def pickled_before_the_package(pipeline):
    """The pipeline pickled as storage pickled it then (whole, by joblib), its classes named by
    their old modules.

    While it is written, each class claims its old module, which stands in `sys.modules` for
    pickle to check the name against.
    """
    modules = {name: ModuleType(name) for name in set(MODULES_BEFORE_THE_PACKAGE.values())}
    with pytest.MonkeyPatch.context() as patch:
        for name, module in modules.items():
            patch.setitem(sys.modules, name, module)
        for cls, name in MODULES_BEFORE_THE_PACKAGE.items():
            patch.setattr(cls, "__module__", name)
            setattr(modules[name], cls.__name__, cls)
        return pickled_whole_by_joblib(pipeline)


@pytest.fixture(scope="module")
def stored_before():
    """An svm pipeline, and one with a single-sample label (its calibration falls back), each as
    pickled before the package and with the scores it gives when pickled under today's names."""
    drawings, labels = drawings_of_three_shapes()
    few, few_labels = drawings_of_three_shapes(per_label=2)
    stored = {}
    for name, fitted in {
        "svm": pipelines.fit(drawings, labels, "svm"),
        "svm-fallback": pipelines.fit([*few, diagonal(5, 5)], [*few_labels, "/"], "svm"),
    }.items():
        today = persistence.unpickled(persistence.pickled(fitted))
        stored[name] = (pickled_before_the_package(fitted), today.predict_proba(ASKED))
    return stored


@pytest.mark.parametrize("name", ["svm", "svm-fallback"])
def test_a_pipeline_pickled_before_the_package_predicts_the_same(stored_before, name):
    blob, expected = stored_before[name]
    with pytest.raises(ModuleNotFoundError, match="drawings"):
        joblib.load(io.BytesIO(blob))  # it does name modules that are gone
    fitted = persistence.unpickled(blob)
    np.testing.assert_array_equal(fitted.predict_proba(ASKED), expected)
    assert "drawings.pipeline" not in sys.modules  # the old names stood in only while loading


def test_a_classifier_stored_before_the_package_guesses_the_same(stored_before, trained, alice):
    blob, expected = stored_before["svm"]
    Classifier.objects.filter(user=alice).update(pickle=blob)
    fitted = storage.load(Classifier.objects.get(user=alice)).pipeline
    np.testing.assert_array_equal(fitted.predict_proba(ASKED), expected)
    assert list(fitted.predict(as_matrix([vertical_bar(4), horizontal_bar(20)]))) == ["|", "-"]
