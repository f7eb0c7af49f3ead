import functools
import unicodedata

import emoji
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from drawings.fields import FeaturesField
from emojisite import generations

DEFAULT_LABELS = ["🙂", "🌈", "💎"]
# Rows per INSERT when many samples are added at once.
ADD_MANY_BATCH = 2000
LABEL_MAX_LENGTH = 32
# Control characters, lone surrogates and line/paragraph separators have no place in a label.
FORBIDDEN_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}


def normalize_label_name(value):
    """Return the NFC form of a label, or raise ValidationError saying what is wrong with it."""
    if not isinstance(value, str):
        raise ValidationError(_("A label must be a string."), code="invalid")
    name = unicodedata.normalize("NFC", value.strip())
    if not name:
        raise ValidationError(_("A label can't be empty."), code="blank")
    if len(name) > LABEL_MAX_LENGTH:
        raise ValidationError(
            _("A label has at most %(most)s characters; this one has %(count)s.")
            % {"most": LABEL_MAX_LENGTH, "count": len(name)},
            code="max_length",
        )
    for char in name:
        if unicodedata.category(char) in FORBIDDEN_CATEGORIES:
            raise ValidationError(
                _("A label can't contain the control character %(char)s.")
                % {"char": f"U+{ord(char):04X}"},
                code="control",
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


def spoken_emoji_name(name, language):
    """The CLDR name of the emoji `name` that the emoji package ships for `language` ("pt-br"
    uses Portuguese), else its English one."""
    code = (language or "en").split("-")[0]
    spoken = name
    if code in emoji.LANGUAGES:
        spoken = emoji.demojize(name, language=code, delimiters=("", ""))
    if spoken == name:
        spoken = emoji.demojize(name, delimiters=("", ""))
    return spoken.replace("_", " ")


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

    def rename(self, name):
        """Save the label under `name`: its samples now train another name, so it is a change."""
        with transaction.atomic():
            self.name = name
            self.save()
            Classifier.note_change([self.user_id])

    def clean(self):
        self.name = normalize_label_name(self.name)

    def delete(self, *args, **kwargs):
        return Label.objects.filter(pk=self.pk).delete()

    @property
    def spoken_name(self):
        """What a screen reader should say for the label: the emoji's CLDR name in the active
        language (English where it has none), or nothing for a word."""
        if not emoji.is_emoji(self.name):
            return ""
        return spoken_emoji_name(self.name, get_language())

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

    @classmethod
    def add_many(cls, user, samples, progress=None):
        """Store [(label, packed features, split), ...] in one transaction; labels new to the
        set join it in order of appearance. `progress("stored", done, total)` is told after each
        batch."""
        with transaction.atomic():
            names = dict.fromkeys(name for name, _, _ in samples)
            labels = {name: Label.get_or_add(user, name).pk for name in names}
            rows = [(user.pk, labels[name], packed, split) for name, packed, split in samples]
            insert_samples(rows, progress)
            Classifier.note_change([user.pk])


# What a bulk write is given of each sample; the id is the database's, created_at the write's time.
INSERTED = ("user_id", "label_id", "features", "split")


def insert_samples(rows, progress=None):
    """Write rows of INSERTED values as samples, ADD_MANY_BATCH at a time, in the caller's
    transaction; `progress("stored", done, total)` is told after each batch.

    PostgreSQL takes them by binary COPY (50,000 dense drawings stored in 0.9 s, against 5.7 s
    by bulk_create's INSERTs); other databases by bulk_create. The site's every bulk write of
    samples comes through here.
    """
    write = copied if connection.vendor == "postgresql" else created
    now = timezone.now()
    for start in range(0, len(rows), ADD_MANY_BATCH):
        batch = rows[start : start + ADD_MANY_BATCH]
        write([(*row, now) for row in batch])
        if progress:
            progress("stored", start + len(batch), len(rows))


def created(rows):
    columns = (*INSERTED, "created_at")
    Sample.objects.bulk_create(Sample(**dict(zip(columns, row, strict=True))) for row in rows)


def copied(rows):
    fields = [Sample._meta.get_field(name) for name in (*INSERTED, "created_at")]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(Sample._meta.db_table)
    with (
        connection.cursor() as cursor,
        cursor.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)") as copy,
    ):
        # Binary COPY wants each column's own type: "varchar(5)" is written as a varchar.
        copy.set_types([field.db_type(connection).partition("(")[0] for field in fields])
        for row in rows:
            copy.write_row(row)


# What the model page calls each algorithm of drawings.ml.pipelines.ALGORITHMS.
ALGORITHM_NAMES = {
    "tree": gettext_lazy("decision tree"),
    "svm": gettext_lazy("support vector machine"),
    "shapes": gettext_lazy("shape comparison"),
    "net": gettext_lazy("neural network"),
    "doodle": gettext_lazy("neural networks (doodles and letters)"),
}


class Classifier(models.Model):
    """The state of a user's classifier: its pickled pipeline, what it was trained on and whether
    their training set has moved on since. drawings.training fits and stores it;
    drawings.storage loads its pipeline."""

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
    # The joblib pickle of the fitted pipeline, written only by drawings.training.fit_and_store. The
    # column keeps its first name.
    pickle = models.BinaryField(null=True, editable=False, db_column="pipeline")
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
    def algorithm_name(self):
        """The algorithm as people call it, in their language (drawings.ml names it in code)."""
        return ALGORITHM_NAMES.get(self.algorithm, self.algorithm)

    @property
    def stale(self):
        return self.data_version != self.trained_data_version

    @property
    def cv_accuracy(self):
        """The report's cross-validated accuracy, or None before it could be measured."""
        return (self.report or {}).get("cv_accuracy")

    @classmethod
    def state_of(cls, user_id):
        """The user's classifier as a guess needs it (versions, no pickle), in one indexed read
        (see `row_query`)."""
        columns = ("version", "data_version", "trained_data_version")
        with connection.cursor() as cursor:
            cursor.execute(row_query(columns), [user_id])
            found = cursor.fetchone()
        if found is None:
            raise cls.DoesNotExist
        version, data_version, trained_data_version = found
        return cls(
            user_id=user_id,
            version=version,
            data_version=data_version,
            trained_data_version=trained_data_version,
        )

    @classmethod
    def note_change(cls, user_ids):
        """Mark the users' classifiers stale, in the transaction of a change to their samples."""
        cls.objects.filter(user_id__in=user_ids).update(data_version=F("data_version") + 1)
        generations.announce_change(generations.CLASSIFIER, user_ids)


@functools.cache
def row_query(columns):
    """The SQL that reads `columns` of one user's Classifier row (the user id its one parameter),
    compiled by the ORM once per process: compiling it cost as much as the read."""
    sql, _ = Classifier.objects.filter(user_id=0).values_list(*columns).query.sql_with_params()
    return sql


class TrainingSpace(models.Model):
    """A user's training drawings as their stored classifier compares them, for "why this guess"
    (drawings.explanation): worked out once when the classifier is fit, beside its pickle, so no
    web process sends every training drawing through the pipeline again after a retrain. In a
    table of its own: only the explanation reads it, and every other read of a classifier stays
    as small as it was."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, models.CASCADE, primary_key=True, related_name="training_space"
    )
    # The Classifier.version whose pipeline made the rows.
    version = models.PositiveIntegerField()
    # drawings.ml.neighbours.packed: each row with the id of its sample.
    rows = models.BinaryField(editable=False)

    def __str__(self):
        return f"training space of {self.user} (v{self.version})"


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
