import io

import numpy as np
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import APIException, NotFound, ValidationError
from rest_framework.parsers import BaseParser, MultiPartParser
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from drawings import explanation, samples_file, schema, serializers, storage, training_set
from drawings.authentication import GuessSessionAuthentication, GuessTokenAuthentication
from drawings.ml import neighbours, pipelines
from drawings.ml.grid import MIN_INKED_CELLS, has_enough_ink
from drawings.models import Classifier, Label, QuizResult, Sample, TrainingRecord
from drawings.serializers import classifier_status
from drawings.throttles import GuessRateThrottle
from emojisite.api.errors import PROBLEM, VALIDATION_ERROR, Conflict, problem
from emojisite.api.parsers import JSONParser
from emojisite.api.schema import NOT_FOUND, AnyOf
from emojisite.api.views import ActionView
from emojisite.middleware import declared_length

# In English, as the tests and clients compare them; answered in the request's language.
NO_SAMPLES = gettext_noop("No samples yet: draw each emoji and submit it a few times.")
NOT_TRAINED = gettext_noop("Your classifier is still being trained; try again in a moment.")
NO_QUIZ = gettext_noop("No quiz yet: start one on the drawing page.")
# How many of the user's training drawings "why this guess" shows.
ALIKE_COUNT = 3
TOO_LITTLE_INK = format_lazy(
    _("Draw a little more: a guess needs at least {cells} inked cells."), cells=MIN_INKED_CELLS
)


