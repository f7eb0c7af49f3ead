import io
import pickle
import pickletools

import joblib
import numpy as np
import pytest
from sklearn.datasets import make_blobs
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

from drawings import storage, training
from drawings.ml import persistence, pipelines
from drawings.ml.calibration import Calibrated, fitted_temperature
from drawings.ml.doodle_net import DoodleFeatures
from drawings.ml.fitted import fitted_proba
from drawings.ml.glyph_net import GlyphFeatures
from drawings.ml.grid import as_matrix
from drawings.models import Sample
from tests.helpers import (
    diagonal,
    drawings_of_three_shapes,
    horizontal_bar,
    pickled_whole_by_joblib,
    stroke,
    vertical_bar,
)


@pytest.mark.parametrize("algorithm", sorted(pipelines.ALGORITHMS))
def test_a_pickled_pipeline_predicts_the_same_after_loading(algorithm):
    drawings, labels = drawings_of_three_shapes()
    fitted = pipelines.fit(drawings, labels, algorithm)
    asked = as_matrix([vertical_bar(3), horizontal_bar(25), diagonal(10, 8)])
    for loaded in (
        persistence.unpickled(persistence.pickled(fitted)),
        joblib.load(io.BytesIO(persistence.pickled(fitted))),  # still a joblib file
        persistence.unpickled(pickled_whole_by_joblib(fitted)),  # as stored until December
    ):
        # The SVM keeps its support vectors as float16 when pickled: the same up to that rounding.
        np.testing.assert_allclose(
            loaded.predict_proba(asked), fitted.predict_proba(asked), atol=1e-3
        )


def test_joblibs_unpickler_reads_only_the_wrapper_around_a_c_pickle():
    """joblib's pure-Python unpickler was two thirds of a cache miss (persistence.PickledByC)."""
    fitted = pipelines.fit(*drawings_of_three_shapes(), algorithm="net")
    opcodes = [opcode.name for opcode, _, _ in pickletools.genops(persistence.pickled(fitted))]
    assert len(opcodes) < 20, opcodes  # the pipeline alone is hundreds
    assert "BINBYTES" in opcodes or "BINBYTES8" in opcodes


@pytest.mark.parametrize("algorithm", sorted(pipelines.ALGORITHMS))
def test_a_guess_steps_through_the_pipeline_as_scikit_learn_does(algorithm):
    drawings, labels = drawings_of_three_shapes()
    fitted = pipelines.fit(drawings, labels, algorithm)
    asked = as_matrix([vertical_bar(3), horizontal_bar(25), diagonal(10, 8), *drawings])
    np.testing.assert_array_equal(fitted_proba(fitted, asked), fitted.predict_proba(asked))
    ranked = pipelines.scores(fitted, vertical_bar(3))
    expected = zip(fitted.classes_, fitted.predict_proba(asked[:1]).tolist()[0], strict=True)
    assert ranked == sorted(expected, key=lambda pair: -pair[1])


@pytest.mark.parametrize("algorithm", sorted(pipelines.ALGORITHMS))
def test_labels_are_stored_as_text_not_as_a_pickle_within_the_pickle(algorithm):
    drawings, labels = drawings_of_three_shapes()
    fitted = pipelines.fit(drawings, [f"{label}🙂" for label in labels], algorithm)
    assert fitted.classes_.dtype.kind == "U"
    assert list(fitted.classes_) == ["-🙂", "\\🙂", "|🙂"]
    loaded = persistence.unpickled(persistence.pickled(fitted))
    assert pipelines.scores(loaded, vertical_bar(3))[0][0] == "|🙂"


def test_a_shape_is_recognised_wherever_and_at_whatever_size_it_is_drawn():
    fitted = pipelines.fit(*drawings_of_three_shapes(), algorithm="svm")
    short_bar_at_the_edge = stroke([(1, row) for row in range(18, 26)])
    long_line_at_the_bottom = stroke([(column, 26) for column in range(0, 28)])
    small_diagonal_in_a_corner = diagonal(19, 7)
    guesses = [
        pipelines.scores(fitted, drawing)[0][0]
        for drawing in (short_bar_at_the_edge, long_line_at_the_bottom, small_diagonal_in_a_corner)
    ]
    assert guesses == ["|", "-", "\\"]


def test_scores_are_probabilities_best_first():
    fitted = pipelines.fit(*drawings_of_three_shapes(), algorithm="svm")
    ranked = pipelines.scores(fitted, vertical_bar(20))
    assert [label for label, _ in ranked][0] == "|"
    assert [score for _, score in ranked] == sorted((score for _, score in ranked), reverse=True)
    assert sum(score for _, score in ranked) == pytest.approx(1)


def test_scores_are_calibrated_once_each_label_has_two_samples():
    fitted = pipelines.fit(*drawings_of_three_shapes(per_label=2), algorithm="svm")
    calibration = pipelines.inner_step(fitted, Calibrated)
    # Held out in two folds, not the fallback that a label with one sample gets.
    assert calibration.folds_ == 2
    assert isinstance(calibration.temperature_, float)


