from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

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
