import re

import numpy as np
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection

from drawings import storage, training
from drawings.fields import decode_features, encode_features
from drawings.models import Classifier, Label, Sample, normalize_label_name
from tests.helpers import as_array, vertical_bar


@pytest.mark.parametrize("name", ["🙂", "👩‍💻", "🇯🇵", "👍🏽", "cat", "ice cream", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "x" * 32])
def test_label_names_that_are_accepted(name):
    assert normalize_label_name(name) == name


def test_label_names_are_nfc_normalised_and_trimmed():
    assert normalize_label_name(" cafe\u0301 ") == "caf\u00e9"


@pytest.mark.parametrize(
    "name, message",
    [
        ("", "can't be empty"),
        ("   ", "can't be empty"),
        ("x" * 33, "at most 32 characters; this one has 33"),
        ("a\nb", "U+000A"),
        ("a\x00b", "U+0000"),
        ("\ud83d", "U+D83D"),
        ("a\u2028b", "U+2028"),
        (5, "must be a string"),
    ],
)
def test_label_names_that_are_refused(name, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        normalize_label_name(name)


def test_a_new_user_starts_with_three_emoji_and_an_untrained_classifier(alice):
    assert [label.name for label in alice.labels.all()] == ["🙂", "🌈", "💎"]
    assert alice.classifier.version == 0
    assert not alice.classifier.stale


def test_spoken_names_come_from_cldr(alice):
    assert Label(user=alice, name="👩‍💻").spoken_name == "woman technologist"
    assert Label(user=alice, name="cat").spoken_name == ""


def test_features_round_trip_exactly_and_compactly(smiley):
    grid = as_array(smiley["features"])
    blob = encode_features(grid)
    assert np.array_equal(decode_features(blob), grid)
    assert len(blob) < len(str(smiley["features"])) / 2


def test_stored_features_come_back_exactly(alice):
    grid = as_array(vertical_bar())
    grid[3][4] = 0.123456789
    sample = Sample.add(alice, "🙂", grid)
    assert np.array_equal(Sample.objects.get(pk=sample.pk).features, grid)


def test_adding_a_sample_with_a_new_label_appends_the_label(alice):
    Sample.add(alice, "🐱", vertical_bar())
    assert [label.name for label in alice.labels.all()] == ["🙂", "🌈", "💎", "🐱"]


def test_every_change_to_the_samples_makes_the_classifier_stale(alice):
    def data_version():
        return Classifier.objects.get(user=alice).data_version

    sample = Sample.add(alice, "🙂", vertical_bar())
    assert data_version() == 1
    Sample.add(alice, "🌈", vertical_bar())
    sample.delete()
    assert data_version() == 3
    Sample.objects.filter(user=alice).delete()
    assert data_version() == 4
    Sample.add(alice, "💎", vertical_bar())
    Label.objects.get(user=alice, name="💎").delete()
    assert data_version() == 6
    assert Classifier.objects.get(user=alice).stale


def test_retrain_stores_a_new_version_trained_on_the_current_samples(alice):
    Sample.add(alice, "🙂", vertical_bar(10))
    Sample.add(alice, "🌈", vertical_bar(20))
    classifier = training.fit_and_store(alice.pk)
    assert (classifier.version, classifier.n_samples, classifier.stale) == (1, 2, False)
    assert classifier.counts == {"🙂": 1, "🌈": 1}
    assert training.fit_and_store(alice.pk).version == 2


def test_the_stored_pipeline_is_read_back_byte_for_byte(alice, bob):
    Sample.add(alice, "🙂", vertical_bar(10))
    Sample.add(alice, "🌈", vertical_bar(20))
    stored = training.fit_and_store(alice.pk).pickle
    version, n_samples, pipeline, stale = storage.stored_pickle(alice.pk)
    assert (version, n_samples, bytes(pipeline), stale) == (1, 2, bytes(stored), False)
    assert storage.stored_pickle(bob.pk) == (0, 0, None, False)
    with pytest.raises(Classifier.DoesNotExist):
        storage.stored_pickle(bob.pk + 1000)


def test_a_retrain_of_older_data_does_not_replace_a_newer_model(alice):
    Sample.add(alice, "🙂", vertical_bar())
    training.fit_and_store(alice.pk)
    Classifier.objects.filter(user=alice).update(trained_data_version=99)
    assert training.fit_and_store(alice.pk).version == 1


def test_retrain_with_no_samples_left_clears_the_model(alice):
    Sample.add(alice, "🙂", vertical_bar())
    training.fit_and_store(alice.pk)
    Sample.objects.filter(user=alice).delete()
    classifier = training.fit_and_store(alice.pk)
    assert (classifier.version, classifier.n_samples, classifier.pickle) == (2, 0, None)


def test_a_label_is_learned_from_its_newest_drawings_only(alice, settings):
    settings.CLASSIFIER_MAX_SAMPLES_PER_LABEL = 2
    for column in (10, 11, 12):
        Sample.add(alice, "🙂", vertical_bar(column))
    Sample.add(alice, "🌈", vertical_bar(20))
    classifier = training.fit_and_store(alice.pk)
    assert (classifier.n_samples, classifier.counts) == (3, {"🙂": 2, "🌈": 1})
    kept = [entry["samples"] for entry in classifier.report["per_label"]]
    assert kept == [2, 1, 0]


@pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="PostgreSQL only; SQLite stores blobs as they are. CI runs it with DATABASE_URL.",
)
def test_postgresql_stores_pipelines_uncompressed(db):
    # pglz spent 5.5 ms of each 13 ms pipeline write trying to compress support vectors.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'drawings_classifier'::regclass AND attname = 'pipeline'"
        )
        assert cursor.fetchone() == ("e",)  # EXTERNAL: out of line, uncompressed
