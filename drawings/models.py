import logging
import unicodedata
from collections import Counter
from itertools import groupby, islice
from operator import itemgetter

import emoji
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from drawings.fields import FeaturesField
from drawings.pipeline_cache import loaded_pipelines, training_spaces
from drawings.report import MAX_SUSPECTS, model_report, suspects_report, test_report

# SLOW_IMPORT: drawings.ml's pipelines and persistence import scikit-learn and SciPy, about a
# second. They are imported where a classifier is fit or loaded, so that a command with nothing
# to fit starts fast (tests/test_ml_package.py holds `retrain` to it).

logger = logging.getLogger(__name__)

DEFAULT_LABELS = ["🙂", "🌈", "💎"]
LABEL_MAX_LENGTH = 32
# Control characters, lone surrogates and line/paragraph separators have no place in a label.
FORBIDDEN_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}


def normalize_label_name(value):
    """Return the NFC form of a label, or raise ValidationError saying what is wrong with it."""
    if not isinstance(value, str):
        raise ValidationError("A label must be a string.", code="invalid")
    name = unicodedata.normalize("NFC", value.strip())
    if not name:
        raise ValidationError("A label can't be empty.", code="blank")
    if len(name) > LABEL_MAX_LENGTH:
        raise ValidationError(
            f"A label has at most {LABEL_MAX_LENGTH} characters; this one has {len(name)}.",
            code="max_length",
        )
    for char in name:
        if unicodedata.category(char) in FORBIDDEN_CATEGORIES:
            raise ValidationError(
                f"A label can't contain the control character U+{ord(char):04X}.", code="control"
            )
    return name


class Split(models.TextChoices):
    """What a drawing is for: teaching the classifier, or testing it on a drawing it never saw."""

    TRAIN = "train", "training"
    TEST = "test", "test"


class TrainingSetQuerySet(models.QuerySet):
    """Deleting rows changes their users' training sets, so their classifiers become stale."""

    def delete(self):
        with transaction.atomic():
            user_ids = set(self.values_list("user_id", flat=True))
            result = super().delete()
            Classifier.note_change(user_ids)
        return result


class LabelQuerySet(TrainingSetQuerySet):
    def with_counts(self):
        """Each label with `count`, its training drawings, and `test_count`, its test drawings."""
        # Spelled out: Django leaves Meta.ordering out of queries that aggregate.
        return self.annotate(
            count=Count("samples", filter=Q(samples__split=Split.TRAIN)),
            test_count=Count("samples", filter=Q(samples__split=Split.TEST)),
        ).order_by(*Label._meta.ordering)


class Label(models.Model):
    """One of a user's emoji (or short words), in the order the user keeps them."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="labels")
    name = models.CharField(max_length=LABEL_MAX_LENGTH)
    position = models.PositiveIntegerField(default=0)

    objects = LabelQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="unique_label_per_user")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        self.name = normalize_label_name(self.name)

    def delete(self, *args, **kwargs):
        return Label.objects.filter(pk=self.pk).delete()

    @property
    def spoken_name(self):
        """What a screen reader should say for the label: the emoji's CLDR name, or nothing."""
        if not emoji.is_emoji(self.name):
            return ""
        return emoji.demojize(self.name, delimiters=("", "")).replace("_", " ")

    @classmethod
    def get_or_add(cls, user, name):
        """The user's label called `name`, appended to the end of their set if it is new."""
        label = cls.objects.filter(user=user, name=name).first()
        if label is None:
            last = cls.objects.filter(user=user).aggregate(models.Max("position"))
            position = (last["position__max"] or 0) + 1
            label, _ = cls.objects.get_or_create(
                user=user, name=name, defaults={"position": position}
            )
        return label

    @classmethod
    def reorder(cls, user, ids):
        """Number the user's labels in the order of `ids`; labels not among them keep theirs."""
        labels = list(cls.objects.filter(user=user, pk__in=ids))
        position = {pk: index for index, pk in enumerate(ids)}
        for label in labels:
            label.position = position[label.pk]
        cls.objects.bulk_update(labels, ["position"])

    @classmethod
    def counts_for(cls, user):
        """How many training drawings each of the user's labels has, in the user's order."""
        return cls.counts_by_split(user)[0]

    @classmethod
    def counts_by_split(cls, user):
        """({label: training drawings}, {label: test drawings}) in the user's order."""
        labels = list(cls.objects.filter(user=user).with_counts())
        return (
            {label.name: label.count for label in labels},
            {label.name: label.test_count for label in labels},
        )


