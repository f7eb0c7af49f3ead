"""Classes: a teacher, their pupils, a join code and the labels every pupil is given."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from drawings import training_set
from drawings.models import Label, normalize_label_name

# No 0/O, 1/I/L: a code is read off a board and typed by children.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
# 31**8 is about 8.5e11 codes: guessing one at the API's rate limits would take millennia.
JOIN_CODE_LENGTH = 8
MAX_CLASS_LABELS = 50


def new_join_code():
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalize_join_code(value):
    """A code as typed (any case, spaces or dashes) in the form it is stored."""
    return "".join(char for char in str(value).upper() if char.isalnum())


def normalize_label_list(names):
    """The class's labels, each normalized, each once, in the order given; or ValidationError."""
    if not isinstance(names, list):
        raise ValidationError(_("The labels must be a list of names."), code="invalid")
    normalized = list(dict.fromkeys(normalize_label_name(name) for name in names))
    if len(normalized) > MAX_CLASS_LABELS:
        raise ValidationError(
            _("A class has at most %(most)s labels; this list has %(count)s.")
            % {"most": MAX_CLASS_LABELS, "count": len(normalized)},
            code="max_length",
        )
    return normalized


class ClassroomQuerySet(models.QuerySet):
    def taught_by(self, user):
        return self.filter(teacher=user)

    def of(self, user):
        """The classes the user teaches or is a pupil of."""
        joined = Membership.objects.filter(pupil=user).values("classroom")
        return self.filter(models.Q(teacher=user) | models.Q(pk__in=joined))


class Classroom(models.Model):
    """A class: its teacher sees how each pupil's training set and classifier are doing."""

    name = models.CharField(max_length=100)
    teacher = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="taught")
    # Null when joining is turned off; a renewed code replaces the old one, which stops working.
    join_code = models.CharField(
        max_length=JOIN_CODE_LENGTH, unique=True, null=True, blank=True, default=new_join_code
    )
    # Names, in the class's order; each pupil gets those they lack at the end of their own set.
    labels = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ClassroomQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["teacher"])]

    def __str__(self):
        return self.name

    def clean(self):
        self.labels = normalize_label_list(self.labels)

    def renew_join_code(self):
        """Give the class a fresh code; the old one no longer lets anyone join."""
        for _attempt in range(5):
            self.join_code = new_join_code()
            try:
                with transaction.atomic():
                    self.save(update_fields=["join_code"])
                return self.join_code
            except IntegrityError:  # another class drew the same code
                continue
        raise IntegrityError("Could not find an unused join code.")

    def turn_off_joining(self):
        self.join_code = None
        self.save(update_fields=["join_code"])

    @classmethod
    def with_join_code(cls, code):
        """The class that `code` currently lets pupils join, or None."""
        code = normalize_join_code(code)
        if len(code) != JOIN_CODE_LENGTH:
            return None
        return cls.objects.filter(join_code=code).first()

    def is_teacher(self, user):
        return self.teacher_id == user.pk

    def add_pupil(self, user):
        """Make the user a pupil of the class and give them its labels; the membership."""
        if self.is_teacher(user):
            raise ValidationError(_("You teach this class, so you can't join it as a pupil."))
        with transaction.atomic():
            membership, _created = Membership.objects.get_or_create(classroom=self, pupil=user)
            self.give_labels_to(user)
        return membership

    def set_labels(self, names):
        """Set the class's labels and add any new ones to every pupil's set; nothing is deleted."""
        with transaction.atomic():
            self.labels = normalize_label_list(names)
            self.save(update_fields=["labels"])
            for pupil in self.pupils():
                self.give_labels_to(pupil)

    def give_labels_to(self, user):
        """Append the class labels the user lacks to their set, through the one door for labels."""
        for name in self.labels:
            training_set.add_label(user, name)

    def pupils(self):
        return get_user_model().objects.filter(memberships__classroom=self).order_by("username")


class Membership(models.Model):
    """A pupil in a class, and what of theirs the teacher may see."""

    classroom = models.ForeignKey(Classroom, models.CASCADE, related_name="memberships")
    pupil = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="memberships")
    joined_at = models.DateTimeField(default=timezone.now)
    # By default the teacher sees the class labels' drawings and nothing else of the pupil's.
    shares_other_labels = models.BooleanField(
        default=False,
        help_text="Let the teacher see drawings of labels that are not the class's too.",
    )

    class Meta:
        ordering = ["classroom", "pupil__username"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "pupil"], name="unique_pupil_per_class")
        ]

    def __str__(self):
        return f"{self.pupil} in {self.classroom}"

    def visible_labels(self):
        """The pupil's labels the teacher may look at, in the pupil's order."""
        labels = Label.objects.filter(user=self.pupil_id)
        if not self.shares_other_labels:
            labels = labels.filter(name__in=self.classroom.labels)
        return labels
