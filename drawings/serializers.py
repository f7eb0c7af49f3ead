import itertools

import numpy as np
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from drawings.ml.grid import GRID_SIZE
from drawings.models import (
    Classifier,
    Label,
    QuizResult,
    Sample,
    Split,
    TrainingRecord,
    normalize_label_name,
)
from drawings.schema import LABEL_PATTERN, LABEL_RULES


def grid_to_lists(grid):
    """The grid as JSON lists, whole numbers written as the teaching app does (0, not 0.0)."""
    return [[int(v) if v.is_integer() else v for v in column] for column in grid.tolist()]


def well_formed_grid(data):
    """The grid as a float64 array if it is 28 lists of 28 numbers in [0, 1], else None.

    Checked by numpy rather than cell by cell: a guess checks and converts its grid once here.
    """
    if not (
        isinstance(data, list)
        and len(data) == GRID_SIZE
        and all(isinstance(cells, list) and len(cells) == GRID_SIZE for cells in data)
        and set(map(type, itertools.chain.from_iterable(data))) <= {int, float}
    ):
        return None
    try:
        grid = np.asarray(data, dtype=np.float64)
    except OverflowError:
        return None
    if not ((grid >= 0) & (grid <= 1)).all():  # NaN fails both
        return None
    return grid


def shown_number(value):
    """A number for an error message: a JSON integer may have thousands of digits."""
    if isinstance(value, int) and abs(value) > 10**15:
        return gettext("a number over 10^15") if value > 0 else gettext("a number under -10^15")
    return value


@extend_schema_field(
    {
        "type": "array",
        "description": "features[column][row]: 28 columns of 28 numbers from 0 (empty) to 1 (full)",
        "minItems": GRID_SIZE,
        "maxItems": GRID_SIZE,
        "items": {
            "type": "array",
            "minItems": GRID_SIZE,
            "maxItems": GRID_SIZE,
            "items": {"type": "number", "minimum": 0, "maximum": 1},
        },
    }
)
class FeaturesField(serializers.Field):
    """A drawing exactly as the canvas sends it: 28 lists (columns) of 28 numbers in [0, 1]."""

    default_error_messages = {
        "not_grid": _("Expected a list of {size} columns, each a list of {size} numbers."),
        "columns": _("Expected {size} columns, got {count}."),
        "column": _("Column {column} must be a list of {size} numbers."),
        "rows": _("Column {column} has {count} numbers; expected {size}."),
        "number": _("features[{column}][{row}] must be a number, not {kind}."),
        "range": _("features[{column}][{row}] is {value}; every value must be between 0 and 1."),
    }

    def to_internal_value(self, data):
        grid = well_formed_grid(data)
        if grid is not None:
            return grid.tolist()
        # Something is wrong: find the first problem and name it.
        if not isinstance(data, list):
            self.fail("not_grid", size=GRID_SIZE)
        if len(data) != GRID_SIZE:
            self.fail("columns", size=GRID_SIZE, count=len(data))
        for column, cells in enumerate(data):
            if not isinstance(cells, list):
                self.fail("column", size=GRID_SIZE, column=column)
            if len(cells) != GRID_SIZE:
                self.fail("rows", size=GRID_SIZE, column=column, count=len(cells))
            for row, value in enumerate(cells):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    self.fail("number", column=column, row=row, kind=type(value).__name__)
                if not 0 <= value <= 1:  # exact for integers of any size; NaN fails it too
                    self.fail("range", column=column, row=row, value=shown_number(value))
        return [[float(value) for value in cells] for cells in data]

    def to_representation(self, value):
        return grid_to_lists(value)


@extend_schema_field({"type": "string", "pattern": LABEL_PATTERN, "description": LABEL_RULES})
class LabelNameField(serializers.Field):
    """A label: an emoji or a short word, compared and stored in NFC form."""

    def to_internal_value(self, data):
        return normalize_label_name(data)

    def to_representation(self, value):
        return value


class LabelSerializer(serializers.ModelSerializer):
    name = LabelNameField()
    spoken_name = serializers.CharField(read_only=True)
    count = serializers.IntegerField(read_only=True, default=0, help_text="Training drawings")
    test_count = serializers.IntegerField(read_only=True, default=0, help_text="Test drawings")

    class Meta:
        model = Label
        fields = ["id", "name", "spoken_name", "position", "count", "test_count"]
        read_only_fields = ["position"]


SPLIT_HELP = "train: the classifier learns from it; test: it is only measured on it."


class SplitField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=Split.choices, help_text=SPLIT_HELP, **kwargs)


