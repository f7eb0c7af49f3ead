from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from classrooms.models import Classroom, Membership, normalize_label_list


class ClassroomForm(forms.ModelForm):
    class Meta:
        model = Classroom
        fields = ["name"]
        labels = {"name": _("Name of the class")}


class JoinForm(forms.Form):
    code = forms.CharField(label=_("Join code"), max_length=32)

    def clean_code(self):
        classroom = Classroom.with_join_code(self.cleaned_data["code"])
        if classroom is None:
            raise ValidationError(
                _(
                    "No class has this join code: it may have been renewed or turned off. "
                    "Ask your teacher for the current one."
                )
            )
        return classroom


class ClassLabelsForm(forms.Form):
    labels = forms.CharField(
        label=_("The class's labels"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        strip=False,
        help_text=_(
            "One per line, in order. Pupils get the ones they lack; "
            "removing one here never deletes anyone's drawings."
        ),
    )

    def clean_labels(self):
        lines = [line for line in self.cleaned_data["labels"].splitlines() if line.strip()]
        try:
            return normalize_label_list(lines)
        except ValidationError as error:
            raise ValidationError(error.messages) from None


class PrivacyForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["shares_other_labels"]
        labels = {"shares_other_labels": _("Let the teacher see my other labels' drawings too")}
