"""Why this guess: the user's training drawings their classifier finds most alike to a drawing,
as it compares drawings (drawings.ml.neighbours).

SLOW_IMPORT: see drawings.training.
"""

from drawings.pipeline_cache import training_spaces
from drawings.training import training_samples


def most_alike(classifier, loaded, drawing, count):
    """[(id, label name, features)] of the user's `count` training drawings that the pipeline
    finds most alike to `drawing`, the most alike first. `loaded` is the storage.Loaded the guess
    was made with, `classifier` the row the request read.

    The training drawings in the pipeline's space are kept in this process's cache for that
    version and those samples: working them out the first time costs about a second per
    thousand drawings, and each guess after that a few milliseconds.
    """
    from drawings.ml import neighbours  # see SLOW_IMPORT

    key = (loaded.version, classifier.data_version)
    known = training_spaces.get(classifier.user_id, key)
    if known is None:
        samples = training_samples(classifier.user_id)
        drawings = [features for _, _, features in samples]
        space = neighbours.classified_space(loaded.pipeline, drawings) if samples else None
        known = (samples, space)
        training_spaces.put(classifier.user_id, key, known)
    samples, space = known
    if not samples:
        return []
    features = neighbours.classified_space(loaded.pipeline, [drawing])[0]
    return [samples[index] for index in neighbours.most_alike(space, features, count)]
