import math

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from drawings.fields import GRID_SIZE
from drawings.models import Classifier, Label, Sample, normalize_label_name


def grid_to_lists(grid):
    """The grid as JSON lists, whole numbers written as the teaching app does (0, not 0.0)."""
    return [[int(v) if v.is_integer() else v for v in column] for column in grid.tolist()]


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
        "not_grid": f"Expected a list of {GRID_SIZE} columns, each a list of {GRID_SIZE} numbers.",
        "columns": f"Expected {GRID_SIZE} columns, got {{count}}.",
        "column": f"Column {{column}} must be a list of {GRID_SIZE} numbers.",
        "rows": f"Column {{column}} has {{count}} numbers; expected {GRID_SIZE}.",
        "number": "features[{column}][{row}] must be a number, not {kind}.",
        "range": "features[{column}][{row}] is {value}; every value must be between 0 and 1.",
    }

    def to_internal_value(self, data):
        if not isinstance(data, list):
            self.fail("not_grid")
        if len(data) != GRID_SIZE:
            self.fail("columns", count=len(data))
        for column, cells in enumerate(data):
            if not isinstance(cells, list):
                self.fail("column", column=column)
            if len(cells) != GRID_SIZE:
                self.fail("rows", column=column, count=len(cells))
            for row, value in enumerate(cells):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    self.fail("number", column=column, row=row, kind=type(value).__name__)
                if not (math.isfinite(value) and 0 <= value <= 1):
                    self.fail("range", column=column, row=row, value=value)
        return [[float(value) for value in cells] for cells in data]

    def to_representation(self, value):
        return grid_to_lists(value)


@extend_schema_field(OpenApiTypes.STR)
class LabelNameField(serializers.Field):
    """A label: an emoji or a short word, compared and stored in NFC form."""

    def to_internal_value(self, data):
        return normalize_label_name(data)

    def to_representation(self, value):
        return value


class LabelSerializer(serializers.ModelSerializer):
    name = LabelNameField()
    spoken_name = serializers.CharField(read_only=True)
    count = serializers.IntegerField(read_only=True, default=0)

    class Meta:
        model = Label
        fields = ["id", "name", "spoken_name", "position", "count"]
        read_only_fields = ["position"]

    def validate_name(self, name):
        user = self.context["request"].user
        if Label.objects.filter(user=user, name=name).exists():
            raise serializers.ValidationError(f"You already have the label “{name}”.")
        return name


class SampleSerializer(serializers.ModelSerializer):
    label = serializers.CharField(source="label.name", read_only=True)

    class Meta:
        model = Sample
        fields = ["id", "label", "created_at"]


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


class ReportSerializer(serializers.Serializer):
    """How well the classifier knows each label, measured by cross-validation at retrain."""

    cv_accuracy = serializers.FloatField(allow_null=True)
    folds = serializers.IntegerField(allow_null=True)
    per_label = LabelAccuracySerializer(many=True)
    confused = ConfusionSerializer(many=True, help_text="Most often first")
    needs_samples = serializers.CharField(allow_null=True)
    detail = serializers.CharField(required=False)


class ClassifierSerializer(serializers.ModelSerializer):
    version = serializers.SerializerMethodField()
    stale = serializers.BooleanField(read_only=True)
    report = ReportSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Classifier
        fields = ["version", "trained_at", "n_samples", "counts", "algorithm", "stale", "report"]

    def get_version(self, classifier) -> int | None:
        return classifier.version or None


class TrainSerializer(serializers.Serializer):
    label = LabelNameField()
    features = FeaturesField()


class PredictSerializer(serializers.Serializer):
    features = FeaturesField()


class DeleteSerializer(serializers.Serializer):
    label = LabelNameField(required=False)

    def validate_label(self, name):
        user = self.context["request"].user
        label = Label.objects.filter(user=user, name=name).first()
        if label is None:
            raise serializers.ValidationError(f"You have no label “{name}”.")
        return label


class ScoreSerializer(serializers.Serializer):
    label = serializers.CharField()
    score = serializers.FloatField()


class GuessSerializer(serializers.Serializer):
    guess = serializers.CharField(allow_null=True)
    scores = ScoreSerializer(many=True)
    model_version = serializers.IntegerField(allow_null=True)
    confident = serializers.BooleanField(
        required=False, help_text="Whether the best score reaches the not-sure threshold"
    )
    detail = serializers.CharField(required=False)


class TrainResultSerializer(serializers.Serializer):
    sample = SampleSerializer()
    samples = serializers.DictField(child=serializers.IntegerField())
    model = ClassifierSerializer()


class DeleteResultSerializer(serializers.Serializer):
    deleted = serializers.IntegerField()
    samples = serializers.DictField(child=serializers.IntegerField())
