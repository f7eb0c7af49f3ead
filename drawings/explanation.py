"""Why this guess: the user's training drawings their classifier finds most alike to a drawing,
as it compares drawings (drawings.ml.neighbours).

SLOW_IMPORT: see drawings.training.
"""

from django.urls import reverse

from drawings.pipeline_cache import training_spaces
from drawings.thumbnails import data_uri
from drawings.training import training_samples


def most_alike(classifier, loaded, features, count):
    """[{id, label, thumbnail, url}] of the user's `count` training drawings that the pipeline
    finds most alike to a drawing, given in its classified space as `features`
    (neighbours.probabilities_and_space), the most alike first. `loaded` is the storage.Loaded
    the guess was made with, `classifier` the row the request read.

    The training drawings in the pipeline's space are kept in this process's cache for that
    version and those samples, and so is each one's answer once shown: working the space out
    takes the pipeline's steps over every training drawing, and each guess after that only a
    search (docs/performance.md#figures-behind-the-codes-comments).
    """
    from drawings.ml import neighbours  # see SLOW_IMPORT

    key = (loaded.version, classifier.data_version)
    known = training_spaces.get(classifier.user_id, key)
    if known is None:
        samples = training_samples(classifier.user_id)
        drawings = [drawing for _, _, drawing in samples]
        space = neighbours.classified_space(loaded.pipeline, drawings) if samples else None
        norms = neighbours.squared_norms(space) if samples else None
        known = (samples, space, norms, {})
        training_spaces.put(classifier.user_id, key, known)
    samples, space, norms, shown = known
    if not samples:
        return []
    return [
        shown.get(index) or shown.setdefault(index, alike(*samples[index]))
        for index in neighbours.most_alike(space, features, count, norms)
    ]


def alike(sample_id, label, features):
    """One training drawing as "why this guess" answers it."""
    return {
        "id": sample_id,
        "label": label,
        "thumbnail": data_uri(features),
        "url": reverse("gallery-sample", args=[sample_id]),
    }