class SampleQuerySet(TrainingSetQuerySet):
    def training(self):
        return self.filter(split=Split.TRAIN)

    def testing(self):
        return self.filter(split=Split.TEST)

    def move(self, label=None, split=None):
        """Move the samples to their owners' label called `label` (added to a set that lacks it),
        to `split` (training or test drawings), or both; their classifiers become stale."""
        with transaction.atomic():
            moved = Sample.objects.filter(pk__in=list(self.values_list("pk", flat=True)))
            user_ids = set(moved.values_list("user_id", flat=True))
            if label is not None:
                for user in get_user_model().objects.filter(pk__in=user_ids):
                    moved.filter(user=user).update(label=Label.get_or_add(user, label))
            if split is not None:
                moved.update(split=split)
            Classifier.note_change(user_ids)


class Sample(models.Model):
    """One drawing a user submitted as an example of one of their labels."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="samples")
    label = models.ForeignKey(Label, models.CASCADE, related_name="samples")
    features = FeaturesField()
    created_at = models.DateTimeField(default=timezone.now)
    # Test drawings are never fit on: the classifier is measured on them after every retrain.
    split = models.CharField(max_length=5, choices=Split.choices, default=Split.TRAIN)

    objects = SampleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "label"]),
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["user", "split"]),
        ]

    def __str__(self):
        return f"{self.label.name} by {self.user}"

    def delete(self, *args, **kwargs):
        return Sample.objects.filter(pk=self.pk).delete()

    @property
    def is_test(self):
        return self.split == Split.TEST

    @classmethod
    def add(cls, user, label, features, split=Split.TRAIN):
        """Store a drawing under the user's label, adding the label to the set if it is new."""
        with transaction.atomic():
            label = Label.get_or_add(user, label)
            sample = cls.objects.create(user=user, label=label, features=features, split=split)
            Classifier.note_change([user.pk])
        return sample


def newest_per_label(samples):
    """[(id, label name, features)] of the samples, at most CLASSIFIER_MAX_SAMPLES_PER_LABEL of
    each label, newest first, labels in the user's order.

    The fit grows faster than the set: a few hundred drawings of a label teach it as well.
    """
    newest_first = samples.order_by("label__position", "label_id", "-id").values_list(
        "id", "label__name", "features"
    )
    limit = settings.CLASSIFIER_MAX_SAMPLES_PER_LABEL
    return [
        sample
        for _, of_label in groupby(newest_first, key=itemgetter(1))
        for sample in islice(of_label, limit)
    ]


