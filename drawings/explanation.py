"""Why this guess: the user's training drawings their classifier finds most alike to a drawing,
as it compares drawings (drawings.ml.neighbours).

SLOW_IMPORT: see drawings.training.
"""

import numpy as np
from django.urls import reverse

from drawings.models import TrainingSpace
from drawings.pipeline_cache import training_spaces
from drawings.serializers import AlikeSerializer
from drawings.thumbnails import data_uri
from drawings.training import training_samples


def most_alike(classifier, loaded, features, count):
    """[{id, label, thumbnail, url}] of the user's `count` training drawings that the pipeline
    finds most alike to a drawing, given in its classified space as `features`
    (neighbours.probabilities_and_space), the most alike first. `loaded` is the storage.Loaded
    the guess was made with, `classifier` the row the request read.

    The training drawings in the pipeline's space are kept in this process's cache for that
    version and those samples, and so is each one's answer once shown: the retrain stored them
    (TrainingSpace), and only drawings added since go through the pipeline's steps here; each
    guess after that costs only a search (docs/performance.md#figures-behind-the-codes-comments).
    """
    from drawings.ml import neighbours  # see SLOW_IMPORT

    key = (loaded.version, classifier.data_version)
    known = training_spaces.get(classifier.user_id, key)
    if known is None:
        samples = training_samples(classifier.user_id)
        space = training_space(classifier.user_id, loaded, samples) if samples else None
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


def training_space(user_id, loaded, samples):
    """The drawings of `samples` as the loaded pipeline compares them, a row each: as the retrain
    of that version stored them, and through the pipeline for any drawing added since."""
    from drawings.ml import neighbours  # see SLOW_IMPORT

    stored = (
        TrainingSpace.objects.filter(user_id=user_id, version=loaded.version)
        .values_list("rows", flat=True)
        .first()
    )
    rows = neighbours.unpacked(stored) if stored is not None else {}
    added = [drawing for sample_id, _, drawing in samples if sample_id not in rows]
    worked_out = iter(neighbours.classified_space(loaded.pipeline, added) if added else ())
    return np.array(
        [rows[sample_id] if sample_id in rows else next(worked_out) for sample_id, _, _ in samples],
        dtype=np.float32,
    )


def alike(sample_id, label, features):
    """One training drawing as "why this guess" answers it (serializers.AlikeField)."""
    drawing = {
        "id": sample_id,
        "label": label,
        "thumbnail": data_uri(features),
        "url": reverse("gallery-sample", args=[sample_id]),
    }
    return dict(AlikeSerializer(drawing).data)
