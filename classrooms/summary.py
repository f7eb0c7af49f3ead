"""How each pupil of a class is doing, as the teacher's page, the API and the export show it.

A class of 30 pupils costs three queries whatever their number of drawings: the memberships with
their classifiers, the drawings counted per pupil and label, and nothing per pupil.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Max, Q

from drawings.models import Sample, Split

# A class label with fewer training drawings than this is one the pupil should draw more of.
MIN_SAMPLES = 10


@dataclass
class PupilRow:
    membership: object
    # Training drawings per class label, in the class's order (0 for a label the pupil has not
    # drawn): what the model learns from, so test drawings are not counted.
    counts: dict
    # Training drawings of the pupil's other labels, counted only when the pupil shares them.
    other_samples: int | None
    model_version: int
    cv_accuracy: float | None
    stale: bool
    last_drew: datetime | None
    # The class labels with fewer than MIN_SAMPLES drawings, fewest first.
    needs: list = field(default_factory=list)

    @property
    def pupil(self):
        return self.membership.pupil

    @property
    def fewest(self):
        return min(self.counts.values(), default=0)

    @property
    def class_samples(self):
        return sum(self.counts.values())

    @property
    def help_order(self):
        """Who needs help first: fewest drawings of a class label, then lowest accuracy."""
        return (self.fewest, -1 if self.cv_accuracy is None else self.cv_accuracy)

    def as_dict(self):
        return {
            "pupil": {"id": self.pupil.pk, "username": self.pupil.get_username()},
            "joined_at": self.membership.joined_at,
            "shares_other_labels": self.membership.shares_other_labels,
            "samples": self.counts,
            "other_samples": self.other_samples,
            "model_version": self.model_version,
            "cv_accuracy": self.cv_accuracy,
            "stale": self.stale,
            "managed": self.membership.managed,
            "last_drew": self.last_drew,
            "needs": self.needs,
        }


def pupil_rows(classroom):
    """One row per pupil, who needs help first; only what each pupil lets the teacher see."""
    memberships = list(
        classroom.memberships.select_related("pupil", "pupil__classifier").defer(
            "pupil__classifier__pickle"
        )
    )
    class_labels = classroom.labels
    drawn = (
        Sample.objects.filter(user__in=[m.pupil_id for m in memberships])
        .values_list("user_id", "label__name")
        .annotate(count=Count("id", filter=Q(split=Split.TRAIN)), last=Max("created_at"))
        .order_by()
    )
    counts, others, last_drew = {}, {}, {}
    sharing = {m.pupil_id for m in memberships if m.shares_other_labels}
    for user_id, name, count, last in drawn:
        if name in class_labels:
            counts.setdefault(user_id, {})[name] = count
        elif user_id in sharing:
            others[user_id] = others.get(user_id, 0) + count
        else:
            continue  # private: not even when it was drawn
        if last_drew.get(user_id) is None or last > last_drew[user_id]:
            last_drew[user_id] = last
    rows = []
    for membership in memberships:
        user_id = membership.pupil_id
        classifier = getattr(membership.pupil, "classifier", None)
        of_pupil = counts.get(user_id, {})
        row = PupilRow(
            membership=membership,
            counts={name: of_pupil.get(name, 0) for name in class_labels},
            other_samples=others.get(user_id, 0) if user_id in sharing else None,
            model_version=classifier.version if classifier else 0,
            cv_accuracy=classifier.cv_accuracy if classifier else None,
            stale=classifier.stale if classifier else False,
            last_drew=last_drew.get(user_id),
        )
        short = [(count, name) for name, count in row.counts.items() if count < MIN_SAMPLES]
        row.needs = [name for _, name in sorted(short)]
        rows.append(row)
    rows.sort(key=lambda row: (row.help_order, row.pupil.get_username()))
    return rows
