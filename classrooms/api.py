from django.core.exceptions import ValidationError as Refused
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.response import Response

from classrooms import export, serializers
from classrooms.models import Classroom, Membership
from classrooms.summary import pupil_rows
from emojisite.api.errors import ERROR, Conflict


class IsTeacher(permissions.BasePermission):
    message = _("Only the class's teacher can do this.")

    def has_object_permission(self, request, view, classroom):
        return classroom.is_teacher(request.user)


class IsTeacherOrReadOnly(IsTeacher):
    def has_object_permission(self, request, view, classroom):
        return request.method in permissions.SAFE_METHODS or super().has_object_permission(
            request, view, classroom
        )


class IsPupil(permissions.BasePermission):
    message = _("Only the class's pupils have a membership to change.")

    def has_object_permission(self, request, view, classroom):
        return not classroom.is_teacher(request.user)


@extend_schema_view(partial_update=extend_schema(request=serializers.ClassroomChangeSerializer))
class ClassroomViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The classes you teach or have joined; only a class's teacher changes it."""

    permission_classes = [permissions.IsAuthenticated, IsTeacherOrReadOnly]
    pagination_class = None
    throttle_scope = None  # only joining is rate-limited on its own (see the join action)

    lookup_value_regex = "[0-9]+"
    # What reads the request of each action that takes one; the class's own is ClassroomSerializer.
    action_serializers = {
        "join": serializers.JoinSerializer,
        "accounts": serializers.NewAccountsSerializer,
        "membership": serializers.MembershipSerializer,
    }

    def get_serializer_class(self):
        return self.action_serializers.get(self.action, serializers.ClassroomSerializer)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # drf-spectacular reading the types
            return Classroom.objects.none()
        classes = Classroom.objects.of(self.request.user).select_related("teacher")
        return classes.annotate(pupil_count=Count("memberships"))

    def perform_create(self, serializer):
        labels = serializer.validated_data.pop("labels", [])
        classroom = serializer.save(teacher=self.request.user)
        classroom.pupil_count = 0  # as get_queryset counts them for every class it finds
        classroom.set_labels(labels)

    def perform_update(self, serializer):
        labels = serializer.validated_data.pop("labels", None)
        classroom = serializer.save()
        if labels is not None:
            classroom.set_labels(labels)  # adds to pupils' sets; never removes a drawing

    @extend_schema(
        request=serializers.JoinSerializer,
        responses={
            201: serializers.MembershipSerializer,
            404: OpenApiResponse(ERROR, description="No class has that join code (any more)."),
            409: OpenApiResponse(ERROR, description="You teach the class of that code."),
        },
    )
    @action(detail=False, methods=["post"], throttle_scope="join")
    def join(self, request):
        """Join a class with its code; its labels are added to the end of your set."""
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        code = given.validated_data["code"]
        classroom = Classroom.with_join_code(code)
        if classroom is None:
            raise NotFound({"code": [serializers.unknown_join_code(code)]})
        try:
            membership = classroom.add_pupil(request.user)
        except Refused as refused:
            raise Conflict({"code": refused.messages}) from None
        data = serializers.MembershipSerializer(membership).data
        return Response(data, status=status.HTTP_201_CREATED)

    @extend_schema(
        methods=["post"],
        request=None,
        responses=serializers.ClassroomSerializer,
        description="A fresh join code; the old one stops working.",
    )
    @extend_schema(
        methods=["delete"],
        request=None,
        responses={204: None},
        description="Turn joining off until a code is renewed.",
    )
    @action(detail=True, methods=["post", "delete"], url_path="join-code",
            permission_classes=[permissions.IsAuthenticated, IsTeacher])  # fmt: skip
    def join_code(self, request, pk=None):
        classroom = self.get_object()
        if request.method == "DELETE":
            classroom.turn_off_joining()
            return Response(status=status.HTTP_204_NO_CONTENT)
        classroom.renew_join_code()
        return Response(self.get_serializer(classroom).data)

    @extend_schema(responses=serializers.PupilSummarySerializer(many=True))
    @action(detail=True, permission_classes=[permissions.IsAuthenticated, IsTeacher])
    def pupils(self, request, pk=None):
        """Each pupil's drawings per class label, model and accuracy, who needs help first."""
        rows = [row.as_dict() for row in pupil_rows(self.get_object())]
        return Response(serializers.PupilSummarySerializer(rows, many=True).data)

    @extend_schema(
        request=serializers.NEW_ACCOUNTS,
        responses={201: serializers.CardSerializer(many=True)},
    )
    @action(
        detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated, IsTeacher]
    )
    def accounts(self, request, pk=None):
        """Make accounts for pupils (no email needed), pupils of the class at once; their
        sign-in cards, passwords included, which no other answer gives."""
        classroom = self.get_object()
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        cards = classroom.make_accounts(given.validated_data["names"])
        data = serializers.CardSerializer(cards, many=True).data
        return Response(data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=None,
        responses={
            200: serializers.CardSerializer,
            403: OpenApiResponse(
                ERROR,
                description="Not the class's teacher, the pupil brought their own account, "
                "or signed in by session without the CSRF token.",
            ),
        },
    )
    @action(
        detail=True,
        methods=["post"],
        url_path=r"pupils/(?P<pupil_id>[0-9]+)/password",
        permission_classes=[permissions.IsAuthenticated, IsTeacher],
    )
    def pupil_password(self, request, pk=None, pupil_id=None):
        """A new password for a pupil whose account you made for the class; their card. It ends
        their sessions and any sign-in lockout."""
        classroom = self.get_object()
        membership = get_object_or_404(Membership, classroom=classroom, pupil__pk=pupil_id)
        try:
            card = membership.set_new_password()
        except Refused as refused:
            raise PermissionDenied({"pupil": refused.messages}) from None
        return Response(serializers.CardSerializer(card).data)

    @extend_schema(request=None, responses={204: None})
    @action(
        detail=True,
        methods=["delete"],
        url_path=r"pupils/(?P<pupil_id>[0-9]+)",
        permission_classes=[permissions.IsAuthenticated, IsTeacher],
    )
    def remove_pupil(self, request, pk=None, pupil_id=None):
        """Take a pupil out of the class; their drawings and labels stay theirs."""
        classroom = self.get_object()
        # By primary key: an id past 64 bits then finds nothing (see views.membership_of).
        get_object_or_404(Membership, classroom=classroom, pupil__pk=pupil_id).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(methods=["get", "patch"], responses=serializers.MembershipSerializer)
    @extend_schema(methods=["patch"], request=serializers.MembershipSerializer)
    @extend_schema(methods=["delete"], request=None, responses={204: None})
    @action(
        detail=True,
        methods=["get", "patch", "delete"],
        permission_classes=[permissions.IsAuthenticated, IsPupil],
    )
    def membership(self, request, pk=None):
        """Your membership: whether the teacher sees your other labels; DELETE leaves the class."""
        membership = get_object_or_404(Membership, classroom=self.get_object(), pupil=request.user)
        if request.method == "DELETE":
            membership.delete()
            return Response(status=status.HTTP_204_NO_CONTENT)
        if request.method == "PATCH":
            given = self.get_serializer(membership, data=request.data, partial=True)
            given.is_valid(raise_exception=True)
            given.save()
        return Response(self.get_serializer(membership).data)

    @extend_schema(
        responses={
            (200, "application/zip"): OpenApiResponse(
                OpenApiTypes.BINARY,
                description="Each pupil's samples.txt (teaching-app format) and summary.csv.",
            )
        }
    )
    @action(detail=True, permission_classes=[permissions.IsAuthenticated, IsTeacher])
    def export(self, request, pk=None):
        return export.download(self.get_object())

    def perform_content_negotiation(self, request, force=False):
        # The export answers with a zip whatever the Accept header; errors are rendered as JSON.
        return super().perform_content_negotiation(request, force=self.action == "export" or force)
