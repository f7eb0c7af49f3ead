from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from accounts.models import (
    TOKEN_NAME_MAX_LENGTH,
    TOKEN_NAME_TAKEN,
    TOKENS_PER_USER,
    ApiToken,
    TokenNameTaken,
    TooManyTokens,
)

WRONG_PASSWORD = _("That is not your password.")


class SignUpForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ["username", "email"]
        help_texts = {"email": _("Optional; needed only to reset a forgotten password.")}


def is_password_of(request, user, password):
    """Whether `password` is the user's, checked as a sign-in is: failures count towards
    django-axes' lockout, so a borrowed session can't be used to guess the password."""
    return authenticate(request, username=user.get_username(), password=password) is not None


class PasswordConfirmedForm(forms.Form):
    """A change only the account's owner may make: the form asks for their password again."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    # Field ids of their own: the account page holds several of these forms.
    auto_id = "id_%s"

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, auto_id=self.auto_id, **kwargs)
        self.request = request
        self.user = request.user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not is_password_of(self.request, self.user, password):
            raise forms.ValidationError(WRONG_PASSWORD, code="wrong_password")
        return password


class EmailForm(PasswordConfirmedForm):
    email = forms.EmailField(
        label=_("New email"),
        required=False,
        help_text=_(
            "Leave it empty to remove your email; you then can't reset a forgotten password."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    field_order = ["email", "password"]
    auto_id = "id_email_form_%s"

    def save(self):
        self.user.email = self.cleaned_data["email"]
        self.user.save(update_fields=["email"])


class DeleteAccountForm(PasswordConfirmedForm):
    auto_id = "id_delete_%s"
    username = forms.CharField(
        label=_("Type your username to confirm"),
        strip=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_username(self):
        username = self.cleaned_data["username"]
        if username != self.user.get_username():
            raise forms.ValidationError(
                _("That is not your username; type it exactly as shown above."), code="mismatch"
            )
        return username


class TokenForm(forms.Form):
    """A new API token's name: one the user's other tokens don't bear, while they hold fewer than
    TOKENS_PER_USER."""

    name = forms.CharField(
        label=_("Token name"),
        max_length=TOKEN_NAME_MAX_LENGTH,
        help_text=_("Say what will use it, e.g. “Classroom laptop script”."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, auto_id="id_token_%s", **kwargs)
        self.user = user

    def clean_name(self):
        name = self.cleaned_data["name"]
        if ApiToken.name_is_taken(self.user, name):
            raise forms.ValidationError(TOKEN_NAME_TAKEN, code="taken")
        return name

    def clean(self):
        if ApiToken.objects.filter(user=self.user).count() >= TOKENS_PER_USER:
            raise forms.ValidationError(str(TooManyTokens()), code="too_many")
        return super().clean()

    def save(self):
        """The new token's key, or None with the form's error when the cap was reached or the
        name taken meanwhile."""
        try:
            return ApiToken.issue(self.user, self.cleaned_data["name"])
        except TooManyTokens as error:
            self.add_error(None, str(error))
        except TokenNameTaken:
            self.add_error("name", forms.ValidationError(TOKEN_NAME_TAKEN, code="taken"))
        return None
