"""Work that follows a change to a user's training set."""

from drawings.models import Classifier


def retrain_after_change(user):
    """Refit the classifier now, so a prediction made after this returns reflects the change."""
    return Classifier.retrain(user)
