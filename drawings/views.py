from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse

from drawings import serializers
from drawings.api import model_status
from drawings.models import Label


@login_required
def draw(request):
    """The canvas, with the user's labels, counts and model status to start from."""
    labels = Label.objects.filter(user=request.user).with_counts()
    initial_state = {
        "labels": serializers.LabelSerializer(labels, many=True).data,
        "model": model_status(request.user),
        "urls": {
            "train": reverse("api-train"),
            "predict": reverse("api-predict"),
            "delete": reverse("api-delete"),
            "model": reverse("api-model"),
            "labels": reverse("api-labels-list"),
        },
    }
    return render(request, "drawings/draw.html", {"initial_state": initial_state})