class Classifier(models.Model):
    """A user's fitted pipeline, with what it was trained on and whether their data has moved on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, models.CASCADE, primary_key=True, related_name="classifier"
    )
    # Bumped in the transaction of every change to the user's samples.
    data_version = models.PositiveBigIntegerField(default=0)
    # The data_version the stored pipeline was fit on.
    trained_data_version = models.PositiveBigIntegerField(default=0)
    # Goes up by one with every stored fit; 0 means never trained.
    version = models.PositiveIntegerField(default=0)
    algorithm = models.CharField(max_length=32, blank=True)
    trained_at = models.DateTimeField(null=True, blank=True)
    n_samples = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict, blank=True)
    # The joblib pickle of the fitted pipeline, written only by `retrain`.
    pipeline = models.BinaryField(null=True, editable=False)
    # Set when a retrain is queued, cleared when a worker starts it (see drawings.tasks): changes
    # made meanwhile need no retrain of their own.
    retrain_queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    # How well the pipeline knows each label, measured at retrain (see drawings.report); null
    # until the first retrain.
    report = models.JSONField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "version"])]

    def __str__(self):
        return f"classifier of {self.user} (v{self.version})"

    @property
    def stale(self):
        return self.data_version != self.trained_data_version

    @property
    def cv_accuracy(self):
        """The report's cross-validated accuracy, or None before it could be measured."""
        return (self.report or {}).get("cv_accuracy")

    @classmethod
    def note_change(cls, user_ids):
        cls.objects.filter(user_id__in=user_ids).update(data_version=F("data_version") + 1)

    @classmethod
    def retrain(cls, user):
        """Fit the user's pipeline on their current samples and store it, unless a newer one won."""
        data_version = cls.objects.filter(user=user).values_list("data_version", flat=True).get()
        samples = newest_per_label(Sample.objects.filter(user=user).training())
        sample_ids = [sample_id for sample_id, _, _ in samples]
        labels = [name for _, name, _ in samples]
        drawings = [features for _, _, features in samples]
        tests = newest_per_label(Sample.objects.filter(user=user).testing())
        test_labels = [name for _, name, _ in tests]
        algorithm = settings.CLASSIFIER_ALGORITHM
        blob, guesses, folds, test_guesses, disagreements = None, None, None, None, []
        if samples:
            from drawings.ml import persistence, pipelines, suspects  # see SLOW_IMPORT

            training = pipelines.train(drawings, labels, algorithm)
            algorithm, guesses = training.algorithm, training.held_out_guesses
            folds, blob = training.folds, persistence.pickled(training.pipeline)
            if training.held_out is not None:
                disagreements = suspects.disagreements(labels, training.held_out, MAX_SUSPECTS)
            if tests:
                test_drawings = [features for _, _, features in tests]
                test_guesses = pipelines.guesses(training.pipeline, test_drawings)
        label_names = list(Label.objects.filter(user=user).values_list("name", flat=True))
        report = model_report(label_names, sample_ids, labels, guesses, folds)
        report["test"] = test_report(label_names, test_labels, test_guesses)
        report["suspects"] = suspects_report(sample_ids, labels, disagreements)
        with transaction.atomic():
            classifier = cls.objects.select_for_update().defer("pipeline", "report").get(user=user)
            if classifier.trained_data_version > data_version:
                return classifier  # a retrain that read newer samples finished first
            classifier.trained_data_version = data_version
            classifier.version += 1
            classifier.algorithm = algorithm
            classifier.trained_at = timezone.now()
            classifier.n_samples = len(samples)
            classifier.counts = dict(Counter(labels))
            classifier.pipeline = blob
            classifier.report = report
            classifier.save()
            TrainingRecord.objects.create(
                user_id=classifier.user_id,
                version=classifier.version,
                trained_at=classifier.trained_at,
                counts=classifier.counts,
                cv_accuracy=report["cv_accuracy"],
                test_accuracy=report["test"]["accuracy"],
                test_drawings=report["test"]["drawings"],
            )
        return classifier

    def load_pipeline(self):
        """The fitted pipeline of this version, from this process's cache or from the database.

        Another process may have stored a newer version since this row was read: then that one
        is loaded, cached and returned instead. A stored pipeline that is missing or can't be
        unpickled is logged and retrained; if that fails too, ClassifierUnavailable is raised.
        """
        fitted = loaded_pipelines.get(self.user_id, self.version)
        if fitted is not None:
            return fitted
        from drawings.ml import persistence  # see SLOW_IMPORT

        version, n_samples, blob = Classifier.stored_pipeline(self.user_id)
        if blob is None and not n_samples:
            return None  # trained on no samples at all
        try:
            fitted = persistence.unpickled(blob)
        except Exception as error:
            problem = "missing" if blob is None else f"unreadable ({error!r})"
            logger.error("The pipeline of %s (v%s) is %s; retraining.", self.user, version, problem)
            version, fitted = self.retrain_unloadable()
        if fitted is not None:
            loaded_pipelines.put(self.user_id, version, fitted)
        self.version = version
        return fitted

    def most_alike(self, fitted, drawing, count):
        """[(id, label name, features)] of the user's `count` training drawings that `fitted`
        (this classifier's pipeline) finds most alike to `drawing`, the most alike first.

        The training drawings in the classifier's space are kept in this process's cache for
        this version and these samples: working them out the first time costs about a second
        per thousand drawings, and each guess after that a few milliseconds.
        """
        from drawings.ml import neighbours  # see SLOW_IMPORT

        key = (self.version, self.data_version)
        known = training_spaces.get(self.user_id, key)
        if known is None:
            samples = newest_per_label(Sample.objects.filter(user_id=self.user_id).training())
            drawings = [features for _, _, features in samples]
            space = neighbours.classified_space(fitted, drawings) if samples else None
            known = (samples, space)
            training_spaces.put(self.user_id, key, known)
        samples, space = known
        if not samples:
            return []
        features = neighbours.classified_space(fitted, [drawing])[0]
        return [samples[index] for index in neighbours.most_alike(space, features, count)]

    @staticmethod
    def stored_pipeline(user_id):
        """(version, n_samples, pickled pipeline) of the user's classifier row.

        PostgreSQL is asked for the row in binary: by default psycopg asks for text, in which the
        pipeline travels hex-encoded, and reading a 1.2 MB one took 2.8 ms of CPU instead of 0.8.
        Binary results need the server-side binding the settings turn on (psycopg's client-side
        cursors refuse them).
        """
        row = Classifier.objects.filter(user_id=user_id)
        row = row.values_list("version", "n_samples", "pipeline")
        if connection.vendor != "postgresql":
            return row.get()
        from psycopg.pq import Format

        sql, params = row.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.cursor.format = Format.BINARY  # psycopg's own cursor, under Django's wrapper
            cursor.execute(sql, params)
            found = cursor.fetchone()
        if found is None:
            raise Classifier.DoesNotExist
        return found

    def retrain_unloadable(self):
        """(version, fitted pipeline) of a fresh retrain, or ClassifierUnavailable, logged."""
        from drawings.ml import persistence  # see SLOW_IMPORT

        try:
            classifier = Classifier.retrain(self.user)
            blob = classifier.pipeline
            return classifier.version, None if blob is None else persistence.unpickled(blob)
        except Exception as error:
            logger.exception("Retraining the unloadable pipeline of %s failed.", self.user)
            raise ClassifierUnavailable() from error


