from drawings import storage, training
from drawings.models import Classifier, Sample
from drawings.pipeline_cache import loaded_pipelines
from tests.helpers import horizontal_bar


def test_a_load_reports_the_version_and_staleness_of_the_row_it_read(trained, alice):
    classifier = Classifier.objects.get(user=alice)  # as a guess reads it: v4, up to date
    # Meanwhile another process stores v5, and alice changes her samples again.
    Sample.add(alice, "🌈", horizontal_bar(3))
    training.fit_and_store(alice.pk)
    Classifier.note_change([alice.pk])
    loaded = storage.load(classifier)
    assert (loaded.version, loaded.stale) == (5, True)
    assert loaded.pipeline is loaded_pipelines.get(alice.pk, 5)
    assert (classifier.version, classifier.stale) == (4, False)  # left as it was read


def test_a_cached_pipeline_comes_with_the_row_it_was_asked_for(trained, alice):
    first = storage.load(Classifier.objects.get(user=alice))
    Classifier.note_change([alice.pk])
    again = storage.load(Classifier.objects.get(user=alice))
    assert again.pipeline is first.pipeline
    assert (again.version, again.stale) == (4, True)