def log_loss(logits, targets, temperature):
    scaled = logits / temperature
    return np.mean(np.log(np.exp(scaled).sum(axis=1)) - scaled[np.arange(len(targets)), targets])


def test_the_temperature_is_the_one_that_fits_held_out_guesses_best():
    always_right = np.array([[2.0, 0.0], [0.0, 2.0]] * 5)
    assert fitted_temperature(always_right, [0, 1] * 5) < 0.01  # as sure as can be
    half_wrong = np.array([[2.0, 0.0], [2.0, 0.0]] * 5)
    assert fitted_temperature(half_wrong, [0, 1] * 5) > 100  # a coin toss
    logits = np.array([[3.0, 0.0], [1.0, 0.0], [0.0, 2.0], [0.5, 0.0], [0.0, 1.0]])
    targets = [0, 0, 1, 1, 1]
    best = fitted_temperature(logits, targets)
    for other in (best / 1.2, best * 1.2, 1.0):
        assert log_loss(logits, targets, best) < log_loss(logits, targets, other)


def test_a_label_with_a_single_sample_still_gets_probabilities():
    drawings, labels = drawings_of_three_shapes(per_label=2)
    fitted = pipelines.fit([*drawings, diagonal(5, 5)], [*labels, "/"], algorithm="svm")
    assert pipelines.inner_step(fitted, Calibrated).temperature_ is None
    ranked = pipelines.scores(fitted, horizontal_bar(3))
    assert ranked[0][0] == "-"
    assert sum(score for _, score in ranked) == pytest.approx(1)


def test_the_temperature_makes_scores_as_often_right_as_they_say():
    # The first label always scores 1 against 0, and is right 3 times in 4: softmax of
    # (1/T, 0) must be 3/4, so T = 1/ln 3.
    logits = np.array([[1.0, 0.0]] * 4)
    temperature = fitted_temperature(logits, np.array([0, 0, 0, 1]))
    assert temperature == pytest.approx(1 / np.log(3), rel=1e-4)


def test_a_single_label_is_all_there_is_to_learn():
    fitted = pipelines.fit([vertical_bar(), horizontal_bar()], ["|", "|"], algorithm="svm")
    assert pipelines.scores(fitted, diagonal(3)) == [("|", 1.0)]


@pytest.mark.parametrize("per_label, folds", [(2, 2), (3, 3), (4, 3)])
def test_held_out_guesses_come_from_as_many_folds_as_the_smallest_label_allows(per_label, folds):
    drawings, labels = drawings_of_three_shapes(per_label)
    fitted = pipelines.fit(drawings, labels, "svm")
    guesses, used = pipelines.held_out_guesses(fitted, drawings, labels)
    assert (list(guesses), used) == (labels, folds)


def test_other_classifiers_are_cross_validated_for_their_held_out_guesses():
    drawings, labels = drawings_of_three_shapes()
    fitted = pipelines.fit(drawings, labels, "tree")
    guesses, folds = pipelines.held_out_guesses(fitted, drawings, labels)
    assert folds == 3
    # A tree on raw pixels has never seen a bar where the held-out one is: it guesses wrong.
    assert len(guesses) == len(labels)
    assert list(guesses) != labels


@pytest.mark.parametrize("labels", [["|", "|", "-"], ["|", "|"]])
def test_there_are_no_held_out_guesses_without_two_samples_of_two_labels(labels):
    drawings = [vertical_bar(), vertical_bar(4), horizontal_bar()][: len(labels)]
    fitted = pipelines.fit(drawings, labels, "svm")
    assert pipelines.held_out_guesses(fitted, drawings, labels) == (None, None)


def test_an_unknown_algorithm_is_refused_by_name():
    with pytest.raises(ValueError, match="Unknown algorithm 'forest'; choose one of"):
        pipelines.build("forest")


def test_the_teaching_apps_tree_can_still_be_chosen(alice, settings):
    settings.CLASSIFIER_ALGORITHM = "tree"
    Sample.add(alice, "🙂", vertical_bar())
    Sample.add(alice, "🌈", horizontal_bar())
    classifier = training.fit_and_store(alice.pk)
    assert classifier.algorithm == "tree"
    fitted = storage.load(classifier).pipeline
    assert isinstance(fitted["classifier"], DecisionTreeClassifier)
    assert pipelines.scores(fitted, vertical_bar())[0] == ("🙂", 1.0)


def test_net_sees_drawings_through_the_letter_network(alice, settings):
    settings.CLASSIFIER_ALGORITHM = "net"
    Sample.add(alice, "🙂", vertical_bar())
    Sample.add(alice, "🌈", horizontal_bar())
    classifier = training.fit_and_store(alice.pk)
    assert classifier.algorithm == "net"
    assert isinstance(storage.load(classifier).pipeline[-1].estimator_[0], GlyphFeatures)


