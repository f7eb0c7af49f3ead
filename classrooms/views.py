from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from classrooms import export as class_export
from classrooms.forms import ClassLabelsForm, ClassroomForm, JoinForm, PrivacyForm
from classrooms.models import Classroom, Membership
from classrooms.summary import pupil_rows
from drawings.models import Classifier
from drawings.views import gallery_context, model_context


def taught_class(request, pk):
    """The class if the signed-in user teaches it; to anyone else it does not exist."""
    return get_object_or_404(Classroom, pk=pk, teacher=request.user)


def membership_of(request, pk):
    """The signed-in user's membership of the class, or 404."""
    # Ids from the URL are looked up as primary keys (`classroom__pk`, not `classroom`): an id past
    # 64 bits then finds nothing, where a foreign key column would overflow SQLite's integers.
    return get_object_or_404(
        Membership.objects.select_related("classroom__teacher"),
        classroom__pk=pk,
        pupil=request.user,
    )


def join_url(request, classroom):
    if not classroom.join_code:
        return None
    return request.build_absolute_uri(reverse("classroom-join-link", args=[classroom.join_code]))


def index_page(request, create_form=None, join_form=None, status=200):
    context = {
        "taught": Classroom.objects.taught_by(request.user),
        "joined": Membership.objects.filter(pupil=request.user).select_related(
            "classroom__teacher"
        ),
        "create_form": create_form or ClassroomForm(),
        "join_form": join_form or JoinForm(),
    }
    return render(request, "classrooms/index.html", context, status=status)


@login_required
def index(request):
    """The classes you teach and those you are in; start a class or join one."""
    if request.method == "POST":
        form = ClassroomForm(request.POST)
        if not form.is_valid():
            return index_page(request, create_form=form, status=400)
        classroom = form.save(commit=False)
        classroom.teacher = request.user
        classroom.save()
        message = _("Class “%(name)s” created: give your pupils the join link.")
        messages.success(request, message % {"name": classroom})
        return redirect("classroom", classroom.pk)
    return index_page(request)


def add_pupil(request, classroom):
    try:
        classroom.add_pupil(request.user)
    except ValidationError as refused:
        messages.error(request, refused.messages[0])
        return redirect("classroom", classroom.pk)
    message = _("You joined “%(name)s”; its labels are now at the end of yours.")
    messages.success(request, message % {"name": classroom})
    return redirect("classroom", classroom.pk)


@login_required
@require_POST
def join(request):
    """Join with a code typed into the form."""
    form = JoinForm(request.POST)
    if not form.is_valid():
        return index_page(request, join_form=form, status=400)
    return add_pupil(request, form.cleaned_data["code"])


@login_required
def join_link(request, code):
    """The join link: a page asking to confirm, since following a link must not change anything."""
    classroom = Classroom.with_join_code(code)
    if classroom is None:
        return render(request, "classrooms/join_link.html", {"classroom": None}, status=404)
    if classroom.is_teacher(request.user) or classroom.memberships.filter(pupil=request.user):
        return redirect("classroom", classroom.pk)
    if request.method == "POST":
        return add_pupil(request, classroom)
    return render(request, "classrooms/join_link.html", {"classroom": classroom})


@login_required
def classroom(request, pk):
    """The teacher's page of the class, or, for a pupil, what the class sees of them."""
    found = get_object_or_404(Classroom.objects.select_related("teacher"), pk=pk)
    if found.is_teacher(request.user):
        return teacher_page(request, found)
    membership = membership_of(request, pk)
    context = {
        "classroom": found,
        "membership": membership,
        "form": PrivacyForm(instance=membership),
    }
    return render(request, "classrooms/pupil.html", context)


def pupils_table(classroom, rows):
    """The rows as the teacher's page shows them, worked out here: a template is slow at sums."""
    largest = max((count for row in rows for count in row.counts.values()), default=0) or 1
    base = reverse("classroom", args=[classroom.pk]) + "pupils/"
    return [
        {
            "username": row.pupil.get_username(),
            "url": f"{base}{row.pupil.pk}/",
            "cells": [
                (name, count, round(1000 * count / largest)) for name, count in row.counts.items()
            ],
            "version": row.model_version,
            "stale": row.stale,
            "accuracy": None if row.cv_accuracy is None else round(100 * row.cv_accuracy),
            "last_drew": row.last_drew,
            "needs": " ".join(row.needs),
        }
        for row in rows
    ]