class TrainingRecord(models.Model):
    """What one retrain of a user's classifier was fit on and how well it did: the history the
    model page charts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="training_records"
    )
    version = models.PositiveIntegerField()
    trained_at = models.DateTimeField()
    # Training drawings per label.
    counts = models.JSONField(default=dict)
    cv_accuracy = models.FloatField(null=True)
    test_accuracy = models.FloatField(null=True)
    test_drawings = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["user", "version"]
        constraints = [
            models.UniqueConstraint(fields=["user", "version"], name="one_record_per_version")
        ]

    def __str__(self):
        return f"v{self.version} of {self.user}"

    @property
    def n_samples(self):
        return sum(self.counts.values())

    # How many retrains the model page charts and the API lists.
    SHOWN = 50

    @classmethod
    def latest_for(cls, user, count=SHOWN):
        """The user's last `count` records, oldest first."""
        newest = cls.objects.filter(user=user).order_by("-version")[:count]
        return list(reversed(newest))


class QuizResult(models.Model):
    """How a quiz on the drawing page went: of the drawings it asked for, how many the
    classifier guessed right. Each quiz drawing itself is kept as a test drawing."""

    # The drawing page's quiz asks for this many drawings; the API takes up to MAX_ROUNDS.
    ROUNDS = 5
    MAX_ROUNDS = 50

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="quizzes")
    asked = models.PositiveSmallIntegerField()
    right = models.PositiveSmallIntegerField()
    model_version = models.PositiveIntegerField(null=True, blank=True)
    finished_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-finished_at", "-id"]
        indexes = [models.Index(fields=["user", "-finished_at"])]

    def __str__(self):
        return f"{self.right}/{self.asked} by {self.user}"

    @property
    def percent(self):
        return round(100 * self.right / self.asked) if self.asked else None

    @classmethod
    def last_for(cls, user):
        return cls.objects.filter(user=user).first()


class ClassifierUnavailable(Exception):
    """The stored pipeline can't be loaded, and retraining it failed too."""