class SampleSerializer(serializers.ModelSerializer):
    label = serializers.CharField(source="label.name", read_only=True)
    split = SplitField(read_only=True)

    class Meta:
        model = Sample
        fields = ["id", "label", "split", "created_at"]


class SampleDetailSerializer(SampleSerializer):
    features = FeaturesField(read_only=True)

    class Meta(SampleSerializer.Meta):
        fields = SampleSerializer.Meta.fields + ["features"]


class LabelAccuracySerializer(serializers.Serializer):
    label = serializers.CharField()
    samples = serializers.IntegerField()
    accuracy = serializers.FloatField(allow_null=True)


class ConfusionSerializer(serializers.Serializer):
    label = serializers.CharField()
    taken_for = serializers.CharField()
    count = serializers.IntegerField()
    rate = serializers.FloatField(help_text="The share of the label's measured samples")
    examples = serializers.ListField(child=serializers.IntegerField(), help_text="Sample ids")


class TestLabelSerializer(serializers.Serializer):
    label = serializers.CharField()
    drawings = serializers.IntegerField()
    right = serializers.IntegerField()
    accuracy = serializers.FloatField()


class TranslatedField(serializers.CharField):
    """A sentence stored in English (the report's), answered in the request's language."""

    def to_representation(self, value):
        return gettext(super().to_representation(value))


class TestReportSerializer(serializers.Serializer):
    """How the classifier does on the test drawings, which it is never fit on."""

    accuracy = serializers.FloatField(allow_null=True)
    drawings = serializers.IntegerField()
    right = serializers.IntegerField(allow_null=True)
    per_label = TestLabelSerializer(many=True, help_text="Labels with test drawings only")
    detail = TranslatedField(required=False)


class SuspectSerializer(serializers.Serializer):
    sample = serializers.IntegerField(help_text="The training drawing's sample id")
    label = serializers.CharField(help_text="Its label")
    guess = serializers.CharField(help_text="What the classifier, held out, took it for")
    label_score = serializers.FloatField(help_text="Its held-out score for its own label")
    guess_score = serializers.FloatField(help_text="Its held-out score for the guess")


class ReportSerializer(serializers.Serializer):
    """How well the classifier knows each label, measured by cross-validation at retrain and on
    the test drawings."""

    cv_accuracy = serializers.FloatField(allow_null=True)
    folds = serializers.IntegerField(allow_null=True)
    per_label = LabelAccuracySerializer(many=True)
    confused = ConfusionSerializer(many=True, help_text="Most often first")
    needs_samples = serializers.CharField(allow_null=True)
    detail = TranslatedField(required=False)
    test = TestReportSerializer(required=False)
    suspects = SuspectSerializer(
        many=True,
        required=False,
        help_text="Training drawings the classifier strongly disagrees with, most doubtful first",
    )


class ClassifierSerializer(serializers.ModelSerializer):
    version = serializers.SerializerMethodField()
    stale = serializers.BooleanField(read_only=True)
    report = ReportSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Classifier
        fields = ["version", "trained_at", "n_samples", "counts", "algorithm", "stale", "report"]

    def get_version(self, classifier) -> int | None:
        return classifier.version or None


class TrainingRecordSerializer(serializers.ModelSerializer):
    counts = serializers.DictField(
        child=serializers.IntegerField(), help_text="Training drawings per label"
    )

    class Meta:
        model = TrainingRecord
        fields = [
            "version",
            "trained_at",
            "counts",
            "cv_accuracy",
            "test_accuracy",
            "test_drawings",
        ]


def classifier_status(user):
    """The user's classifier as GET /api/model/ shows it."""
    return ClassifierSerializer(Classifier.objects.defer("pickle").get(user=user)).data


class TrainSerializer(serializers.Serializer):
    label = LabelNameField()
    features = FeaturesField()
    split = SplitField(default=Split.TRAIN)


class JSONBooleanField(serializers.BooleanField):
    """true or false, as JSON writes them: not DRF's 1, "yes" or "on", which the schema's
    boolean does not allow."""

    default_error_messages = {"invalid": _("Must be true or false.")}

    def to_internal_value(self, data):
        if type(data) is bool:
            return data
        self.fail("invalid")


class PredictSerializer(serializers.Serializer):
    features = FeaturesField()
    explain = JSONBooleanField(
        default=False,
        help_text="Also answer `alike`: your training drawings most like this one, as the "
        "classifier sees them. Off by default: it costs time a plain guess doesn't spend.",
    )