def teacher_page(request, classroom, labels_form=None, status=200):
    context = {
        "classroom": classroom,
        "table": pupils_table(classroom, pupil_rows(classroom)),
        "join_url": join_url(request, classroom),
        "labels_form": labels_form
        or ClassLabelsForm(initial={"labels": "\n".join(classroom.labels)}),
    }
    return render(request, "classrooms/teacher.html", context, status=status)


@login_required
@require_POST
def labels(request, pk):
    """Set the class's labels; pupils get the new ones, and no drawing is deleted."""
    classroom = taught_class(request, pk)
    form = ClassLabelsForm(request.POST)
    if not form.is_valid():
        return teacher_page(request, classroom, labels_form=form, status=400)
    classroom.set_labels(form.cleaned_data["labels"])
    messages.success(request, _("The class's labels are saved and every pupil has them."))
    return redirect("classroom", pk)


@login_required
@require_POST
def join_code(request, pk):
    """Renew the join code (the old one stops working) or turn joining off."""
    classroom = taught_class(request, pk)
    if request.POST.get("action") == "off":
        classroom.turn_off_joining()
        messages.success(request, _("Joining is off: no code or link works until you renew it."))
    else:
        classroom.renew_join_code()
        message = _("New join code %(code)s; the old one is void.")
        messages.success(request, message % {"code": classroom.join_code})
    return redirect("classroom", pk)


@login_required
@require_POST
def remove_pupil(request, pk, pupil_id):
    classroom = taught_class(request, pk)
    membership = get_object_or_404(classroom.memberships, pupil__pk=pupil_id)
    membership.delete()
    messages.success(
        request,
        _("%(pupil)s is no longer in the class; their drawings stay theirs.")
        % {"pupil": membership.pupil},
    )
    return redirect("classroom", pk)


@login_required
@require_POST
def delete(request, pk):
    classroom = taught_class(request, pk)
    classroom.delete()
    message = _("Class “%(name)s” deleted; the pupils keep all their drawings.")
    messages.success(request, message % {"name": classroom})
    return redirect("classrooms")


@login_required
@require_POST
def leave(request, pk):
    membership = membership_of(request, pk)
    membership.delete()
    message = _("You left “%(name)s”; your drawings stay yours.")
    messages.success(request, message % {"name": membership.classroom})
    return redirect("classrooms")


@login_required
@require_POST
def privacy(request, pk):
    membership = membership_of(request, pk)
    form = PrivacyForm(request.POST, instance=membership)
    if form.is_valid():
        form.save()
    if membership.shares_other_labels:
        messages.success(request, _("Your teacher now sees the drawings of all your labels."))
    else:
        messages.success(request, _("Your teacher sees only the class labels' drawings."))
    return redirect("classroom", pk)


@login_required
def export(request, pk):
    """The class's drawings as a zip: each pupil's samples.txt and summary.csv."""
    return class_export.download(taught_class(request, pk))


def pupil_of_taught_class(request, pk, pupil_id):
    classroom = taught_class(request, pk)
    membership = get_object_or_404(
        classroom.memberships.select_related("pupil", "classroom"), pupil__pk=pupil_id
    )
    return classroom, membership


@login_required
def pupil_gallery(request, pk, pupil_id):
    """A pupil's drawings as the teacher may see them: read-only, private labels left out."""
    classroom, membership = pupil_of_taught_class(request, pk, pupil_id)
    labels = membership.visible_labels()
    context = gallery_context(request, labels, class_export.visible_samples(membership))
    context |= {"classroom": classroom, "pupil": membership.pupil}
    return render(request, "classrooms/pupil_gallery.html", context)


def visible_report(report, names):
    """The model report with nothing about labels the teacher may not see."""
    names = set(names)
    return {
        **report,
        "per_label": [row for row in report.get("per_label") or [] if row["label"] in names],
        "confused": [
            pair
            for pair in report.get("confused") or []
            if pair["label"] in names and pair["taken_for"] in names
        ],
        "needs_samples": report.get("needs_samples")
        if report.get("needs_samples") in names
        else None,
    }


@login_required
def pupil_model(request, pk, pupil_id):
    """How a pupil's classifier does, read-only, about the labels the teacher may see."""
    classroom, membership = pupil_of_taught_class(request, pk, pupil_id)
    classifier = Classifier.objects.defer("pickle").get(user=membership.pupil)
    labels = membership.visible_labels()
    report = visible_report(classifier.report or {}, labels.values_list("name", flat=True))
    context = model_context(classifier, labels, report)
    context |= {"classroom": classroom, "pupil": membership.pupil}
    return render(request, "classrooms/pupil_model.html", context)
