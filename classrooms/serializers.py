from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from classrooms.models import (
    ACCOUNT_NAME_MAX_LENGTH,
    MAX_CLASS_LABELS,
    MAX_NEW_ACCOUNTS,
    Classroom,
    Membership,
    account_names,
    normalize_join_code,
    normalize_label_list,
)
from drawings.serializers import LabelNameField
from emojisite.api.fields import TextField


class ClassLabelsField(serializers.ListField):
    """The class's label names in order; each normalized as a pupil's own labels are."""

    child = LabelNameField()

    def __init__(self, **kwargs):
        super().__init__(max_length=MAX_CLASS_LABELS, **kwargs)

    def to_internal_value(self, data):
        names = super().to_internal_value(data)
        if len(names) > self.max_length:  # as sent, before duplicates are dropped
            self.fail("max_length", max_length=self.max_length)
        try:
            return normalize_label_list(names)
        except ValidationError as error:
            raise serializers.ValidationError(error.messages) from None


CLASS_NAME_MAX_LENGTH = Classroom._meta.get_field("name").max_length


class ClassroomSerializer(serializers.ModelSerializer):
    name = TextField(max_length=CLASS_NAME_MAX_LENGTH)
    teacher = serializers.CharField(source="teacher.get_username", read_only=True)
    role = serializers.SerializerMethodField()
    labels = ClassLabelsField(required=False)
    join_code = serializers.SerializerMethodField()
    join_url = serializers.SerializerMethodField()
    pupil_count = serializers.IntegerField(read_only=True)  # annotated by the view's queryset

    class Meta:
        model = Classroom
        fields = [
            "id",
            "name",
            "teacher",
            "role",
            "labels",
            "join_code",
            "join_url",
            "pupil_count",
            "created_at",
        ]
        read_only_fields = ["created_at"]

    def is_teacher(self, classroom):
        return classroom.is_teacher(self.context["request"].user)

    def get_role(self, classroom) -> str:
        return "teacher" if self.is_teacher(classroom) else "pupil"

    def get_join_code(self, classroom) -> str | None:
        """Only the teacher sees it; null when joining is turned off."""
        return classroom.join_code if self.is_teacher(classroom) else None

    def get_join_url(self, classroom) -> str | None:
        if not (self.is_teacher(classroom) and classroom.join_code):
            return None
        url = reverse("classroom-join-link", args=[classroom.join_code])
        return self.context["request"].build_absolute_uri(url)


class ClassroomChangeSerializer(ClassroomSerializer):
    """What PATCH takes, for the schema: any of the fields, each with the same rules."""

    name = TextField(max_length=CLASS_NAME_MAX_LENGTH, required=False)


class JoinSerializer(serializers.Serializer):
    code = TextField(max_length=32)


def unknown_join_code(code):
    """Why a well-formed code let nobody join: no class has it (any more)."""
    message = _(
        "No class has the join code “%(code)s”: it may have been renewed or turned off. "
        "Ask your teacher for the current one."
    )
    return message % {"code": normalize_join_code(code)}


class MembershipSerializer(serializers.ModelSerializer):
    classroom = serializers.PrimaryKeyRelatedField(read_only=True)
    classroom_name = serializers.CharField(source="classroom.name", read_only=True)
    pupil = serializers.CharField(source="pupil.get_username", read_only=True)

    class Meta:
        model = Membership
        fields = ["classroom", "classroom_name", "pupil", "joined_at", "shares_other_labels"]
        read_only_fields = ["joined_at"]


class PupilRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class PupilSummarySerializer(serializers.Serializer):
    """One pupil's row of the teacher's page (see classrooms.summary.PupilRow)."""

    pupil = PupilRefSerializer()
    joined_at = serializers.DateTimeField()
    shares_other_labels = serializers.BooleanField()
    samples = serializers.DictField(
        child=serializers.IntegerField(),
        help_text="Training drawings per class label, in class order.",
    )
    other_samples = serializers.IntegerField(
        allow_null=True,
        help_text="Training drawings of other labels; null unless the pupil shares them.",
    )
    model_version = serializers.IntegerField(help_text="0 before the first training.")
    cv_accuracy = serializers.FloatField(allow_null=True)
    stale = serializers.BooleanField()
    managed = serializers.BooleanField(
        help_text="The teacher made this account for the class, so may set its password."
    )
    last_drew = serializers.DateTimeField(allow_null=True)
    needs = serializers.ListField(
        child=serializers.CharField(),
        help_text="Class labels with too few training drawings, fewest first.",
    )


def account_names_field(**kwargs):
    return serializers.ListField(
        child=TextField(max_length=ACCOUNT_NAME_MAX_LENGTH),
        min_length=1,
        max_length=MAX_NEW_ACCOUNTS,
        help_text="Each starts a username (as letters and digits a child can type).",
        **kwargs,
    )


def account_count_field(**kwargs):
    return serializers.IntegerField(min_value=1, max_value=MAX_NEW_ACCOUNTS, **kwargs)


class NamedAccountsSerializer(serializers.Serializer):
    """An account for each of these pupils."""

    names = account_names_field()
    refuses_unknown_keys = True


class CountedAccountsSerializer(serializers.Serializer):
    """This many accounts, without names."""

    count = account_count_field()
    refuses_unknown_keys = True


class NewAccountsSerializer(serializers.Serializer):
    """Either the pupils' names or a number of accounts, and nothing else, as NEW_ACCOUNTS
    states it."""

    names = account_names_field(required=False)
    count = account_count_field(required=False)

    def validate(self, given):
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError(
                {key: ["Not a field of this request."] for key in unknown}
            )
        try:
            return {"names": account_names(given.get("names"), given.get("count"))}
        except ValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from None


# The body's schema: one of the two, never both (a body with both matches both, so neither).
NEW_ACCOUNTS = PolymorphicProxySerializer(
    component_name="NewAccounts",
    serializers=[NamedAccountsSerializer, CountedAccountsSerializer],
    resource_type_field_name=None,
)


class CardSerializer(serializers.Serializer):
    """A pupil's sign-in, as the printed card shows it: the password is in no other answer."""

    id = serializers.IntegerField(source="user.pk")
    name = serializers.CharField(source="user.first_name", help_text="Empty for nameless ones.")
    username = serializers.CharField(source="user.username")
    password = serializers.CharField()