class DeleteSerializer(serializers.Serializer):
    label = LabelNameField(required=False)
    split = SplitField(required=False)


class ScoreSerializer(serializers.Serializer):
    label = serializers.CharField()
    score = serializers.FloatField()


class AlikeSerializer(serializers.Serializer):
    """One of your training drawings that the classifier finds alike."""

    id = serializers.IntegerField()
    label = serializers.CharField()
    thumbnail = serializers.CharField(help_text="A PNG data: URI, 28×28 pixels")
    url = serializers.CharField(help_text="The drawing in the gallery")


@extend_schema_field(AlikeSerializer(many=True))
class AlikeField(serializers.Field):
    """The alike drawings as AlikeSerializer wrote each, once per model version
    (drawings.explanation.most_alike): a guess sends them on as they are, rather than writing
    the same few dictionaries again several times a second."""

    def to_representation(self, value):
        return value


class GuessSerializer(serializers.Serializer):
    guess = serializers.CharField(allow_null=True)
    scores = ScoreSerializer(many=True)
    model_version = serializers.IntegerField(allow_null=True)
    stale = serializers.BooleanField(help_text="The samples changed since this model was fit")
    confident = serializers.BooleanField(
        required=False, help_text="Whether the best score reaches the not-sure threshold"
    )
    detail = serializers.CharField(required=False)
    alike = AlikeField(
        required=False,
        help_text="With explain: your 3 training drawings the classifier finds most alike, "
        "most alike first",
    )


class TrainResultSerializer(serializers.Serializer):
    sample = SampleSerializer()
    samples = serializers.DictField(
        child=serializers.IntegerField(), help_text="Training drawings per label"
    )
    test_samples = serializers.DictField(
        child=serializers.IntegerField(), help_text="Test drawings per label"
    )
    model = ClassifierSerializer()


class DeleteResultSerializer(serializers.Serializer):
    deleted = serializers.IntegerField()
    samples = serializers.DictField(child=serializers.IntegerField())


# Curating a training set: moving samples, ordering labels, importing samples files.


class SampleMoveSerializer(serializers.Serializer):
    label = LabelNameField(
        required=False, help_text="The label to move the sample to; added if it is new."
    )
    split = SplitField(required=False)


@extend_schema_field({"type": "array", "items": {"type": "integer"}, "uniqueItems": True})
class UniqueIdsField(serializers.ListField):
    child = serializers.IntegerField()


class LabelOrderSerializer(serializers.Serializer):
    labels = UniqueIdsField(help_text="The ids of all your labels, in the new order.")

    def validate_labels(self, ids):
        if len(set(ids)) != len(ids):
            raise serializers.ValidationError(_("Each label may appear only once."))
        return ids


class ImportFileSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="A samples.txt: one JSON sample per line.")


class ImportedSerializer(serializers.Serializer):
    imported = serializers.IntegerField()
    labels = serializers.DictField(
        child=serializers.IntegerField(), help_text="How many were imported per label."
    )
    samples = serializers.DictField(child=serializers.IntegerField())
    test_samples = serializers.DictField(child=serializers.IntegerField())
    model = ClassifierSerializer()


class BadLineSerializer(serializers.Serializer):
    line = serializers.IntegerField(help_text="1 is the first line of the file.")
    error = serializers.CharField()


class ImportRejectedSerializer(serializers.Serializer):
    detail = serializers.CharField()
    bad_lines = serializers.IntegerField()
    lines = BadLineSerializer(many=True, help_text="The first 100 bad lines.")


class SampleFilterSerializer(serializers.Serializer):
    """The query of the samples list: a label is checked like any other before it is searched."""

    label = LabelNameField(required=False)
    split = SplitField(required=False)


class QuizResultSerializer(serializers.ModelSerializer):
    answers = serializers.ListField(
        child=JSONBooleanField(),
        min_length=1,
        max_length=QuizResult.MAX_ROUNDS,
        write_only=True,
        help_text="One per drawing the quiz asked for: whether the classifier guessed it right.",
    )
    asked = serializers.IntegerField(read_only=True, help_text="Drawings the quiz asked for")
    right = serializers.IntegerField(read_only=True, help_text="How many it guessed right")
    percent = serializers.IntegerField(read_only=True)

    class Meta:
        model = QuizResult
        fields = ["answers", "asked", "right", "percent", "model_version", "finished_at"]
        read_only_fields = ["model_version", "finished_at"]

    def validate(self, data):
        answers = data.pop("answers")
        return {**data, "asked": len(answers), "right": sum(answers)}