class ModelUnavailable(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = _(
        "Your classifier could not be loaded, and retraining it failed; "
        "we have logged the problem. Try again in a minute."
    )
    default_code = "model_unavailable"


def after_change(user):
    """What an answer after a change to the training set reports: the counts and the model."""
    training, test = Label.counts_by_split(user)
    classifier = Classifier.objects.defer("pickle").get(user=user)
    return {"samples": training, "test_samples": test, "model": classifier}


class TrainView(ActionView):
    """Store a drawing as a sample of a label and retrain the user's classifier."""

    throttle_scope = "train"
    serializer_class = serializers.TrainSerializer

    @extend_schema(responses={201: serializers.TrainResultSerializer})
    def post(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        sample = training_set.add_sample(request.user, **given.validated_data)
        answer = serializers.TrainResultSerializer({"sample": sample, **after_change(request.user)})
        return Response(answer.data, status=status.HTTP_201_CREATED)


# One GuessSerializer renders every guess: a new serializer deep-copies its declared fields, and
# rendering an answer only reads them (docs/performance.md#figures-behind-the-codes-comments).
GUESS_ANSWER = serializers.GuessSerializer()
GUESS_RENDERER = JSONRenderer()


def guess_answer(loaded, **guess):
    answer = {"model_version": loaded.version or None, "stale": loaded.stale, **guess}
    return Response(GUESS_ANSWER.to_representation(answer))


def no_guess(loaded, detail):
    return guess_answer(loaded, guess=None, scores=[], detail=detail)


class PredictView(ActionView):
    """Guess which of the user's labels a drawing shows, with a score for each label.

    The page asks for a guess several times a second while someone draws, so this view does only
    what a guess needs: a token or the page's session this process already checked
    (GuessTokenAuthentication, GuessSessionAuthentication), the
    classifier's versions as this process last read them while they have not changed (one cache
    read brings both, and the throttles' histories), one cache write for both throttles, JSON in
    and out, the grid checked and converted once.
    """

    authentication_classes = [GuessTokenAuthentication, GuessSessionAuthentication]
    throttle_classes = [GuessRateThrottle]
    parser_classes = [JSONParser]
    renderer_classes = [JSONRenderer]
    serializer_class = serializers.PredictSerializer

    @extend_schema(responses=serializers.GuessSerializer)
    def post(self, request):
        features = request.data.get("features") if isinstance(request.data, dict) else None
        drawing = serializers.well_formed_grid(features)
        explain = request.data.get("explain", False) if drawing is not None else None
        if not isinstance(explain, bool):  # the serializer names any problem
            given = self.get_serializer(data=request.data)
            given.is_valid(raise_exception=True)
            drawing = np.asarray(given.validated_data["features"])
            explain = given.validated_data["explain"]
        classifier = storage.classifier_state(request.user)
        loaded = storage.Loaded(None, classifier.version, classifier.stale)
        try:
            if classifier.version:
                loaded = storage.load(classifier)
        except storage.ClassifierUnavailable as error:
            raise ModelUnavailable() from error
        if loaded.pipeline is None:
            return no_guess(loaded, gettext(NOT_TRAINED if classifier.data_version else NO_SAMPLES))
        if not has_enough_ink(drawing):
            return no_guess(loaded, TOO_LITTLE_INK)
        explained = {}
        if explain:
            probabilities, features = neighbours.probabilities_and_space(loaded.pipeline, drawing)
            ranked = pipelines.ranked(loaded.pipeline, probabilities)
            explained["alike"] = explanation.most_alike(classifier, loaded, features, ALIKE_COUNT)
        else:
            ranked = pipelines.scores(loaded.pipeline, drawing)
        return guess_answer(
            loaded,
            guess=ranked[0][0],
            scores=[{"label": label, "score": score} for label, score in ranked],
            confident=ranked[0][1] >= pipelines.CONFIDENT_SCORE,
            **explained,
        )

    def perform_content_negotiation(self, request, force=False):
        """Always JSON, without parsing the Accept header to the same end on every guess
        (docs/performance.md)."""
        return GUESS_RENDERER, GUESS_RENDERER.media_type


def own_label(user, name):
    """The user's label called `name`; a 404 naming the field when they have none."""
    label = Label.objects.filter(user=user, name=name).first()
    if label is None:
        raise NotFound({"label": [gettext("You have no label “%(name)s”.") % {"name": name}]})
    return label


class DeleteSamplesView(ActionView):
    """Delete all the user's samples, or only those of one label."""

    throttle_scope = "delete"
    serializer_class = serializers.DeleteSerializer

    @extend_schema(responses={200: serializers.DeleteResultSerializer, 404: NOT_FOUND})
    def post(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        doomed = Sample.objects.filter(user=request.user)
        if "label" in given.validated_data:
            doomed = doomed.filter(label=own_label(request.user, given.validated_data["label"]))
        if "split" in given.validated_data:
            doomed = doomed.filter(split=given.validated_data["split"])
        deleted = training_set.delete_samples(doomed)
        answer = {"deleted": deleted, "samples": Label.counts_for(request.user)}
        return Response(serializers.DeleteResultSerializer(answer).data)


class ModelView(ActionView):
    """What the user's classifier was trained on, and whether their samples have changed since."""

    serializer_class = serializers.ClassifierSerializer

    def get(self, request):
        return Response(classifier_status(request.user))


class ModelHistoryView(ActionView):
    """What each of the last 50 retrains of the user's classifier was fit on and how well it
    did, oldest first."""

    serializer_class = serializers.TrainingRecordSerializer

    @extend_schema(responses=serializers.TrainingRecordSerializer(many=True))
    def get(self, request):
        records = TrainingRecord.latest_for(request.user)
        return Response(self.get_serializer(records, many=True).data)


class QuizView(ActionView):
    """The score of the user's last quiz (GET), or a finished quiz's score to keep (POST)."""

    serializer_class = serializers.QuizResultSerializer

    @extend_schema(
        responses={
            200: serializers.QuizResultSerializer,
            404: problem("No quiz yet."),
        }
    )
    def get(self, request):
        last = QuizResult.last_for(request.user)
        if last is None:
            return Response({"detail": gettext(NO_QUIZ)}, status=status.HTTP_404_NOT_FOUND)
        return Response(self.get_serializer(last).data)

    @extend_schema(responses={201: serializers.QuizResultSerializer})
    def post(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        version = (
            Classifier.objects.filter(user=request.user).values_list("version", flat=True).first()
            or None
        )
        given.save(user=request.user, model_version=version)
        return Response(given.data, status=status.HTTP_201_CREATED)


@extend_schema(
    parameters=[
        OpenApiParameter(
            "label",
            {"type": "string", "pattern": schema.LABEL_PATTERN},
            description="Only samples of this label",
        ),
        OpenApiParameter(
            "split", str, enum=["train", "test"], description="Only training or only test drawings"
        ),
    ]
)
class SampleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The user's samples, newest first."""

    lookup_value_converter = "int"

    def get_serializer_class(self):
        if self.action == "list":
            return serializers.SampleSerializer
        if self.action == "partial_update":
            return serializers.SampleMoveSerializer
        return serializers.SampleDetailSerializer

    def get_queryset(self):
        samples = Sample.objects.filter(user=self.request.user).select_related("label")
        # A plain dict, so that `?label=` is an empty label (refused), not a missing one.
        query = serializers.SampleFilterSerializer(data=self.request.query_params.dict())
        query.is_valid(raise_exception=True)
        if "label" in query.validated_data:
            samples = samples.filter(label__name=query.validated_data["label"])
        if "split" in query.validated_data:
            samples = samples.filter(split=query.validated_data["split"])
        return samples

    def perform_destroy(self, sample):
        training_set.delete_samples(Sample.objects.filter(pk=sample.pk))

    @extend_schema(responses=serializers.TrainResultSerializer)
    def partial_update(self, request, pk=None):
        """Move the sample to another label, `{"label": "🌈"}`, or between training and test
        drawings, `{"split": "test"}`, or both; `{}` changes nothing, as a merge patch."""
        sample = self.get_object()
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        if given.validated_data:
            training_set.move_samples(Sample.objects.filter(pk=sample.pk), **given.validated_data)
        sample.refresh_from_db()
        answer = {"sample": sample, **after_change(request.user)}
        return Response(serializers.TrainResultSerializer(answer).data)


class LabelViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The user's labels in order, with their sample counts; removing one deletes its samples."""

    lookup_value_converter = "int"

    serializer_class = serializers.LabelSerializer
    pagination_class = None

    @extend_schema(responses={201: serializers.LabelSerializer, 409: schema.CONFLICT})
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    def get_queryset(self):
        return Label.objects.filter(user=self.request.user).with_counts()

    def perform_create(self, serializer):
        name = serializer.validated_data["name"]
        if Label.objects.filter(user=self.request.user, name=name).exists():
            message = gettext("You already have the label “%(name)s”.")
            raise Conflict({"name": [message % {"name": name}]})
        serializer.instance = training_set.add_label(self.request.user, name)

    def perform_destroy(self, label):
        training_set.delete_labels(Label.objects.filter(pk=label.pk))


def refuse_unless_all_labels(user, ids):
    """A 404 for an id that is none of the user's labels, a 409 unless `ids` holds them all."""
    own = set(Label.objects.filter(user=user).values_list("pk", flat=True))
    unknown = sorted(set(ids) - own)
    if unknown:
        message = gettext("You have no label with id %(id)s.")
        raise NotFound({"labels": [message % {"id": unknown[0]}]})
    if len(ids) != len(own):
        message = gettext("List all %(all)s of your labels, not %(count)s.")
        raise Conflict({"labels": [message % {"all": len(own), "count": len(ids)}]})


class LabelOrderView(ActionView):
    """Put the user's labels in a new order: `{"labels": [ids of all of them, in order]}`."""

    serializer_class = serializers.LabelOrderSerializer

    @extend_schema(
        responses={
            200: serializers.LabelSerializer(many=True),
            404: NOT_FOUND,
            409: schema.CONFLICT,
        }
    )
    def post(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        ids = given.validated_data["labels"]
        refuse_unless_all_labels(request.user, ids)
        training_set.order_labels(request.user, ids)
        labels = Label.objects.filter(user=request.user).with_counts()
        return Response(serializers.LabelSerializer(labels, many=True).data)


class SamplesFileParser(BaseParser):
    """A samples.txt sent as the whole request body; read line by line, never all at once."""

    media_type = "text/plain"

    def parse(self, stream, media_type=None, parser_context=None):
        return {"file": stream}


def too_large(request):
    """A 413 answer when the request is announced bigger than the import limit, else None."""
    # Room for a multipart envelope around a file of exactly the limit.
    if declared_length(request) > settings.SAMPLES_IMPORT_MAX_BYTES + 64 * 1024:
        detail = samples_file.size_limit_message(settings.SAMPLES_IMPORT_MAX_BYTES)
        return Response({"detail": detail}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    return None


class ImportView(ActionView):
    """Add a teaching-app samples.txt to the user's set: all of its lines, or, if one is bad, none.

    Send it as a multipart upload in the field `file` (a file, or the file's text), or as a
    text/plain body.
    """

    parser_classes = [MultiPartParser, SamplesFileParser]
    serializer_class = serializers.ImportFileSerializer

    @extend_schema(
        request={
            "multipart/form-data": {
                "type": "object",
                "properties": {"file": schema.SAMPLES_TXT},
                "required": ["file"],
            },
            "text/plain": schema.SAMPLES_TXT,
        },
        responses={
            201: serializers.ImportedSerializer,
            400: OpenApiResponse(
                AnyOf(serializers.ImportRejectedSerializer(), VALIDATION_ERROR, PROBLEM),
                description="Bad lines, listed by number (nothing was imported), or no file.",
            ),
            413: problem("The file is over the import limit."),
        },
    )
    def post(self, request):
        refusal = too_large(request)
        if refusal:
            return refusal
        upload = request.data.get("file")
        if upload is None:
            message = (
                "Send a samples.txt as a file in the multipart field “file”, or as a "
                "text/plain body."
            )
            raise ValidationError({"file": [message]})
        if isinstance(upload, str):  # the file's text, sent as a form field
            upload = io.BytesIO(upload.encode())
        try:
            imported = training_set.import_samples(request.user, upload)
        except samples_file.ImportRejected as rejected:
            answer = serializers.ImportRejectedSerializer(rejected.as_dict())
            return Response(answer.data, status=status.HTTP_400_BAD_REQUEST)
        answer = {"imported": sum(imported.values()), "labels": imported}
        answer = serializers.ImportedSerializer({**answer, **after_change(request.user)})
        return Response(answer.data, status=status.HTTP_201_CREATED)


class ExportView(APIView):
    """All the user's samples as a teaching-app samples.txt, oldest first."""

    @extend_schema(responses={(200, "text/plain"): OpenApiTypes.STR})
    def get(self, request):
        return samples_file.download(Sample.objects.filter(user=request.user))

    def perform_content_negotiation(self, request, force=False):
        # The answer is always the file; only errors are rendered, as JSON.
        return super().perform_content_negotiation(request, force=True)
