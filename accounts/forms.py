from django.contrib.auth.forms import UserCreationForm


class SignUpForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ["username", "email"]
        help_texts = {"email": "Optional; needed only to reset a forgotten password."}