def test_the_site_sees_drawings_through_both_networks_by_default(alice):
    for _ in range(2):
        Sample.add(alice, "🙂", vertical_bar())
        Sample.add(alice, "🌈", horizontal_bar())
    classifier = training.fit_and_store(alice.pk)
    assert classifier.algorithm == "doodle"
    fitted = storage.load(classifier).pipeline
    parts = dict(fitted["features"].parts_)
    assert isinstance(parts["doodles"]["net"], DoodleFeatures)
    assert isinstance(parts["letters"]["net"], GlyphFeatures)
    assert pipelines.scores(fitted, vertical_bar(5))[0][0] == "🙂"
    assert pipelines.scores(fitted, horizontal_bar(20))[0][0] == "🌈"


def test_a_sample_is_held_out_with_its_copies():
    # Along a line the labels alternate, so a sample held out alone is closest to the other
    # label; an exact copy of it left in training would give its own label away.
    samples = np.arange(6.0).reshape(-1, 1)
    labels = np.array(["a", "b"] * 3)
    rows, row_labels = np.vstack([samples, samples]), np.tile(labels, 2)
    calibrated = Calibrated(SVC(C=1000, gamma=50), fallback=LogisticRegression(), folds=3).fit(
        rows, row_labels, groups=np.tile(np.arange(6), 2)
    )
    assert calibrated.folds_ == 3
    assert len(calibrated.held_out_guesses_) == 6
    assert (calibrated.held_out_guesses_ == labels).sum() <= 2


def test_the_svm_scores_each_class_by_its_pairwise_decisions_for_and_against_it():
    X, y = make_blobs(60, centers=4, random_state=0)
    compact = pipelines.PairwiseMeanSVC().fit(X, y)
    pairwise = SVC(decision_function_shape="ovo").fit(X, y).decision_function(X)
    # Pairs in the order (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3); positive favours the first.
    first_class = (pairwise[:, 0] + pairwise[:, 1] + pairwise[:, 2]) / 3
    last_class = -(pairwise[:, 2] + pairwise[:, 4] + pairwise[:, 5]) / 3
    scores = compact.decision_function(X)
    np.testing.assert_allclose(scores[:, 0], first_class)
    np.testing.assert_allclose(scores[:, 3], last_class)


def test_an_svm_stored_as_a_compact_svc_of_ovo_shape_loads_as_the_pairwise_mean_one():
    # Before PairwiseMeanSVC had its name, the shapes algorithm stored a CompactSVC with
    # decision_function_shape="ovo" that answered what PairwiseMeanSVC answers now.
    X, y = make_blobs(60, centers=4, random_state=0)
    fitted = pipelines.PairwiseMeanSVC().fit(X, y)
    stored = object.__new__(pipelines.CompactSVC)
    stored.__dict__.update(vars(fitted), decision_function_shape="ovo")
    loaded = pickle.loads(pickle.dumps(stored))
    assert type(loaded) is pipelines.PairwiseMeanSVC
    assert loaded.decision_function_shape == "ovr"
    np.testing.assert_allclose(loaded.decision_function(X), fitted.decision_function(X), atol=1e-2)
    votes = pickle.loads(pickle.dumps(pipelines.CompactSVC().fit(X, y)))
    assert type(votes) is pipelines.CompactSVC
    assert votes.decision_function(X).shape == (60, 4)


def test_the_logistic_regression_stores_its_weights_in_single_precision():
    X, y = make_blobs(60, n_features=5, centers=3, random_state=0)
    fitted = pipelines.CompactLogisticRegression().fit(X, y)
    assert fitted.__getstate__()["coef_"].dtype == np.float32
    loaded = pickle.loads(pickle.dumps(fitted))
    assert loaded.coef_.dtype == np.float64
    expected = LogisticRegression().fit(X, y)
    np.testing.assert_allclose(
        loaded.decision_function(X), expected.decision_function(X), rtol=1e-5
    )
    np.testing.assert_array_equal(loaded.predict(X), expected.predict(X))
    binary = pipelines.CompactLogisticRegression().fit(X, y == 0)
    assert binary.decision_function(X).shape == (60,)


def test_the_svm_stores_its_support_vectors_in_half_precision():
    X, y = make_blobs(60, centers=3, random_state=0)
    fitted = pipelines.PairwiseMeanSVC().fit(X, y)
    loaded = pickle.loads(pickle.dumps(fitted))
    assert fitted.__getstate__()["support_vectors_"].dtype == np.float16
    assert loaded.support_vectors_.dtype == np.float64
    np.testing.assert_allclose(loaded.dual_coef_, fitted.dual_coef_, rtol=1e-6)
    np.testing.assert_allclose(loaded.decision_function(X), fitted.decision_function(X), atol=1e-2)
