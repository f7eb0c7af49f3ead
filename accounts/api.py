from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.exceptions import (
    APIException,
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
)
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings

from accounts import parts
from accounts.forms import WRONG_PASSWORD, is_password_of
from accounts.models import (
    TOKEN_NAME_MAX_LENGTH,
    TOKEN_NAME_TAKEN,
    TOKENS_PER_USER,
    ApiToken,
    TokenNameTaken,
    TooManyTokens,
    delete_account,
)
from emojisite.api.errors import ERROR, Conflict, problem
from emojisite.api.fields import TextField
from emojisite.api.views import ActionView

USERNAME_MAX_LENGTH = get_user_model()._meta.get_field("username").max_length


class SignInLockedOut(APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "locked_out"


def refuse_if_locked_out(request):
    """django-axes flags the DRF request it was given, which its middleware never sees: a 429."""
    if getattr(request, "axes_locked_out", False):
        raise SignInLockedOut(settings.AXES_COOLOFF_MESSAGE)


class PasswordField(serializers.CharField):
    """A password as typed, spaces and all. DRF refuses a NUL in any text; the pattern says so in
    the schema."""

    def __init__(self, **kwargs):
        no_nul = RegexValidator(r"^[^\x00]*$", _("A password holds no NUL character."))
        super().__init__(trim_whitespace=False, validators=[no_nul], **kwargs)


class CredentialsSerializer(AuthTokenSerializer):
    """A username and its password."""

    # DRF's fields, with what they refuse stated in the schema: a username of nothing but spaces,
    # and a NUL in either.
    username = TextField(max_length=USERNAME_MAX_LENGTH, write_only=True)
    password = PasswordField(write_only=True, style={"input_type": "password"})


class NewTokenSerializer(CredentialsSerializer):
    """A username, its password, and the new token's name if the caller gives one."""

    name = TextField(
        max_length=TOKEN_NAME_MAX_LENGTH,
        required=False,
        write_only=True,
        help_text='The new token\'s name, unique among yours; by default "Script, <UTC date>".',
    )

    def validate(self, attrs):
        attrs = super().validate(attrs)
        user = attrs["user"]
        if "name" in attrs:
            if ApiToken.name_is_taken(user, attrs["name"]):
                raise ValidationError({"name": [TOKEN_NAME_TAKEN]})
        else:
            attrs["name"] = ApiToken.free_name(user, f"Script, {timezone.now():%Y-%m-%d %H:%M}")
        return attrs


class ObtainTokenView(ActionView):
    """A new API token for a username and password, beside the account's other tokens (which
    keep working).

    Only the token's hash is stored, so each call makes a new one: a script should keep its
    token rather than ask again on every run. Throttled and parsed like the rest of the API; a
    django-axes lockout is a 429, as on the sign-in page.
    """

    # Signing in needs no credentials but the username and password in the body.
    authentication_classes = []
    permission_classes = []
    renderer_classes = [JSONRenderer]
    throttle_classes = api_settings.DEFAULT_THROTTLE_CLASSES
    parser_classes = api_settings.DEFAULT_PARSER_CLASSES
    serializer_class = NewTokenSerializer

    def get_authenticate_header(self, request):
        return "Token"  # so that a wrong password is a 401, as an unknown token is

    @extend_schema(
        responses={
            200: inline_serializer("TokenSerializer", {"token": serializers.CharField()}),
            401: problem("The username or password is wrong."),
            409: problem(f"The account already holds {TOKENS_PER_USER} tokens."),
        }
    )
    def post(self, request):
        given = self.get_serializer(data=request.data)
        try:
            given.is_valid(raise_exception=True)
        except ValidationError as error:
            refuse_if_locked_out(request)
            # A well-formed request with the wrong password is refused authentication: 401.
            if "authorization" in {e.code for e in error.detail.get("non_field_errors", [])}:
                raise AuthenticationFailed(error.detail["non_field_errors"][0]) from None
            raise
        try:
            key = ApiToken.issue(given.validated_data["user"], given.validated_data["name"])
        except TooManyTokens as error:
            raise Conflict(str(error)) from None
        except TokenNameTaken:
            raise ValidationError({"name": [TOKEN_NAME_TAKEN]}) from None
        return Response({"token": key})


class PasswordSerializer(serializers.Serializer):
    password = PasswordField()


class ApiTokenSerializer(serializers.ModelSerializer):
    last_used = serializers.DateTimeField(
        allow_null=True, help_text="Within a minute; null until the token is first used."
    )

    class Meta:
        model = ApiToken
        fields = ["id", "name", "created", "last_used"]


@extend_schema_view(
    list=extend_schema(
        description="Your API tokens, newest first: name, when made and when last used; never "
        "a key (only its hash is kept)."
    ),
    destroy=extend_schema(
        description="Revoke one of your tokens: refused by every server from its next request "
        "on, while your other tokens keep working."
    ),
)
class TokenViewSet(mixins.ListModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """The user's API tokens: listed by name and date, revoked one at a time."""

    lookup_value_converter = "int"
    serializer_class = ApiTokenSerializer
    pagination_class = None  # at most TOKENS_PER_USER

    def get_queryset(self):
        return ApiToken.objects.filter(user=self.request.user)


class AccountSerializer(serializers.Serializer):
    username = serializers.CharField()
    email = serializers.CharField(help_text="Empty when the account has no email address.")
    date_joined = serializers.DateTimeField()
    token_created = serializers.DateTimeField(
        allow_null=True, help_text="When the newest of `tokens` was made; null without one."
    )
    tokens = ApiTokenSerializer(many=True)

    def get_fields(self):
        """Who, then what other apps keep of the account (accounts.parts), then the tokens."""
        fields = super().get_fields()
        tokens = {name: fields.pop(name) for name in ("token_created", "tokens")}
        return {**fields, **parts.fields(), **tokens}


class AccountView(ActionView):
    """Your account: GET what it holds; DELETE it, with `{"password"}`, and everything in it."""

    delete_takes_body = True  # the password (see emojisite.api.schema.ErrorsAutoSchema)

    def get_serializer_class(self):
        return PasswordSerializer if self.request.method == "DELETE" else AccountSerializer

    def get(self, request):
        user = request.user
        tokens = list(ApiToken.objects.filter(user=user))
        account = {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined,
            **parts.summary(user),
            "token_created": tokens[0].created if tokens else None,
            "tokens": tokens,
        }
        return Response(self.get_serializer(account).data)

    @extend_schema(
        request=PasswordSerializer,
        responses={
            204: None,
            403: OpenApiResponse(
                ERROR, description="The password is wrong, or no CSRF token with a session."
            ),
        },
    )
    def delete(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        # A password that is not the account's is a well-formed request refused: a 403.
        if not is_password_of(request, request.user, given.validated_data["password"]):
            refuse_if_locked_out(request)
            raise PermissionDenied({"password": [WRONG_PASSWORD]})
        delete_account(request.user)
        if hasattr(request, "session"):
            request.session.flush()
        return Response(status=status.HTTP_204_NO_CONTENT)
