from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from drawings import pipeline, serializers
from drawings.models import Classifier, Label, Sample
from drawings.preprocessing import MIN_INKED_CELLS, has_enough_ink
from drawings.tasks import retrain_after_change

NO_SAMPLES = "No samples yet: draw each emoji and submit it a few times."
NOT_TRAINED = "Your classifier is still being trained; try again in a moment."
TOO_LITTLE_INK = f"Draw a little more: a guess needs at least {MIN_INKED_CELLS} inked cells."


def model_status(user):
    return serializers.ClassifierSerializer(
        Classifier.objects.defer("pipeline").get(user=user)
    ).data


class TrainView(APIView):
    """Store a drawing as a sample of a label and retrain the user's classifier."""

    serializer_class = serializers.TrainSerializer

    @extend_schema(responses={201: serializers.TrainResultSerializer})
    def post(self, request):
        given = self.serializer_class(data=request.data, context={"request": request})
        given.is_valid(raise_exception=True)
        sample = Sample.add(request.user, **given.validated_data)
        retrain_after_change(request.user)
        result = {
            "sample": serializers.SampleSerializer(sample).data,
            "samples": Label.counts_for(request.user),
            "model": model_status(request.user),
        }
        return Response(result, status=status.HTTP_201_CREATED)


class PredictView(APIView):
    """Guess which of the user's labels a drawing shows, with a score for each label."""

    serializer_class = serializers.PredictSerializer

    @extend_schema(responses=serializers.GuessSerializer)
    def post(self, request):
        given = self.serializer_class(data=request.data)
        given.is_valid(raise_exception=True)
        drawing = given.validated_data["features"]
        classifier = Classifier.objects.defer("pipeline", "report").get(user=request.user)
        fitted = classifier.load_pipeline() if classifier.version else None
        if fitted is None:
            detail = NOT_TRAINED if classifier.data_version else NO_SAMPLES
            return Response({"guess": None, "scores": [], "model_version": None, "detail": detail})
        if not has_enough_ink(drawing):
            return Response(
                {
                    "guess": None,
                    "scores": [],
                    "model_version": classifier.version,
                    "detail": TOO_LITTLE_INK,
                }
            )
        ranked = pipeline.scores(fitted, drawing)
        return Response(
            {
                "guess": ranked[0][0],
                "scores": [{"label": label, "score": score} for label, score in ranked],
                "model_version": classifier.version,
                "confident": ranked[0][1] >= pipeline.CONFIDENT_SCORE,
            }
        )


class DeleteView(APIView):
    """Delete all the user's samples, or only those of one label."""

    serializer_class = serializers.DeleteSerializer

    @extend_schema(responses=serializers.DeleteResultSerializer)
    def post(self, request):
        given = self.serializer_class(data=request.data, context={"request": request})
        given.is_valid(raise_exception=True)
        doomed = Sample.objects.filter(user=request.user)
        if "label" in given.validated_data:
            doomed = doomed.filter(label=given.validated_data["label"])
        deleted, _ = doomed.delete()
        retrain_after_change(request.user)
        return Response({"deleted": deleted, "samples": Label.counts_for(request.user)})


class ModelView(APIView):
    """What the user's classifier was trained on, and whether their samples have changed since."""

    serializer_class = serializers.ClassifierSerializer

    def get(self, request):
        return Response(model_status(request.user))


@extend_schema(
    parameters=[OpenApiParameter("label", str, description="Only samples of this label")]
)
class SampleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The user's samples, newest first."""

    def get_serializer_class(self):
        if self.action == "list":
            return serializers.SampleSerializer
        return serializers.SampleDetailSerializer

    def get_queryset(self):
        samples = Sample.objects.filter(user=self.request.user).select_related("label")
        if "label" in self.request.query_params:
            samples = samples.filter(label__name=self.request.query_params["label"])
        return samples

    def perform_destroy(self, sample):
        sample.delete()
        retrain_after_change(self.request.user)


class LabelViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The user's labels in order, with their sample counts; removing one deletes its samples."""

    serializer_class = serializers.LabelSerializer
    pagination_class = None

    def get_queryset(self):
        return Label.objects.filter(user=self.request.user).with_counts()

    def perform_create(self, serializer):
        serializer.instance = Label.get_or_add(self.request.user, serializer.validated_data["name"])

    def perform_destroy(self, label):
        label.delete()
        retrain_after_change(self.request.user)
